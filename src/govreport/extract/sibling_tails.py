"""The qualifier a 、 sibling leaves at the start of the next figure's clause (产业投资增长10%以上、占全部投资比重达50%以上: the
clause of 50% opens with the 以上 of 10%; session 36 大理 row 8). It is the figure before's, no word of this one's name: without
it the share 占… finds no subject of its own and takes the sibling's (产业投资占全部投资比重)."""
from __future__ import annotations

from govreport.lexicon import qualifier_words


def without_sibling_tail(clause: str) -> str:
    """``clause`` without a leading qualifier of the figure before (``qualifiers.csv``'s words after a figure) and the 、 after it."""
    if "、" not in clause[:5]:
        return clause
    tail = next((w for w in sorted(qualifier_words("after"), key=len, reverse=True) if clause.startswith(w + "、")), "")
    return clause[len(tail) + 1:] if tail else clause
