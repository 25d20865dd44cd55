"""A whole the review states only by its urban and rural members (held-out audit 45 朝阳 G3): 城乡居民人均可支配收入增长6.5%
against the review's 城乡居民人均可支配收入分别增长3.2%、5.3%, split into the urban and the rural key. Neither member is the
whole and no combined figure is derived (a weighted mean needs the populations): the row keeps no baseline, and its
match_reason says the review gives the members only, so a reader sees why the row is blank.
"""
from __future__ import annotations

from typing import Final

from govreport.tables.baselines import Match
from govreport.tables.figures import Figure

MEMBERS: Final = ("_urban", "_rural")  # indicators.csv names its urban and rural keys so (…_urban_growth)
GROWTH: Final = "_growth"


def member_keys(key: str) -> tuple[str, ...]:
    """The urban and rural keys of a whole's key (per_capita_disposable_income_growth: …_urban_growth, …_rural_growth)."""
    base, tail = (key[:-len(GROWTH)], GROWTH) if key.endswith(GROWTH) else (key, "")
    return tuple(base + m + tail for m in MEMBERS)


def members_only(target: Figure, figures: list[Figure]) -> Match | None:
    """No baseline, with the reason, where the review states the target's key only by its urban and rural members."""
    key = target.indicator_key
    if not key or any(key.endswith(m) or m + "_" in key for m in MEMBERS):
        return None
    found = [next((a for a in figures if a.indicator_key == k and a.unit == target.unit), None) for k in member_keys(key)]
    if any(a is None for a in found):
        return None
    texts = "、".join(a.text for a in found if a is not None)
    return Match(None, "none", 0.0, f"the review gives only the urban and rural figures ({texts}), none of the whole; "
                 "no combined figure is derived")
