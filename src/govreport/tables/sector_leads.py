"""A target under a sector lead takes no baseline that does not name the sector (audit 43 BS12).

工业方面，…开工（续建、技改）中电百色能源电子产业园…等重点项目94个 counts industrial projects: the lead 工业方面 opening its
sentence scopes every figure in it. 统筹推进投资5亿元以上重大项目168个，实现重大项目开工100个 counts the city's major projects
of every sector; a review figure whose sentence does not hold the lead's sector word (工业) measures another scope. One anchored
pattern on the target's sentence and one substring test on the review figure's.
"""
from __future__ import annotations

import re
from typing import Final

from govreport.tables.figures import Figure

LEAD: Final = re.compile(r"([\u4e00-\u9fff]{2,6})方面[，,：:]")  # 工业方面，/ 房地产方面：opening the sentence


def sector_lead(fig: Figure) -> str:
    """The sector word of a lead opening the figure's sentence (工业 of 工业方面，), '' if none."""
    if "方面" not in fig.sentence[:9]:
        return ""
    m = LEAD.match(fig.sentence)
    return m.group(1) if m else ""


def other_sector_scope(target: Figure, fig: Figure) -> str:
    """The target's sector lead where the review figure's sentence does not name it, else ''."""
    sector = sector_lead(target)
    return sector if sector and sector not in fig.sentence else ""
