"""A goal written as a doubling (实际使用外资翻一番) is a growth rate of its measure (audit 49).

翻一番 doubles a measure: a growth of 100 % (翻两番 300 %). Read as 2倍, the target could only be compared with another
figure in 倍, and a level (a review amount) would be no baseline at all; as a growth in %, the review's growth of the same
measure (实际使用外资增长396%) is its baseline. Likewise a review figure in 倍 right after a verb of growth (增长7倍,
``tables_words.json:multiple_growth_verbs``) is a growth of 700 %, the baseline of a growth goal in % (spot audit 38).
"""
from __future__ import annotations

import re
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


# 均同比增长1倍以上 / 增长1倍 / 比上年增长2倍: a clause that is only a growth in 倍 (均: of every amount before it)
MULTIPLE_GROWTH_CLAUSE = re.compile(r"均?(?:同比|比上年|比去年|较上年|较去年)?(?:增长|提高)了?")
AMOUNT_GAP = re.compile(r"(?:左右|以上)?[，,、]")


def restates_in_multiples(fig: Figure, group: list[Figure], review: list[Figure]) -> bool:
    """增长N倍 right after an amount the plan sets (到位资金480亿元、增长1倍; …旅游收入80亿元以上，均同比增长1倍以上) where the
    review states the same measure's amount (250.5亿元) and the amount over it is N + 1 times to the multiple's last digit
    (480/250.5 = 1.92 ≈ 2): the amount's growth stated again, no goal of its own (held-out audit 48 哈密 G2); else the
    growth is a goal of N × 100 %."""
    if fig.unit != "倍" or fig.value is None or fig.value_high is not None or not MULTIPLE_GROWTH_CLAUSE.fullmatch(fig.clause_before):
        return False
    exponent = fig.value.as_tuple().exponent
    slack = Decimal(5) / Decimal(10) ** ((-exponent if isinstance(exponent, int) and exponent < 0 else 0) + 1)
    verb_at = fig.rel_start - len(fig.clause_before)
    for o in group:
        if o is fig or o.unit in ("%", "‰", "", "倍") or o.value is None or o.rel_end > verb_at \
                or not AMOUNT_GAP.fullmatch(fig.sentence, o.rel_end, verb_at):
            continue
        for r in review:
            if (r.unit == o.unit and r.value and r.value > 0 and r.year_from is None
                    and (o.indicator_key and r.indicator_key == o.indicator_key or r.indicator == o.indicator)
                    and abs(Decimal(o.value) / Decimal(r.value) - 1 - fig.value) <= slack):
                return True
    return False
