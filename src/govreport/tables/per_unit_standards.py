"""Standards each unit must meet or is paid, no totals to reach (held-out audit 39b 定西): a minimum of one person per
household (确保有劳动能力的脱贫家庭至少1人就业; in words, 至少有一人就业, ``non_targets`` drops already) and an amount
each person or household is paid, 每人/每户 right before a verb of paying (为新增困难“两癌”患病妇女每人发放救助金1.5万元).
A standard raised (由每人每年420元提高到450元) stays a goal. Word lists: ``tables_words.json`` minimum_words,
household_units, per_head_payers, per_head_pay_verbs."""
from __future__ import annotations

import re
from functools import cache

from govreport.lexicon import unit_field
from govreport.tables.figures import Figure, words


def per_unit_standard(fig: Figure) -> str:
    """Why the figure is a standard per household or per person ('' when it is not)."""
    kind = unit_field(fig.unit, "kind")
    w = words()
    clause = fig.clause_before
    if kind == "people" and fig.value == 1 and clause.endswith(tuple(w["minimum_words"])) \
            and any(h in clause for h in w["household_units"]):
        return "a minimum per household (脱贫家庭至少1人就业), a standard each must meet, not a total to reach"
    if kind == "money" and _paid_each().search(clause):
        return "an amount each person or household is paid (每人发放救助金1.5万元), a standard, not a total to reach"
    return ""


@cache
def _paid_each() -> re.Pattern[str]:
    """每人/每户, a verb of paying and the payment's noun, up to the amount (每人发放救助金), no raise verb between."""
    w = words()
    each = "|".join(map(re.escape, w["per_head_payers"]))
    pay = "|".join(map(re.escape, w["per_head_pay_verbs"]))
    return re.compile(rf"(?:{each})(?:每年|每月|一次性)?(?:{pay})[^\d，,；;。、提增达]{{0,6}}$")
