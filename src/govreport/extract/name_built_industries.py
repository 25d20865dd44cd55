"""The industry a ；-part builds, for its bare size (held-out set 86 莆田, fix168c): a 。-sentence of ；-parts, each building
one industry's base and ending in that industry's size (打造国家新型功能材料产业基地，规模产值增长20%；加快建设电子信息产业
“一中心两基地”，…，规模产值增长30%；…打造高端装备制造基地，规模产值突破300亿元), gives each bare 规模产值 the industry of its
own part, not none (four rows named 规模产值) and not a neighbour's: the review's 电子信息、新型功能材料规模产值分别增长… then
matches by name. Only a name that is a bare cluster measure (data/name_subjects.json ``cluster_measures``) is mended.
Word lists: data/name_subjects.json (``part_built_verbs``, ``part_built_sites``, ``part_built_ranks``).
"""
from __future__ import annotations

import re
from typing import Final

from govreport.lexicon import name_subjects

GROWTH: Final = "增长"
PART_ENDS: Final = "；;。\n"  # where the figure's own part opens
INDUSTRY_HEAD: Final = "产业"
NOT_ONE: Final = "和及与等、"  # an industry list (新材料和新能源产业基地) names no single industry
_BUILT: Final[list[re.Pattern[str]]] = []


def _built() -> re.Pattern[str]:
    """打造/建设/建成 + the industry + its base, 高地, 示范区 or quoted programme (``part_built_sites``)."""
    if not _BUILT:
        words = name_subjects()
        verbs = "|".join(map(re.escape, words["part_built_verbs"]))
        sites = "|".join(map(re.escape, sorted(words["part_built_sites"], key=len, reverse=True)))
        _BUILT.append(re.compile(f"(?:{verbs})([\u4e00-\u9fff]{{2,14}}?)({sites})"))
    return _BUILT[0]


def _unranked(industry: str) -> str:
    """``industry`` without the rank word before it (国家新型功能材料 -> 新型功能材料)."""
    for rank in sorted(name_subjects()["part_built_ranks"], key=len, reverse=True):
        if industry.startswith(rank):
            return industry[len(rank):]
    return industry


def part_built_industry(scan: str, sentence_start: int, at: int, base: str) -> str:
    """``base`` (a bare cluster measure: 规模产值, 规模产值增长) named for the industry whose base the figure's own ；-part
    builds before it (打造国家新型功能材料产业基地，规模产值增长20%: 新型功能材料产业规模产值增长); the last one built
    when the part builds several; '' when the name is another or the part builds no single industry's base."""
    measure = base.removesuffix(GROWTH)
    if at < 0 or measure not in name_subjects()["cluster_measures"]:
        return ""
    start = max(sentence_start, max(scan.rfind(c, sentence_start, at) for c in PART_ENDS) + 1)
    found = [m for m in _built().finditer(scan, start, at)]
    if not found:
        return ""
    industry, site = _unranked(found[-1].group(1)), found[-1].group(2)
    if not site.startswith(INDUSTRY_HEAD):
        industry += site.removesuffix("基地")  # 打造高端装备制造基地: 高端装备制造
    if not 2 <= len(industry) <= 10 or any(c in industry for c in NOT_ONE):
        return ""
    return industry + INDUSTRY_HEAD + base
