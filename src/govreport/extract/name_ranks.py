"""The name of a rank goal whose subject is a measure (audit 36): 全社会研发投入强度保持全省前3, 空气质量综合指数在全国
168个重点城市中保持在前100名以内. The figure is a place in a ranking of that measure (全社会研发投入强度全省名次,
空气质量综合指数全国名次), not a count of persons (…前人数) nor the scope's words (重点城市中保持在名次). Called once per
figure from counts.CountNamer.sentence_goal; gated on a clause ending in 前 (string tests first)."""
from __future__ import annotations

import re
from typing import Final

from govreport.extract.ranks import SCOPES, rank_pattern
from govreport.lexicon import name_words

RANK_UNITS: Final = ("名", "位", "")  # 前100名, 前3 (a bare place)
LEADS: Final = ("力争", "确保", "争取", "努力", "继续", "持续", "锚定")  # a tier or aim word (锚定: audit 47 济宁) before the subject is no part of it
# subject, then 在/于 and a scope (全国168个重点城市中), then the verb of keeping or entering a place, then 前
RANKED: Final = re.compile(r"(?P<s>[\u4e00-\u9fff0-9.A-Za-z“”]{3,16}?)(?:在|于)?(?P<scope>" + SCOPES + r")?"
                           r"(?:\d+个[\u4e00-\u9fff]{1,10}中)?(?:排名)?(?:稳定|持续)?(?P<verb>保持在|保持|稳定在|稳居|位居|位列|跻身|进入|排名|排在|居)"
                           r"(?P<scope2>" + SCOPES + r")?(?:同类城市|重点城市)?前")  # (…排名稳定进入全国重点城市前90位: audit 52 自贡 G7)
VERB_FIRST: Final = re.compile(r"保持|稳居|位居|位列|跻身|进入|排名|排在|居|在|于|力争|确保|争取")
BREAKS: Final = "，,；;：:。、"
COUNTED: Final = re.compile(r"[\u4e00-\u9fff]\d")  # 已出数据的16项中有8项居全省前2位: items counted, no measure (PM2.5 is one)


BOTTOM: Final = re.compile(r"(?P<s>[\u4e00-\u9fff0-9.A-Za-z“”]{2,16}?)(?:排名)?(?:全部|均)?退出(?P<scope>" + SCOPES + r")?后")


def ranked_measure(scan: str, start: int, at: int, unit: str) -> str:
    """The name of the place before ``at`` (the figure's start) when its clause (from the last break after ``start``) is
    a measure, a scope and 保持/稳居/进入…前 (全社会研发投入强度保持全省前3: 全社会研发投入强度全省名次); "" otherwise."""
    if unit not in RANK_UNITS or scan[at - 1:at] not in ("前", "后"):
        return ""
    lo = max(max(scan.rfind(c, start, at) for c in BREAKS) + 1, start, at - 48)
    clause = scan[lo:at]
    for lead in LEADS:
        clause = clause.removeprefix(lead)
    if clause.endswith("后"):  # 水环境综合指数排名退出全国后50位: the place counted from the bottom (held-out audit 49 吕梁 G5)
        b = BOTTOM.fullmatch(clause)
        return b.group("s") + (b.group("scope") or "") + "倒数名次" if b and not VERB_FIRST.match(b.group("s")) else ""
    m = RANKED.fullmatch(clause) or listed_ranked(scan, start, lo, clause)
    if m is None or VERB_FIRST.match(m.group("s")) or m.group("s").endswith(("的", "在", "和")) or COUNTED.search(m.group("s")):
        return ""
    return aim_free(m.group("s")) + (m.group("scope") or m.group("scope2") or "") + "名次"


def aim_free(subject: str) -> str:
    """``subject`` without the aim or modal words closing it before the verb of entering a place (全市开发区省定考核指标
    要力争进入全省前十: 全市开发区省定考核指标; held-out set 72 阳泉 row 32, fix149f): they say how the goal is held,
    not what is ranked (LEADS, data/name_words.csv kind modal; not 主要, kind not_link)."""
    cut = True
    while cut:
        cut = False
        for w in (*LEADS, *name_words("modal")):
            if subject.endswith(w) and len(subject) - len(w) >= 2 and not subject.endswith(name_words("not_link")):
                subject, cut = subject[:-len(w)], True
                break
    return subject


LISTED: Final = re.compile(r"(?:[\u4e00-\u9fff]{2,4}、)+$")  # 肇东、: short members listed before the last


def listed_ranked(scan: str, start: int, lo: int, clause: str) -> re.Match[str] | None:
    """The ranked subject when it is a 、 list of short members (places: 肇东、安达进入全省前10, spot audit 37 绥化) whose
    last alone is too short to be a subject: the whole list (肇东安达全省名次, not 肇东安达进入全省前); None otherwise."""
    listed = LISTED.search(scan, max(start, lo - 30), lo) if scan[lo - 1:lo] == "、" else None
    if listed is None or any(c in scan[listed.start() - 1:listed.start()] for c in "、") or len(clause) < 3:
        return None
    joined = listed.group().replace("、", "")
    m = RANKED.fullmatch(joined + clause)
    return m if m is not None and m.group("verb") in ("进入", "跻身") and len(m.group("s")) - len(joined) <= 4 else None


MOVED: Final = re.compile(r"(?P<s>[^、，,；;]{2,24}?(?:排名|排位|名次))均?(?P<verb>前进|提升|上升|提高|晋升)")
MOVE_VERBS: Final = ("前进", "提升", "上升", "提高", "晋升")


def rank_moved(base: str, clause: str, unit: str) -> str:
    """The name of a move up a ranking by N places (其他县（市）排名均前进5位以上: spot audit 37 绥化): the ranking's
    位次 moved (其他县(市)排名前进位次), not a count of persons (…前进人数) that 位 counts elsewhere; "" otherwise."""
    m = MOVED.fullmatch(base) if unit == "位" and clause.endswith(MOVE_VERBS) else None
    return m.group("s") + m.group("verb") + "位次" if m is not None else ""


# the clause before a bare move up by N places: a ranked subject (an index or a ranking), an optional 在现有基础上 basis
RANKED_BEFORE: Final = re.compile(r"(?:年底|年内|今年|全年|到年底)?(?P<s>[\u4e00-\u9fff0-9.A-Za-z]{2,20}?(?:指数|排名|排位|名次))"
                                  r"(?:在(?:现有|去年|上年)基础上)?")


def rank_moved_before(scan: str, start: int, at: int, clause: str, unit: str) -> str:
    """The name of a bare move up by N places whose ranked subject stands in the clause before (…综合指数在现有基础上，力争
    前进3至5位: 综合指数排名前进位次, not the 推进…等工作 clause's 前进人数; held-out set 78 临汾 row 38, fix157b); "" when the
    figure's clause says more than an aim word and the move, or the clause before is no index or ranking."""
    bare = clause
    for lead in LEADS:
        bare = bare.removeprefix(lead)
    move = bare.removeprefix("再").removeprefix("均")
    if unit != "位" or move not in MOVE_VERBS:
        return ""
    lo = at - len(clause)
    if lo - 1 <= start or scan[lo - 1:lo] not in "，,":
        return ""
    before = max(max(scan.rfind(c, start, lo - 1) for c in BREAKS) + 1, start)
    m = RANKED_BEFORE.fullmatch(scan, before, lo - 1)
    if m is None or VERB_FIRST.match(m.group("s")):
        return ""
    subject = m.group("s")
    return subject + ("排名" if subject.endswith("指数") else "") + move + "位次"


NameEntry = tuple[str, str, str, str]  # (object, moved verb, unit, name without its measure): SentenceNamer.names


def before_rank(names: list[NameEntry], unit: str) -> NameEntry | None:
    """The name a bare growth takes its subject from when the figure named last is a place in a ranking (实际使用外资1.6亿美元，
    总量居全省第二位，增长50.12%: 实际使用外资, not 总量居全省第): the one before it, in another unit; None when the last is no rank
    (audit 39, CZ24#52). A growth before the rank in the growth's own unit is its subject's too (地区生产总值增长5.6%，居全省第1位，
    预计全年增长5.5%: the full year's 地区生产总值增长; audit 47 新乡 G1)."""
    if len(names) >= 2 and names[-1][2] == "年" and any(w in names[-1][0] for w in SPAN_ASIDES) and names[-2][0] \
            and names[-2][2] != unit:
        return names[-2]  # 收入完成355.2亿元，总量时隔10年重回全省第3位，增长13.1%: the revenue's growth (held-out 49 邯郸 G1)
    if len(names) < 2 or not (names[-1][2] in RANK_UNITS[:2] or bare_place(names[-1])) or not names[-2][0]:
        return None
    if not rank_pattern().search(names[-1][0]):
        return None
    if names[-2][2] != unit:
        return names[-2]
    obj, verb, own_unit, name = names[-2]
    end = next((e for e in GROWN_ENDS if obj.endswith(e) and len(obj) - len(e) >= 2), "")
    return (obj[:-len(end)], verb, own_unit, name) if end else None


def bare_place(entry: NameEntry) -> bool:
    """A place written with no unit (稳居全疆第一: named 稳居全疆第, unit ""), a rank like 第一位 (held-out set 65 克拉玛依 row 24)."""
    return entry[2] == "" and entry[0].endswith("第") and len(entry[0]) >= 3


SPAN_ASIDES: Final = ("时隔",)  # 时隔N年重回…: the years since, an aside on the level before, never a growth's subject
GROWN_ENDS: Final = ("增长",)  # a growth whose subject a bare growth after the rank takes
RANK_PLACE: Final = re.compile(r"均?(?:在|于)?(?:" + SCOPES + r")?(?:保持在|保持|稳居|位居|位列|名列|跃居|排名|排在|居)(?:" + SCOPES + r")?第")


def rank_free(name: str) -> str:
    """A list's shared name without the ranking clause the figure before it was a place in (城乡居民人均可支配收入均稳居全省第2，
    分别增长3.9%、6.9%: 城乡居民人均可支配收入增长, so each member is its side's income growth, audit 52 panzhihua rows 8, 10);
    the name unchanged where nothing is left."""
    left = RANK_PLACE.sub("", name)
    return left if len(left) >= 2 else name


# a rank aside at the end of a name: the measure's pace or size (增速, 总量), how long (连续四个季度) and its place (居全省第)
RANK_ASIDE: Final = re.compile(r"(?:增速|增幅|总量|规模)?(?:连续[0-9一二三四五六七八九十两]{1,2}个?(?:季度|年|月))?(?:均|分别)?(?:在|于)?(?:" + SCOPES + r")?"
                               r"(?:保持在|保持|稳居|位居|位列|名列|跃居|排名|排在|居)(?:" + SCOPES + r")?第$")
LEVEL_RESTS: Final = ("", "完成", "实现", "全年", "达到", "全年完成", "全年实现", "全年达到")  # a level's own verb or period: nothing of its name


def after_rank_aside(prev: NameEntry | None, obj: str, base: str, unit: str) -> tuple[str, str] | None:
    """The (object, name) of a figure after a rank aside that opens its clause (地区生产总值增速居全省第3位，预计全年完成560亿元，
    增长7%: 地区生产总值 and 地区生产总值增长, not 地区生产总值增速居全省第完成): the subject before the aside is the level's and
    the growth's (held-out set 63 陇南 rows 0–5); None when the figure before is no rank place or the name is not built on it."""
    if prev is None or prev[2] not in RANK_UNITS[:2] or unit in RANK_UNITS[:2] or not base.startswith(prev[0]) \
            or (m := RANK_ASIDE.search(prev[0])) is None or m.start() < 2:
        return None
    subject, rest = prev[0][:m.start()], base[len(prev[0]):]
    if rest in LEVEL_RESTS and unit not in ("%", "‰", "倍"):
        return subject, subject
    named = subject + rest
    return (subject if obj.startswith(prev[0]) else obj), named


# a measure's pace kept at a place for a run of quarters (全州地区生产总值增速连续3个季度保持全省前3位): its clause
RUN_KEPT: Final = re.compile(r"(?:^|(?<=[，,；;：:。！？\n]))(?P<s>[\u4e00-\u9fff]{2,14}?)(?:增速|增幅)连续[0-9一二三四五六七八九十两]{1,2}个?(?:季度|年|月)")
RUN_RESTS: Final = ("季度", "个季度", "年", "月", "个月")  # what a name built after the run's count opens with


def run_subject(scan: str, start: int, at: int, grown: str) -> str:
    """The subject of a bare growth whose namer took the remains of a run aside (全州地区生产总值增速连续3个季度保持全省前3位，预计
    全年增长3%左右: 地区生产总值, not 季度保持全省前; held-out set 65 黔东南 row 0): the measure before 增速连续N个季度 in the
    sentence before the figure (from ``start`` to ``at``, 80 characters at most), without its whole-place scope; '' otherwise."""
    if not grown.startswith(RUN_RESTS):
        return ""
    m = RUN_KEPT.search(scan, max(start, at - 80), at)
    subject = re.sub("^(?:" + SCOPES + ")", "", m.group("s")) if m else ""
    return subject if len(subject) >= 2 else ""
