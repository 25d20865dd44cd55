"""A keyed review figure of the target's noun whole may lie further from the target than ``plausible_ratio`` (audit 43 JL26).

新认定国家科技型中小企业200户 and the review's 新增国家科技型中小企业35户 (one key, tech_smes; one noun, 国家科技型中小企业,
in one unit) are one measure however far the year's goal lies from last year's: within twice the ratio (×5.7 here) the
amounts are believed. Never across units: a count in another counter (老旧小区4万户 and 366个) keeps the plain ratio.
"""
from __future__ import annotations

from typing import Protocol

from govreport.lexicon import qualifier_words
from govreport.tables.figures import Figure, parameters, words

MIN_NOUN = 4  # the noun whole at least this long (国家科技型中小企业), not a bare head (企业)
WIDER = 2.0  # how much further than plausible_ratio one noun may lie


class _Members(Protocol):
    def member_words(self, fig: Figure) -> str: ...


def same_noun_within(like: _Members, target: Figure, fig: Figure) -> bool:
    """The two name one noun whole (member words alike, at least MIN_NOUN characters), in one unit, within WIDER ×
    plausible_ratio of each other."""
    if target.unit != fig.unit or target.value is None or fig.value is None or fig.value <= 0 or target.value <= 0:
        return False
    own = _plain(like.member_words(fig))
    if len(own) < MIN_NOUN or own != _plain(like.member_words(target)):
        return False
    limit = parameters()["baseline"]["plausible_ratio"] * WIDER
    r = float(target.value / fig.value)
    return 1 / limit <= r <= limit


def _plain(member: str) -> str:
    """Member words without a bound that leaked into them (3个以上新开工老旧小区: 以上) or a neutral scope opening them (城镇老旧小区):
    neither says which things (held-out 40b 揭阳 row 12)."""
    member = member.removeprefix(next((w for w in qualifier_words("after") if member.startswith(w)), ""))
    return member.removeprefix(next((w for w in words()["neutral_scopes"] if member.startswith(w)), ""))
