"""A count of projects followed by a haste word and the end it hastens (39个在谈项目尽快签约，36个前期项目加快落地，49个
在建项目早日投产): what is counted is the projects that reach that end (前期项目落地数), not the projects alone, and the
haste word (尽快, 早日, 加快) says nothing of the measure (spot audit 36 衡水 rows 34-36; data/name_words.csv kinds
``speed_adverb`` and ``project_outcome``)."""
from __future__ import annotations

import re
from functools import cache

from govreport.lexicon import name_words, unit_field, verbs


@cache
def _outcome() -> re.Pattern[str]:
    speed = "|".join(map(re.escape, name_words("speed_adverb")))
    end = "|".join(map(re.escape, name_words("project_outcome")))
    # the clause ends, or a 、 opens the list's next count (39个…项目尽快开工、84个在谈项目尽快签约)
    return re.compile(f"([\u4e00-\u9fff]{{0,10}}?项目)(?:{speed})({end})(?=[，,。；;]|$|、\\d)")


def project_outcome(name: str, scan: str, end: int, unit: str) -> str:
    """The name of a count that ends at ``end``: its projects and the end they reach, where the projects are named
    and a haste word and that end close the clause right after them; ``name`` otherwise."""
    if not name.endswith("数") or unit_field(unit, "kind") != "count":
        return name
    m = _outcome().match(scan, end, min(len(scan), end + 24)) if scan.find("项目", end, end + 12) >= 0 else None  # (the pattern's 项目 starts within 10 characters)
    if m is None or not name.startswith(m.group(1)) and not _light_lead(name, m.group(1)):
        return name
    return m.group(1) + m.group(2) + "数"


def _light_lead(name: str, projects: str) -> bool:
    """``name`` is a light verb (data/verbs.csv: 推动) and the projects alone: 推动20个已签约项目加快落地 names the projects
    that reach the end, the light verb says nothing of it (spot audit 36)."""
    return name.endswith(projects + "数") and verbs().get(name[:-len(projects) - 1]) == "light"
