"""A bare growth rate right after a planned amount that only restates the amount's change from the review's figure
the matcher found for it (今年各级财政安排民生支出367.94亿元，增长5% after 全年民生类支出350.4亿元: 367.94/350.4 = 1.050).
``procedure.grows_from_a_review_amount`` compares figures of one name before matching; this one uses the matched
baseline, so names worded apart (民生支出, 民生类支出) are caught too (docs/assumptions.md#non-targets)."""
from __future__ import annotations

from decimal import Decimal

from govreport.tables.figures import Figure, words
from govreport.tables.procedure import BARE_GROWTH, LEVEL_GAP


def _decimals(text: str) -> int:
    """Digits after the point of a figure's text (367.94亿元 -> 2)."""
    digits = text.split(".", 1)[1] if "." in text else ""
    return len(digits) - len(digits.lstrip("0123456789"))


def restates_a_matched_amount(fig: Figure, group: list[Figure], matched: dict[int, Figure]) -> bool:
    """增长N% (no qualifier of its own) right after a planned amount whose matched baseline gives that rate: a rate to
    the decimal within its rounding; a whole rate only after an amount stated to two decimals (a budget, not a round
    goal: 旅游总消费450亿元、增长14% stays a goal) and within 0.05 points. Not after a reach verb (达到, 突破: the
    growth may be the goal)."""
    if fig.unit != "%" or fig.value is None or fig.qualifier or not BARE_GROWTH.fullmatch(fig.clause_before):
        return False
    verb_at = fig.rel_start - len(fig.clause_before)
    exponent = fig.value.as_tuple().exponent
    digits = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    reached = words()["amount_goal_links"]
    for o in group:
        r = matched.get(o.id)
        if (r is None or o is fig or o.value is None or r.value is None or r.value <= 0 or r.unit != o.unit
                or r.year_from is not None or o.rel_end > verb_at or not LEVEL_GAP.fullmatch(fig.sentence, o.rel_end, verb_at)
                or any(v in fig.sentence[:o.rel_start] for v in reached)):
            continue
        if digits < 1 and _decimals(o.text) < 2:
            continue
        slack = Decimal(5) / Decimal(10) ** (digits + 1) if digits else Decimal("0.05")
        if abs((Decimal(o.value) / Decimal(r.value) - 1) * 100 - fig.value) <= slack + Decimal("0.0001"):
            return True
    return False
