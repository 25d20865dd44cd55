"""A goal written as a doubling (实际使用外资翻一番) is a growth rate of its measure (audit 49).

翻一番 doubles a measure: a growth of 100 % (翻两番 300 %). Read as 2倍, the target could only be compared with another
figure in 倍, and a level (a review amount) would be no baseline at all; as a growth in %, the review's growth of the same
measure (实际使用外资增长396%) is its baseline. Likewise a review figure in 倍 right after a verb of growth (增长7倍,
``tables_words.json:multiple_growth_verbs``) is a growth of 700 %, the baseline of a growth goal in % (spot audit 38).
"""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from govreport.extract.numerals import FAN_PATTERN, parse_chinese
from govreport.tables.figures import Figure
from govreport.tables.table_words import words

MULTIPLE_SUFFIX = "倍数"  # the name a figure in 倍 is given (实际使用外资倍数)


def as_growth_rate(fig: Figure) -> Figure:
    """The figure as the growth it states if it is a 翻N番 goal (value (2**N − 1) × 100 %, a change), else unchanged."""
    m = FAN_PATTERN.fullmatch(fig.text)
    if fig.unit != "倍" or m is None:
        return fig
    growth = (Decimal(2) ** int(parse_chinese(m.group("n"))) - 1) * 100
    name = fig.indicator.removesuffix(MULTIPLE_SUFFIX)
    return replace(fig, value=growth, unit="%", kind="change", indicator=name if name.endswith("增长") else name + "增长")


def as_growth_in_multiples(fig: Figure) -> Figure:
    """A figure in 倍 a verb of growth stands right before (增长7倍, 增长了7倍) as the growth in % it states (N × 100 %,
    a change); else unchanged (增长到7倍 reaches a level; 7倍 alone compares two measures)."""
    if fig.unit != "倍" or fig.value is None or fig.value_high is not None or FAN_PATTERN.search(fig.text):
        return fig
    before = fig.sentence[:fig.start - fig.sentence_start].removesuffix("了")
    if not before.endswith(tuple(words()["multiple_growth_verbs"])):
        return fig
    name = fig.indicator.removesuffix(MULTIPLE_SUFFIX)
    return replace(fig, value=fig.value * 100, unit="%", kind="change",
                   indicator=name if name.endswith("增长") else name + "增长")
