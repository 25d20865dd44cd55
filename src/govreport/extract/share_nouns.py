"""A share written before its noun (70%就读普通高中, 60%公办中小学校纳入集团化管理, 推动80%城市社区和60%农村达到…标准):
the share is of the noun after the figure doing what follows it, up to the clause's end; the words before the
figure (a lone verb, the member before a 、, the first share's noun before 和) are no part of its name."""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from govreport.extract.indicators import MEASURE_ENDINGS, all_verbs
from govreport.extract.period_members import part_periods
from govreport.extract.scanner import Token
from govreport.lexicon import name_words, qualifier_pattern, verbs

TAIL: Final = re.compile(r"[^，,。；;：:！!？?\n]{4,40}?(?=[，,。；;：:！!？?\n]|$)")
NEXT_SHARE: Final = re.compile(r"(?:和|、|及|与)\d+(?:\.\d+)?%")  # …城市社区和60%农村…: the next share of a list
WORDS: Final = re.compile(r"[\u4e00-\u9fff“”]+")
LONGEST: Final = 16  # a longer name would be cut inside its noun (二级及以上公立综合医院为老年人设立…): none
MEMBER_BEFORE: Final = re.compile(r"[\u4e00-\u9fff“”]{1,12}(?:和|、|及|与)")  # 城市社区和 (the share before's noun)


@cache
def _verb() -> re.Pattern[str]:
    """Any verb of data/verbs.csv (light ones too: 达到, 实现), where a list's shared predicate starts."""
    return re.compile("|".join(sorted(map(re.escape, verbs()), key=len, reverse=True)))


def _opens_share(clause: str, lo: int, last: Token | None) -> bool:
    """The words before the figure leave it no name: none, a lone verb (实现, 推动) or principle word (坚持), a whole member before
    a 、, or the noun of a share before it and a link (80%城市社区和|60%农村)."""
    bare = clause.strip()
    if not bare or all_verbs(bare) or bare in name_words("principle"):  # 坚持50%以上用地指标用于工业: a principle, no name
        return True
    if bare.endswith("、") and not any(c.isdigit() for c in bare):
        return len(bare) >= 5
    return last is not None and last.unit == "%" and last.end == lo and MEMBER_BEFORE.fullmatch(bare) is not None


QUOTED_MEMBER_END: Final = re.compile(r"”、(?!“)")  # …事项“一网通办”、更多…事项“掌上办”: the member ends at its quoted name


def own_member(tail: str) -> str:
    """``tail`` up to the quoted name that closes the share's own 、 member (90%以上政务服务事项“一网通办”、更多高频民生服务事项
    “掌上办” -> 政务服务事项“一网通办”): the member after the 、 names a noun of its own, no part of the share's name; the
    whole tail when no 、 follows a closing quote, or one opens another quoted name of the same noun (“一网通办”、“掌上办”)."""
    cut = QUOTED_MEMBER_END.search(tail)
    return tail[:cut.start() + 1] if cut else tail


def share_noun(scan: str, lo: int, t: Token, last: Token | None, before: str) -> str:
    """The things a share is of and what they do (公办中小学校纳入集团化管理), when the share stands before them and
    the words before it name nothing (``_opens_share``); a share of a list before one predicate takes its own noun
    and the predicate (城市社区达到品质养老创建标准). Followed by a verb of data/name_words.csv's share_of_before (74%以上用于
    民生), the share is of the subject before: of ``before``, the figure before's name (一般公共预算支出用于民生), or ''."""
    opening = scan[lo:t.start]
    if t.unit == "%" and (acting := _subject_acting(scan, opening, t) or _standard_kept(scan, opening, t)):
        return acting
    period = _part_of_year(opening)  # 上半年90%以上重点项目开复工: the share reached by mid-year (held-out audit 40 白城)
    if t.unit != "%" or not _opens_share(opening.strip().removesuffix(period) if period else opening, lo, last):
        return ""
    q = qualifier_pattern("after").match(scan, t.end)
    at = q.end() if q else t.end
    m = TAIL.match(scan, at)
    if m is None or not "\u4e00" <= scan[at] <= "\u9fff" or scan[at] in "的地得以":  # (not “6个90%”创新…: a label)
        return ""
    tail = own_member(m.group())
    of_before = tail.startswith(name_words("share_of_before"))
    if of_before and not before:
        return ""
    parts = [before + tail] if of_before else NEXT_SHARE.split(tail)
    if not all(WORDS.fullmatch(p) for p in parts):
        return ""
    name = parts[0]
    if len(parts) > 1:  # the list's predicate starts at the first verb of its last member (农村|达到…标准)
        verb = _verb().search(parts[-1], 1)
        if verb is None:
            return ""
        name += parts[-1][verb.start():]
    name = name.replace("实现", "", 1).replace("“", "").replace("”", "")  # 50%惠企政策实现“免申即享”: 惠企政策免申即享
    if not 4 <= len(name) <= LONGEST or name.endswith(MEASURE_ENDINGS) or all_verbs(name):
        return ""
    return period + name


SUBJECT: Final = re.compile(r"[\u4e00-\u9fff]{2,10}")


WHOLE_FIRST: Final = re.compile(r"全[市县区州盟省]")  # 全市新建民用建筑: the whole place the report is of, no part of the name


def _without_light_lead(bare: str) -> str:
    """``bare`` without the light verbs of data/verbs.csv opening it (确保, 力争, 推动: a commitment, no part of a subject)."""
    lights = sorted((w for w, kind in verbs().items() if kind == "light"), key=len, reverse=True)
    while lead := next((w for w in lights if bare.startswith(w) and len(bare) > len(w)), ""):
        bare = bare[len(lead):]
    return bare


def _standard_kept(scan: str, opening: str, t: Token) -> str:
    """A share between its subject, held (保持, 实现: ``standard_hold``) or not, and the standard it meets (达到, 符合:
    ``standard_reach``, up to a clause end in 标准 or 要求): 全市新建民用建筑保持100%达到绿色建筑标准 is the share of the
    subject that meets it (新建民用建筑绿色建筑标准达标比例; held-out 50 珠海 G9); with no hold verb a light verb opening the
    subject (确保新建矿山100%达到绿色矿山标准) is left out and a heavy one kept, saying which things are meant (新建矿山绿色矿山
    标准达标比例, not 矿山新建: held-out set 53, fix121b); '' otherwise."""
    q = qualifier_pattern("after").match(scan, t.end)
    at = q.end() if q else t.end
    verb = next((w for w in name_words("standard_reach") if scan.startswith(w, at)), "")
    bare = opening.strip()
    hold = next((w for w in name_words("standard_hold") if bare.endswith(w)), "")
    m = TAIL.match(scan, at + len(verb)) if verb else None
    if m is None or not WORDS.fullmatch(m.group()) or not m.group().endswith(("标准", "要求")):
        return ""
    subject = bare[:-len(hold)] if hold else _without_light_lead(bare)  # 确保新建矿山100%达到绿色矿山标准 (held-out set 53, fix121b)
    subject = subject[2:] if WHOLE_FIRST.match(subject) else subject
    return subject + m.group() + "达标比例" if SUBJECT.fullmatch(subject) and len(subject + m.group()) <= 20 else ""


def _subject_acting(scan: str, opening: str, t: Token) -> str:
    """A share between its subject and a verb of what part of it does (data/name_words.csv share_act, an adverb of
    share_act_adverb between: 推动白酒包装配套产业80%以上实质性落户遵义 -> 白酒包装配套产业落户遵义): the share is of the
    subject named before it, a lone verb opening the clause left out; '' when the words do not fit (fix115b, audit 49 遵义 G9)."""
    q = qualifier_pattern("after").match(scan, t.end)
    at = q.end() if q else t.end
    at += next((len(a) for a in name_words("share_act_adverb") if scan.startswith(a, at)), 0)
    if not scan.startswith(name_words("share_act"), at):
        return ""
    bare = opening.strip()
    lead = _verb().match(bare)
    subject = bare[lead.end():] if lead else bare
    subject = (subject[1:] if subject[:1] in name_words("share_object_marker") else subject).removesuffix("的")  # 把衔接资金60%以上用于…: 衔接资金
    m = TAIL.match(scan, at)
    if m is None or not SUBJECT.fullmatch(subject) or not WORDS.fullmatch(m.group()) or len(subject + m.group()) > 20:
        return ""
    name = subject + m.group()
    return name + "比例" if name.endswith(MEASURE_ENDINGS) else name  # (…转化为固定资产投资比例: a share, no amount of 投资; the namer adds 比例 to others)


def _part_of_year(opening: str) -> str:
    """The part of a year (data/periods.csv kind part) that alone, or after a verb (确保), opens the share's clause
    (上半年90%以上…): the share is due by then, so the name keeps it (上半年重点项目开复工比例); '' when none."""
    bare = opening.strip()
    return next((p for p in part_periods() if bare.endswith(p) and (bare == p or all_verbs(bare[:-len(p)]))), "")


SHARE_STATE: Final = re.compile(r"[^，,。；;：:！!？?\n]{2,16}(?=[，,。；;：:！!？?\n]|$)")  # the state reached, to the clause's end
BARE_DIGIT: Final = re.compile(r"[0-9](?![0-9.]*[A-Za-z])")  # a number of its own (达20万元), not one of 5G


def share_reaching(scan: str, end: int, post: str) -> str:
    """The things a share written N%的X is of with the state they reach (data/name_words.csv kind share_reach: 85%的行政村
    实现5G网络全覆盖 -> 行政村5G网络全覆盖, 65%的村卫生室达到国家基本标准 -> 村卫生室达到国家基本标准): the share is of the
    things that reach it, not of all of them (spot 40 定西, 伊犁); ``post`` when no such verb follows the noun or the state
    holds an amount of its own (达到20万元: a class, named elsewhere)."""
    at = scan.find(post, end, end + 8 + len(post))  # (after 以上的)
    if at < 0:
        return post
    floor = "以上" in scan[end:at]  # 70%以上的村庄完成…整治 (fix171c; 60%的乡镇完成… is named …的乡镇占比 elsewhere)
    reaching = name_words("share_reach") + (name_words("share_complete") if floor else ())
    verb = next((w for w in reaching if post.endswith(w)), "")
    pos = at + len(post) - len(verb)
    verb = verb or next((w for w in reaching if scan.startswith(w, pos)), "")
    m = SHARE_STATE.match(scan, pos + len(verb)) if verb else None
    if m is None or BARE_DIGIT.search(m.group()) or not WORDS.search(m.group()):
        return post
    return post[:len(post) - (at + len(post) - pos)] + ("" if verb == "实现" else verb) + m.group().replace("“", "").replace("”", "")


WORK_NOUN: Final = re.compile(r"的?([\u4e00-\u9fff]{2,12})(?=[，,。；;：:！!？?\n]|$)")  # the work a done share is of, to the clause end
CLAUSE_END: Final = re.compile(r"[，,。；;：:！!？?\n]|$")


def work_done_share(scan: str, end: int, clause: str, base: str) -> str:
    """A percentage after its subject and 完成 is the share of the work done (…股份合作制改革完成80%以上: …改革完成比例;
    机场高速完成90%以上路基工程: 机场高速路基工程完成比例, the work named after the figure); after its subject and a
    verb of data/name_words.csv share_reach whose subject ends in a thing of kind share_thing (智能化煤矿达到80%以上),
    the share of those things (智能化煤矿比例; held-out sets 71 南充, 72 济宁); '' otherwise, or when the subject
    already names a measure."""
    if len(base) < 2 or base.endswith(MEASURE_ENDINGS) or base.endswith("比例") or all_verbs(base):
        return ""
    q = qualifier_pattern("after").match(scan, end)
    at = q.end() if q else end
    bare = clause.rstrip()
    if bare.endswith("完成") and not bare.endswith(base + "完成"):
        return ""
    if bare.endswith("完成"):
        if CLAUSE_END.match(scan, at):
            return base + "完成比例"
        m = WORK_NOUN.match(scan, at)
        return base + m.group(1) + "完成比例" if m and not _verb().match(m.group(1)) and len(base + m.group(1)) <= 20 else ""
    reach = next((w for w in name_words("share_reach") if bare.endswith(base + w)), "")
    return base + "比例" if reach and base.endswith(name_words("share_thing")) and CLAUSE_END.match(scan, at) else ""
