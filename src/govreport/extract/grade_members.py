"""A list member that is only a grade before a sibling of another grade that names the noun (完成…9个一级、86个二级乡镇专职消防队伍
提档升级: nine first-grade town fire brigades upgraded): the grade names no measure alone, and the noun and work after the
sibling's grade are its too (一级乡镇专职消防队伍提档升级数; spot audit 37 黔东南 row 81), not a word the sentence ends with."""
from __future__ import annotations

import re
from typing import Final

GRADE: Final = r"[一二三四五六七八九十甲乙丙丁特]级"
GRADE_THEN_SIBLING: Final = re.compile(f"({GRADE})、[0-9.]+([\u4e00-\u9fff]?)({GRADE})([\u4e00-\u9fff“”]{{2,30}}?)(?=[，,。；;]|$)")
COUNTED: Final = "数"


def grade_member(name: str, after: str, unit: str) -> str:
    """``name`` of a count whose own words ``after`` it are only a grade and a 、 before a count in the same ``unit`` of
    another grade and its noun: the words of ``name`` before the grade, that grade and the noun (the sibling's words after its grade) + 数; else ``name``."""
    m = GRADE_THEN_SIBLING.match(after)
    if m is None or not name.endswith(COUNTED) or m.group(2) != unit or m.group(1) == m.group(3):
        return name
    lead = name[:max(name.find(m.group(1)), 0)]  # (创建3个一级、5个二级标准化站点: the verb before the grade kept)
    return lead + m.group(1) + m.group(4).replace("“", "").replace("”", "") + COUNTED
