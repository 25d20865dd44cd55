"""The opening formulas that start a part (过去的一年, 今年要重点抓好, 今年全市经济社会发展的主要预期目标: data/openings.csv)
as one pattern (not where the words after it report the goals met: data/opening_results.csv), and the part a formula as written starts; ``parts`` finds the parts with them."""
from __future__ import annotations

import re
from functools import cache

from govreport.lexicon import read_rows


# the place a formula may name after 今年 (今年全市经济社会发展…, 今年我县的主要预期目标)
_SCOPE = r"[全我本][市县区省州镇乡旗盟]的?"
_SCOPE_AFTER_THIS_YEAR = re.compile(rf"(?<=^今年){_SCOPE}")


@cache
def _openings() -> tuple[re.Pattern[str], dict[str, str]]:
    """Opening formulas (openings.csv) at the start of a sentence, and formula -> part; a
    formula that starts with 今年 may name the place after it (``opening_part``)."""
    rows = {r["formula"]: r["part"] for r in read_rows("openings.csv")}
    words = "|".join(_formula_pattern(w) for w in sorted(rows, key=len, reverse=True))
    done = "|".join(map(re.escape, sorted((r["word"] for r in read_rows("opening_results.csv")), key=len, reverse=True)))
    # 2020年主要目标任务的完成，标志着… / 今年主要目标圆满完成: the sentence reports the goals met, a result, no opening
    return re.compile(rf"(?:^|(?<=[。！？；：:\n]))\s*((?P<lead>{_YEAR_IS})(?P<formula>{words})(?!(?:任务)?(?:{done})))",
                      re.M), rows


# a sentence that opens with 2024年是…一年 may lead the formula (2024年是…关键一年，做好今年工作至关重要。
# 政府工作的总体要求是…): the part starts at the year, so the goals after it are the formula's part
_YEAR_IS = r"(?:(?:19|20)\d\d年是[^。！？；\n]{0,80}?[，,。])?"


# formulas that can only plan may name the year instead of 今年 (2017年，全镇工作的总体要求是…);
# 2023年全市经济社会发展… may as well be a review, so the others may not
_ONLY_PLANS = ("目标", "要求", "抓好", "做好")
_YEAR_FOR_THIS_YEAR = re.compile(r"^(?:19|20)\d\d年[，,]?")


# where the formula can only plan, the place may be named by its own name before 经济社会发展
# (2025年浙江经济社会发展的主要预期目标)
_PLACE_NAME = r"[\u4e00-\u9fff]{2,4}?的?"


def _formula_pattern(formula: str) -> str:
    """A formula as a pattern: after 今年, a place word may follow (今年全市…), and where the
    formula can only plan, a year may stand for 今年 and a place's name may follow it."""
    if not formula.startswith("今年"):
        return re.escape(formula)
    only_plans = any(w in formula for w in _ONLY_PLANS)
    this_year = r"(?:今年|(?:19|20)\d\d年[，,]?)" if only_plans else "今年"
    # only before 经济社会发展 (2023年确定的主要目标全面完成 is a review, not 确定 naming a place)
    scope = f"{_SCOPE}|{_PLACE_NAME}" if only_plans and formula.startswith("今年经济社会发展") else _SCOPE
    return f"{this_year}(?:{scope})?{re.escape(formula[2:])}"


def opening_part(formula: str) -> str:
    """The part an opening formula, as written, starts (its year or place word left out)."""
    rows = _openings()[1]
    key = _SCOPE_AFTER_THIS_YEAR.sub("", _YEAR_FOR_THIS_YEAR.sub("今年", formula, 1), 1)
    if key in rows:
        return rows[key]
    # a place's name after 今年: the longest formula the words end with
    return next(rows[w] for w in sorted(rows, key=len, reverse=True) if w.startswith("今年") and key.endswith(w[2:]))
