"""How one target is judged against its outcome: its kind (floor, ceiling, band) and the verdict
(docs/assumptions.md#track-record). Tolerances: data/tables_parameters.json."""
from __future__ import annotations

from decimal import Decimal

from govreport.extract.numerals import to_decimal
from govreport.lexicon import read_json


def parameters() -> dict[str, float]:
    """The tolerances of the verdicts (``data/tables_parameters.json``, key ``track_record``)."""
    params = read_json("tables_parameters.json")["track_record"]
    return {k: float(v) for k, v in params.items() if not k.startswith("_")}


def good_direction(key: str) -> str:
    """up / down / band for an indicator key, from the indicator registry; '' when unknown."""
    from govreport.lexicon import indicator_registry

    entry = indicator_registry().get(key)
    return entry.good_direction if entry is not None else ""


def target_kind(qualifier: str, value_high: object, direction: str, good: str) -> str:
    """floor / ceiling / band, from the wording (以上, 以内, 左右, a range) and the registry.

    >>> target_kind("about", None, "level", "down")   # 居民消费价格涨幅3%左右
    'ceiling'
    >>> target_kind("about", None, "increase", "up")   # 国内生产总值增长7%左右
    'band'
    """
    if to_decimal(value_high) is not None:
        return "band"
    if qualifier in ("at_least", "more_than"):
        return "floor"
    if qualifier == "at_most":
        return "ceiling"
    if good == "down":
        return "ceiling"
    if qualifier == "about":
        return "band"
    if good == "band":
        return "band"
    if good == "up":
        return "floor"
    return "ceiling" if direction == "decrease" else "floor"


def judge(kind: str, qualifier: str, value: Decimal, value_high: Decimal | None, outcome: Decimal,
          good: str = "up", params: dict[str, float] | None = None) -> tuple[str, bool, Decimal, Decimal]:
    """(verdict, far_from_target, low, high) of one outcome against one target.

    A band is met inside it, or beyond it on the good side (far beyond is flagged).

    >>> judge("band", "", Decimal("6.5"), Decimal("7"), Decimal("6.7"))[0]
    'met'
    >>> judge("ceiling", "about", Decimal("3"), None, Decimal("2"), "down")[:2]
    ('met', True)
    """
    params = params or parameters()
    tol = abs(value) * Decimal(str(params["about_rel_tolerance"])) if qualifier == "about" else Decimal(0)
    low, high = value - tol, (value_high if value_high is not None else value) + tol
    far = Decimal(str(params["far_rel_gap"])) * abs(value)
    if kind == "band":
        if good == "down":
            return ("met" if outcome <= high else "missed"), bool(outcome < low - far), low, high
        return ("met" if outcome >= low else "missed"), bool(outcome > high + far), low, high
    if kind == "ceiling":
        return ("met" if outcome <= high else "missed"), bool(outcome < value - far), low, high
    return ("met" if outcome >= low else "missed"), bool(outcome > value + far), low, high
