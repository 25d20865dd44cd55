"""Figures that label a thing rather than count or size an amount to produce (fix115b, held-out audit 49): a number
glued to a state group's short name before 所 names a research institute (中船718所, 中电科54所: ``institute_groups``),
and a length right before a piece of plant whose class it gives (关停4.3米焦炉: ``sized_plant``) is the class of the
plant closed or built, not a length to reach. Word lists: ``tables_words.json`` institute_groups, sized_plant."""
from __future__ import annotations

import re

from govreport.lexicon import unit_field
from govreport.tables.figures import Figure, words


def label_figure(fig: Figure) -> str:
    """Why the figure is a label of an institute or of a plant's class ('' when it is not)."""
    w = words()
    if fig.unit == "所" and fig.before.endswith(tuple(w["institute_groups"])):
        return "a research institute's name (中船718所), not a count"
    if unit_field(fig.unit, "kind") == "length" and (fig.sentence.startswith(tuple(w["sized_plant"]), fig.rel_end) or _joined_class(fig)):
        return "the size class of a piece of plant (关停4.3米焦炉), not a length to reach"
    return ""


OTHER_CLASS = re.compile(r"(?:及|和|或)(?:以下)?[\u4e00-\u9fff]{0,12}?$")  # 及不达超低排放标准: a second class of the same plant


def _joined_class(fig: Figure) -> bool:
    """A length, then 及/和/或 and a second class, then the plant (关闭4.3米及不达超低排放标准焦炉: held-out audit 51 晋中)."""
    rest = fig.sentence[fig.rel_end:fig.rel_end + 20]
    at = min((i for p in words()["sized_plant"] if (i := rest.find(p)) > 0), default=-1)
    return at > 0 and OTHER_CLASS.match(rest[:at]) is not None
