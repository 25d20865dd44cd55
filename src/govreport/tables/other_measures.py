"""Review figures matched by wording that measure another thing than the target (held-out set 67 甘南, fix141c).

A change of a stock (市场主体总数较上年增加10%) is not a change of the year's additions (新增市场主体8415户，较上年增长33%);
a share whose rate word (处置率) shares nothing with the review share's (覆盖率) measures another thing, though both
sentences say 城乡…率分别达到. Words: data/baseline_scopes.json ``stock_totals``, ``flow_heads``, ``rate_heads``.
"""
from __future__ import annotations

from functools import cache

from govreport.lexicon import read_json
from govreport.tables.figures import Figure


@cache
def _words() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """data/baseline_scopes.json (stock totals, flow heads, rate heads), read once."""
    data = read_json("baseline_scopes.json")
    return tuple(data["stock_totals"]), tuple(data["flow_heads"]), tuple(data["rate_heads"])


def added_for_a_total(target: Figure, fig: Figure) -> bool:
    """``target`` names a stock's total (市场主体总数) and ``fig`` the year's additions (新增市场主体…较上年增长33%)."""
    totals, flows, _ = _words()
    return any(w in target.indicator for w in totals) and fig.indicator.startswith(flows) \
        and not any(w in fig.indicator for w in totals)


def _rate_word(name: str, heads: tuple[str, ...]) -> str:
    """The two characters before the rate head ending ``name`` (无害化处置率: 处置), or '' if it ends with none."""
    for head in heads:
        if name.endswith(head) and len(name) >= len(head) + 2:
            return name[-len(head) - 2:-len(head)]
    return ""


def unlike_rates(target: Figure, fig: Figure) -> bool:
    """Both are shares named by a rate word (处置率, 覆盖率) and the two words share no character, nor does either name hold
    the other's word (危险废物安全处置利用率 holds 处置: alike): another measure."""
    heads = _words()[2]
    mine, theirs = _rate_word(target.indicator, heads), _rate_word(fig.indicator, heads)
    return bool(mine and theirs) and not set(mine) & set(theirs) and mine not in fig.indicator and theirs not in target.indicator
