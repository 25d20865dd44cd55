"""Goal names that said no measure (audit 35): a 力争 tier that repeats only the end of the goal before it (力争高于全省
2个百分点: 高于全省), a list member that is only another amount class of the member before (百亿级投资项目10个、
五十亿级20个: 五十亿级), a sibling amount after a comma (…企业营收达到290亿元，年税收12亿元以上: 年税收), an
industry's bare amount (新一代信息技术产业突破3500亿元), a manner adverb left at the end (投资额动态), problems solved
(解决7个行政村道路通畅问题) and a place among the first N of a ranking (进入“万家民企评营商环境”前50名: 名 is no count of
persons). Called once per figure from counts.CountNamer.sentence_goal: string tests only."""
from __future__ import annotations

import re
from typing import Final

from govreport.extract.indicators import KEPT_AT, MEASURE_ENDINGS
from govreport.lexicon import name_words

TIER_LEADS: Final = ("力争", "争取", "努力")
RANK_UNITS: Final = ("名", "位")
RANK_VERBS: Final = ("进入", "跻身", "位居", "位列", "保持", "稳居", "进")


def tier_name(base: str, clause: str, prev: tuple[str, str, str, str] | None, unit: str) -> str:
    """A 力争 tier after a goal in the same unit whose clause repeats only the end of the goal's name (地区生产总值增速
    高于全省1个百分点左右，力争高于全省2个百分点: not 高于全省, which says no measure) takes the goal's name."""
    if prev is None or prev[2] != unit or not base or not clause.lstrip("，,；; ").startswith(TIER_LEADS):
        return base
    return prev[3] if len(prev[3]) > len(base) and prev[3].endswith(base) else base


def rank_name(base: str, unit: str, clause: str) -> str:
    """前N名 / 前N位 after what ranks (进入“万家民企评营商环境”前50名) is a place in that ranking: its 名次, without the
    verb of entering (万家民企评营商环境名次), not a count of persons (…前人数)."""
    if unit not in RANK_UNITS or len(base) < 4 or not base.endswith("前") or not clause.endswith("前"):  # (not 574名学者入选全球前2%…)
        return base
    ranked = base[:-1]
    verb = next((v for v in RANK_VERBS if ranked.startswith(v)), "")
    ranked = ranked[len(verb):]
    return ranked + "名次" if len(ranked) >= 2 else base


AMOUNT_CLASS: Final = re.compile(r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千万]+)(?:千万|万|亿)?元?(?:级|以上)|[超逾过](?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千万]+)(?:千万|万|亿)?元的")


def class_member(base: str, prev: tuple[str, str, str, str] | None) -> str:
    """A list member that names only another amount class (实施百亿级投资项目10个以上、五十亿级20个以上; 引进100亿元以上
    项目5个、50亿元以上15个; 超百亿元的项目7个、超50亿元的4个) is of the member before's head in that class (实施五十亿级投资项目, 50亿元以上项目引进), not a bare
    class; its verb, if any, must be the member before's."""
    if prev is None or not (base.endswith("级") or base.endswith("以上") or base.endswith("元的")):  # (…项目7个、超50亿元的4个: audit 37, YL24#11)
        return base
    own = AMOUNT_CLASS.search(base)
    if own is None or own.end() != len(base) or own.start() > 4 or base[:own.start()] not in prev[3]:
        return base
    other = AMOUNT_CLASS.search(prev[3])
    if other is None or other.group() == own.group() or other.end() == len(prev[3]):
        return base
    return prev[3][:other.start()] + own.group() + prev[3][other.end():].rstrip("超逾过")  # (the name of the threshold 50亿元 before: …的项目超)


SIZE_MEASURES: Final = ("年税收", "税收", "营业收入", "营收", "利润", "产值", "增加值")  # amounts one subject has side by side
INDUSTRY_ENDS: Final = ("产业集群", "产业")


def sibling_amount(base: str, clause: str, prev: tuple[str, str, str, str] | None, unit: str) -> str:
    """A bare amount whose clause is only its measure, right after another amount of a named subject in the same unit
    (中心城区楼宇入驻企业营收达到290亿元，年税收12亿元以上), is that subject's (中心城区楼宇入驻企业年税收), not a bare 年税收."""
    if prev is None or prev[2] != unit or base not in SIZE_MEASURES or clause.lstrip("，,、 ") != base:
        return base
    other = next((m for m in SIZE_MEASURES if prev[3].endswith(m)), "")
    subject = prev[3][:len(prev[3]) - len(other)] if other and other != base else ""
    return subject + base if len(subject) >= 2 else base


def industry_size(base: str, money: bool, clause: str, prev: tuple[str, str, str, str] | None = None, unit: str = "") -> str:
    """An amount an industry of the figure's own clause reaches (新一代信息技术产业突破3500亿元) is its size (…产业规模),
    not the bare industry (nor the size of an industry a clause before names: 聚焦重点产业，…，投资50亿元); after a 、
    sibling industry's amount of a named measure in the same unit (有色金属产业营业收入突破2400亿元、非金属材料产业突破300亿元)
    it is that measure (非金属材料产业营业收入; spot audit 36 上饶 row 19)."""
    if not (money and base.endswith(INDUSTRY_ENDS) and len(base) > 4 and base in clause):
        return base
    shared = next((m for m in SIZE_MEASURES if prev[3].endswith(INDUSTRY_ENDS[1] + m)), "") if prev and prev[2] == unit and clause.startswith("、") else ""
    return base + (shared or "规模")


def without_manner(base: str, clause: str = "") -> str:
    """A measure's name that ends in a manner adverb (data/name_words.csv kind ``manner_end``) once the verb after it is
    cut (确保储备库投资额动态保持在2.6万亿元以上: 储备库投资额动态) is the measure's (储备库投资额); so is a counted noun's
    whose clause ends in the adverb and a kept-level verb (纳入国省库项目动态保持在1万个以上: 纳入国省库项目, audit 46)."""
    for word in name_words("manner_end"):
        if base.endswith(word) and (base[:len(base) - len(word)].endswith(MEASURE_ENDINGS)
                                    or clause.endswith(tuple(word + k for k in KEPT_AT))):
            return base[:len(base) - len(word)]
    return base


def manner_free(subject: str) -> str:
    """A subject carried to a later 、 member, without a manner adverb it ends with (纳入国省库项目动态保持在1万个以上、
    总投资3万亿元以上: 纳入国省库项目总投资, not …动态总投资; audit 46 DZ row 9)."""
    word = next((w for w in name_words("manner_end") if subject.endswith(w) and len(subject) - len(w) >= 2), "")
    return run_free(subject[:len(subject) - len(word)] if word else subject)


def run_free(subject: str) -> str:
    """A carried topic without the manner run and verb of running it closes with (金垭机场高标准高效运营 -> 金垭机场: 力争航线达到35条
    counts the airport's routes, held-out set 62 达州 row 30, fix133d); only with a manner word (name_words.csv ``run_manner``)
    before the verb (``manner_run_verb``), so 公交运营 stays."""
    verb = next((w for w in name_words("manner_run_verb") if subject.endswith(w)), "")
    if not verb:
        return subject
    rest, manners = subject[:-len(verb)], 0
    while word := next((w for w in sorted(name_words("run_manner"), key=len, reverse=True) if rest.endswith(w)), ""):
        rest, manners = rest[:-len(word)], manners + 1
    return rest if manners and len(rest) >= 2 else subject


PROBLEM_VERBS: Final = ("解决", "化解", "整改")


def problems_solved(base: str, clause: str) -> str:
    """解决N个X问题 counts the problems solved (解决行政村道路通畅问题), not problems there are: the verb stays."""
    if not base.endswith("问题") or base.startswith(PROBLEM_VERBS):
        return base
    verb = next((v for v in PROBLEM_VERBS if clause.endswith(v)), "")
    return verb + base


SHARE_OPENINGS: Final = ("占比", "比重")
GROWTH_ENDS: Final = ("增长", "增速")


def subject_share(base: str, clause: str, prev: tuple[str, str, str, str] | None) -> str:
    """A bare share opening a 、 member right after the growth of a named subject (县域生产总值增长7%以上、占比提升1个百分点以上)
    is that subject's share (县域生产总值占比提升), not a bare 占比提升 (fix102d 汉中 2023 row 49)."""
    if prev is None or not clause.startswith("、") or not base.startswith(SHARE_OPENINGS) or not clause[1:].startswith(SHARE_OPENINGS):
        return base
    subject = prev[3][:-2] if prev[3].endswith(GROWTH_ENDS) else ""
    return subject + base if len(subject) >= 2 else base
