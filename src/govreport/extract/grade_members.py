"""A list member that is only a grade before a sibling of another grade that names the noun (完成…9个一级、86个二级乡镇专职消防队伍
提档升级: nine first-grade town fire brigades upgraded): the grade names no measure alone, and the noun and work after the
sibling's grade are its too (一级乡镇专职消防队伍提档升级数; spot audit 37 黔东南 row 81), not a word the sentence ends with."""
from __future__ import annotations

import re
from typing import Final

from govreport.lexicon import name_words, verbs

GRADE: Final = r"[一二三四五六七八九十甲乙丙丁特]级"
GRADE_THEN_SIBLING: Final = re.compile(f"({GRADE})、[0-9.]+([\u4e00-\u9fff]?)({GRADE})([\u4e00-\u9fff“”]{{2,30}}?)(?=[，,。；;]|$)")
COUNTED: Final = "数"


def grade_member(name: str, after: str, unit: str) -> str:
    """``name`` of a count whose own words ``after`` it are only a grade and a 、 before a count in the same ``unit`` of
    another grade and its noun: the words of ``name`` before the grade, that grade and the noun (the sibling's words after its grade) + 数; else ``name``."""
    if not name.endswith(COUNTED) or "、" not in after:
        return name  # (no count, or no list after it: neither this rule nor ``sibling_work`` applies; most figures)
    m = GRADE_THEN_SIBLING.match(after) if after[1:2] == "级" else None  # (it opens with a grade: X级)
    if m is None or not name.endswith(COUNTED) or m.group(2) != unit or m.group(1) == m.group(3):
        return sibling_work(name, after, unit)
    lead = name[:max(name.find(m.group(1)), 0)]  # (创建3个一级、5个二级标准化站点: the verb before the grade kept)
    return lead + m.group(1) + m.group(4).replace("“", "").replace("”", "") + COUNTED


# the first member's noun, then counted members in the same unit, the last to the clause's end
COUNTED_LIST: Final = re.compile(r"([\u4e00-\u9fff]{2,12})、(?:[0-9.]+([\u4e00-\u9fff])[\u4e00-\u9fff“”]{1,12}、)*[0-9.]+([\u4e00-\u9fff])([\u4e00-\u9fff“”]{4,40}?)(?=[，,。；;]|$)")
HEAD: Final = 2  # the head the first noun ends with (乡镇) and the last member names after its own modifier
MODIFIER: Final = 4  # at most that many characters before the head in the last member (二级)
NOUN_FIRST: Final = 4  # the work's own thing before its verb (专职消防队伍提档升级), not an adverb (稳步推进: no thing)


def sibling_work(name: str, after: str, unit: str) -> str:
    """``name`` of the first count of a 、 list whose last member names, after its own modifier, the same head noun as
    this one and then the work done on it (完成2个重点景区乡镇、9个一级、86个二级乡镇专职消防队伍提档升级和提质强能: 重点景区乡镇
    专职消防队伍提档升级和提质强能数; spot audit 37 黔东南 row 80): the work is every member's; a tail opening with no thing
    of its own (56个省重点项目、854个市重点项目稳步推进) or with no work verb is the
    last member's own thing (5家龙头企业、10家省级企业技术中心: no 龙头企业技术中心); else ``name``."""
    m = COUNTED_LIST.match(after)
    if m is None or not name.endswith(COUNTED) or m.group(3) != unit or m.group(2) not in ("", None, unit):
        return name
    noun, last = m.group(1), m.group(4).replace("“", "").replace("”", "")
    if not name[:-1].endswith(noun):
        return name
    at = last.find(noun[-HEAD:], 1, MODIFIER + HEAD)
    tail = last[at + HEAD:] if at > 0 else ""
    work = tuple(verbs()) + name_words("chain_verb")
    if len(tail) < 4 or not any(w in tail[NOUN_FIRST:] for w in work) or any(w in tail[:NOUN_FIRST] for w in work):
        return name
    return name[:-1] + tail + COUNTED
