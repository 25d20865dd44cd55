"""A share of a whole written right after 「X的」 whose predicate places it (在, 来自, 集中在 + a noun) and whose clause holds no
commitment or change word: how the whole is made up now (锦州经济总量的45%在县域，县域强则锦州强), no goal (held-out set 92
锦州, fix175d). With one (力争…的60%以上在园区, 提高到…) it is a share to reach, read as before."""
from __future__ import annotations

import re
from functools import cache

from govreport.lexicon import verbs
from govreport.tables.figures import Figure, words
from govreport.tables.measures import RATE_UNITS
from govreport.tables.scoping_figures import own_clause_after


@cache
def _placed() -> re.Pattern[str]:
    """The figure's clause after it: a placing verb (``present_share.verbs``), then a noun to the clause's end."""
    placing = "|".join(map(re.escape, sorted(words()["present_share"]["verbs"], key=len, reverse=True)))
    return re.compile(rf"(?:{placing})([\u4e00-\u9fff]{{1,10}})")


def describes_a_make_up(fig: Figure) -> bool:
    """A share right after 的 whose own clause places it (在县域) and names no commitment, goal or change word before or
    after the figure (``commitment_words``, ``present_share.change_words``; the place itself holds no verb)."""
    if fig.unit not in RATE_UNITS or not fig.before.endswith("的"):
        return False
    rest = own_clause_after(fig)
    placed = _placed().fullmatch(rest)
    if placed is None or any(v in placed.group(1) for v in verbs()):
        return False
    w = words()
    clause = fig.clause_before + rest
    return not any(c in clause for c in (*w["commitment_words"], *w["present_share"]["change_words"]))
