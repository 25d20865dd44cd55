"""One row of the checks table (docs/assumptions.md#consistency-checks), as every kind of check writes it, and the value of a
figure a check chose for having one: what checks.py, implied_totals.py and plan_checks.py share."""
from __future__ import annotations

from decimal import Decimal

from govreport.tables.figures import Figure


def _row(check: str, subject: str, formula: str, computed: object, stated: object, rat: object,
         tolerance: str, status: str, explanation: str, figs: list[Figure]) -> dict:
    sentences = list(dict.fromkeys(f.sentence for f in figs))
    return {"check": check, "subject": subject, "formula": formula, "computed": computed, "stated": stated,
            "ratio": rat, "tolerance": tolerance, "status": status, "explanation": explanation,
            "figure_ids": ";".join(str(f.id) for f in figs), "figures": ";".join(f.text for f in figs),
            "starts": ";".join(str(f.start) for f in figs), "ends": ";".join(str(f.end) for f in figs),
            "sentences": " | ".join(sentences)}


def value_of(f: Figure) -> Decimal:
    """The value of a figure chosen for having one (its hint says it may have none)."""
    value = f.value
    assert value is not None
    return value
