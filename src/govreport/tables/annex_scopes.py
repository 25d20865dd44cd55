"""An annexed list's item names the part of the city it works in (中心城区新建停车场6个) where the body goal it restates says
that part only in an earlier clause of its sentence (加快中心城区公交场站改造，新建公共停车场6个): the scope is stated for the body
goal too, so ``restatements.annex_restates`` compares the names without it (held-out set 82 九江 G1, fix162d). Scope words:
tables_words.json ``annex_said_scopes``."""
from __future__ import annotations

from govreport.tables.figures import Figure, words


def _earlier_clauses(fig: Figure) -> str:
    """The words of ``fig``'s sentence before its own clause ('' when the figure opens its sentence)."""
    before, own = fig.before, fig.clause_before
    return before[:len(before) - len(own)] if own and before.endswith(own) else ""


def without_said_scope(annexed: Figure, body: Figure) -> str:
    """``annexed``'s name without the scope word it holds that ``body``'s name lacks and ``body``'s sentence states in an
    earlier clause; the name unchanged when there is none."""
    name = annexed.indicator
    earlier = _earlier_clauses(body)
    for scope in words()["annex_said_scopes"]:
        if scope in name and scope not in body.indicator and scope in earlier:
            return name.replace(scope, "", 1)
    return name
