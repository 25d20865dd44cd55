"""A figure's own member in a 分别 list that names its members before 分别 (audit 28).

国控、省控及以上断面Ⅰ—Ⅲ类水质比例分别达到100%、96.9%: the clause's last 、 member (省控及以上…) is the second
figure's, not the first's; the figure's name (built member by member, extract.indicators.list_members) is its own."""
from __future__ import annotations

import re
from typing import Final

from govreport.tables.figures import words

NARROW_LEVELS: Final = frozenset({"province", "city", "county", "district"})
NAMED_MEMBERS: Final = re.compile(r"[、和及][^、，,；;。]*分别")


def distributive_member(indicator: str, before: str) -> str:
    """``indicator`` when ``before`` (the clause before the figure) lists members before its 分别, else ''."""
    return indicator if NAMED_MEMBERS.search(before) else ""


def narrower_level(mine: str, theirs: str, sentence: str) -> bool:
    """A review figure of one level of title (省级企业研发机构135家) counts part of what a target without one counts when
    the target's sentence names that level for another figure (新增企业研发机构350家、省级企业技术中心10家: the target
    leaves the level out on purpose): not its baseline (audit 28 WZ24#19). Without the level named beside it, an
    unlabelled target may mean the report's own level (新增未来产业先导区10个 in a province: 省级). ``sentence``: the target's own
    clause (``figure_clause``): a level in another clause titles another thing (建成“枫桥式”派出所2个，创建省级民主法治示范村6个)."""
    if mine or theirs not in NARROW_LEVELS:  # (national titles, often the only kind, and shared before a list: 国家级A、B)
        return False
    return any(level == theirs and word in sentence for word, level in words()["title_levels"].items())


CLAUSE_ENDS: Final = re.compile(r"[，,；;。：:]")


def figure_clause(sentence: str, start: int, end: int) -> str:
    """The clause of ``sentence`` that holds ``sentence[start:end]``, between clause breaks (the whole sentence where the
    figure's place in it is unknown): a level word here is the figure's list's, not another clause's (audit 55 阿坝 row 104)."""
    if start < 0 or end > len(sentence):
        return sentence
    before = [m.end() for m in CLAUSE_ENDS.finditer(sentence, 0, start)]
    after = CLAUSE_ENDS.search(sentence, end)
    return sentence[before[-1] if before else 0:after.start() if after else len(sentence)]


LIST_OPENING_REACH: Final = 4  # the verb before a level that opens a list's first member (创建, 新培育)


def _opening_level(first: str) -> tuple[str, int]:
    """(the title level word opening a list's first member after a short verb, where it ends) or ('', 0)."""
    found = [(k, w) for w in words()["title_levels"] if 0 <= (k := first.find(w)) <= LIST_OPENING_REACH]
    k, w = min(found, key=lambda f: (f[0], -len(f[1]))) if found else (0, "")
    return w, k + len(w) if w else 0


def list_level(before: str) -> str:
    """The level of title (``tables_words.json:title_levels``) opening the first member of the 、 list whose later member the
    figure closes (创建省级和美乡村示范县1个、示范乡镇8个、未来乡村20个以上: province for 未来乡村), '' if none: the list's
    level carried to a member that names none (audit 46 衢州 row 71)."""
    clause = re.split(r"[，,；;。：:]", before)[-1]
    if "、" not in clause:
        return ""
    first = clause.split("、", 1)[0]
    word = _opening_level(first)[0] if any(c.isdigit() for c in first) else ""
    return words()["title_levels"][word] if word else ""


def own_member_context(context: str) -> str:
    """A figure's clause without the earlier 、 members that hold figures of their own (创建省级和美乡村示范县1个、示范乡镇8个、
    未来乡村: 和美乡村 is the first member's title, no scope of 未来乡村, audit 46 衢州 row 71); the verb and level opening the
    first member stay (``list_level``: the list's)."""
    if "、" not in context:
        return context
    earlier, own = context.rsplit("、", 1)
    if not any(c.isdigit() for c in earlier):
        return context
    return earlier[:_opening_level(earlier)[1]] + "、" + own


JOINED_REACH: Final = 2  # the characters of a bare level before 、 (省、市重点项目)


def joined_level(before: str, own: str, scan: re.Pattern[str]) -> str:
    """A title level joined across a 、 (250个省、市重点项目: ``title_levels`` 省、市重点) whose second half opens the figure's own
    member ``own`` at the end of ``before``: the joined word, '' if none; a level word alone is each member's (held-out set 74
    眉山 row 1: 省市重点项目 is no 市重点项目, but the same set as 省、市重点项目)."""
    lead = before[:len(before) - len(own)] if own and before.endswith(own) else ""
    if not lead.endswith("、"):
        return ""
    m = scan.search(lead[-JOINED_REACH - 1:] + own)
    return m.group() if m is not None and "、" in m.group() else ""
