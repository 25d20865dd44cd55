"""Figures that are part of an idiom or of a name, not a goal
(held-out set 66, fix140c): 只要有百分之一的希望就付出百分之百的努力 (an idiom), 打造G219、环博800公里北线 (a length in a
route's name, one of a list).
Word lists: ``tables_words.json`` idiom_figures, route_name_ends."""
from __future__ import annotations

from govreport.lexicon import unit_field
from govreport.report.chars import is_ideograph
from govreport.tables.figures import Figure, words

ROUTE_LEAD = 4  # the most ideographs of a route's name before its length (环博)


def idiom_figure(fig: Figure) -> bool:
    """The figure opens an idiom of ``idiom_figures`` (百分之一的希望, 百分之百的努力): a saying, no share to reach."""
    return fig.sentence.startswith(tuple(words()["idiom_figures"]), fig.rel_start)


def route_name_length(fig: Figure) -> bool:
    """A length right before a route word (``route_name_ends``: 北线, 环线) after a list mark and a few ideographs with no
    verb (打造G219、环博800公里北线、…等自驾线路): part of a listed route's name; 建成300公里环线 stays a goal."""
    if unit_field(fig.unit, "kind") != "length" or not fig.sentence.startswith(tuple(words()["route_name_ends"]), fig.rel_end):
        return False
    before = fig.before
    mark = before.rfind("、", max(len(before) - ROUTE_LEAD - 1, 0))
    lead = before[mark + 1:]
    return mark >= 0 and 0 < len(lead) <= ROUTE_LEAD and all(is_ideograph(c) for c in lead) \
        and not lead.startswith(tuple(words()["output_verbs"]))


def named_label(fig: Figure) -> str:
    """Why the figure is part of an idiom or of a route's name ('' when none)."""
    if idiom_figure(fig):
        return "part of an idiom (只要有百分之一的希望就付出百分之百的努力), not a goal"
    if route_name_length(fig):
        return "a length in a listed route's name (环博800公里北线), not a goal"
    return ""
