"""A review count of work under way is no baseline for a target count of work completed (data/baseline_scopes.json
under_way_counts; held-out set 56, fix125b: 建成县域医疗卫生次中心6个 took 10个县域医疗卫生次中心建设有序推进)."""
from __future__ import annotations

import re
from functools import cache

from govreport.lexicon import read_json
from govreport.tables.clauses import own_clause
from govreport.tables.figures import Figure

CLAUSE_END = re.compile(r"[，,；;。：:]")


@cache
def _words() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    d = read_json("baseline_scopes.json")["under_way_counts"]
    return tuple(d["under_way_words"]), tuple(d["completed_words"]), tuple(d["done_words"])


def under_way_for_completed(target: Figure, fig: Figure) -> bool:
    """The target counts things completed or started (建成, 竣工, 开工 in its own clause before it: a stage of their own, fix149h)
    and the review figure's own clause says the work on the things it counts is under way (…建设有序推进, 在建, 续建) with no
    word of work done: the things being built are not the things finished or begun, so the count measures another thing."""
    under_way, completed, done = _words()
    if not any(w in own_clause(target.before) for w in completed):
        return False
    after = fig.after
    end = CLAUSE_END.search(after)
    clause = own_clause(fig.before) + fig.text + (after[:end.start()] if end else after)
    return any(w in clause for w in under_way) and not any(w in clause for w in done)
