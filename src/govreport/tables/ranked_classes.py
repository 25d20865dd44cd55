"""The size of a class a place is ranked in (环境空气质量稳居全国168个重点城市前列, spot audit 58 惠州 row 9): a count between a
ranking word (data/rank_words.csv: 稳居, 位居 …) and a rank's place in it (tables_words.json rank_tails: 前列, 前茅) counts the
places ranked, not anything the plan makes: no goal."""
from __future__ import annotations

from govreport.extract.ranks import rank_pattern
from govreport.tables.clauses import CLAUSE_MARKS, first_mark
from govreport.tables.figures import Figure, words


def ranked_class(fig: Figure) -> bool:
    """The figure counts the class ranked: a ranking word in its own clause before it, a rank's place after it in that clause."""
    if rank_pattern().search(fig.clause_before) is None:
        return False
    after = fig.after
    stop = first_mark(after, CLAUSE_MARKS)
    return any(w in (after if stop < 0 else after[:stop]) for w in words()["rank_tails"])
