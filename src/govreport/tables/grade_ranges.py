"""A 、 between two grade numerals before one class word is a range of grades of one noun, not a list of nouns.

近岸海域一、二类水质比例 is the share of water of class I or II (the share of good coastal water), one measure, not an
amount for two nouns 近岸海域一 and 二类水质 (``Likeness.sums_a_list``, spot 39 莆田 row 126); so is 三、四级 or Ⅰ、Ⅱ类.
"""
from __future__ import annotations

import re
from typing import Final

from govreport.tables.figures import words

_ONCE: Final[dict[str, re.Pattern[str]]] = {}


def _grade_mark() -> re.Pattern[str]:
    """A 、 after a grade numeral and before the grade numerals that close with a class word (tables_words.json:
    ``grade_numerals``, ``grade_class_words``)."""
    found = _ONCE.get("grade_mark")
    if found is None:
        w = words()
        digits = re.escape(w["grade_numerals"])
        found = _ONCE["grade_mark"] = re.compile(f"(?<=[{digits}])、(?=(?:[{digits}]、)*[{digits}](?:" + "|".join(w["grade_class_words"]) + "))")
    return found


def joined_grades(text: str) -> str:
    """``text`` with each 、 of a range of grades taken out: 近岸海域一、二类水质比例 -> 近岸海域一二类水质比例."""
    return _grade_mark().sub("", text) if "、" in text else text
