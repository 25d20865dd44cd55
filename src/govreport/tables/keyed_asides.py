"""Why a review figure of the target's own indicator key was set aside (baseline_matching._match_baseline).

Where every figure of the key is dropped by the keyed path's filters, the refusal used to read 'no figure … shares a
word with it' (the wording path skips figures of the same key), which is false: 固定资产投资同比增长6.8% shares every
word with 固定资产投资增长7%以上 (held-out set 77 聊城 rows 6, 19; 驻马店 row 73). The reason now names the figure and
the filter that dropped it, so an audit reads what really happened.
"""
from __future__ import annotations

from govreport.tables.figures import Figure


def set_aside(before: list[Figure], after: list[Figure], key: str, why: str) -> str:
    """A reason prefix naming the first figure of ``before`` the filter dropped, where it left none of them (``after``
    empty), '' otherwise; ``why`` says what the filter found (of another scope, a stock for a flow …)."""
    if not before or after:
        return ""
    fig = before[0]
    return f"'{fig.text}' ({fig.indicator}) of the same key '{key}' was set aside: {why}; "


def scope_why(modifier: str | None, scope: str | None, scope_ok: bool, plausible: bool, levels: bool, stage: bool) -> str:
    """What the non-family scope filter found of one figure, in its own order of tests."""
    if not scope_ok:
        return f"of another scope ('{scope or ''}' against the target's '{modifier or ''}')"
    if not plausible:
        return "its amount lies too far from the target's"
    if not levels:
        return "of another title level"
    return "of another stage" if stage else "another action on the thing"
