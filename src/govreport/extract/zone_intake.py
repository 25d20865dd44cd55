"""A zone's intake named with the zone (audit 54 广安, 滁州): a sentence that opens with a park or zone — its whole opening
clause after a lead verb (提档升级南浔·广安东西部协作产业园，新引进落户企业5个以上; 提速提效顶山—汊河、浦口—南谯新型功能区建设，…，
确保新签约亿元以上项目超50个) or the subject right before an intake verb (岳池生产基地新开工…6个以上，竣工…项目10个以上) — is about
that zone, and a later count of projects or firms it takes in (an intake verb, an intake noun) is the zone's, not the city's.
Only the sentence's opening counts: a zone named in a later clause (力争纳入省级开发区管理) is no subject, and nothing crosses a 。.
Word lists: data/name_subjects.json (``zone_intake_verbs``, ``zone_intake_nouns``, ``zone_open_leads``, ``zone_ends``,
``zone_open_tails``)."""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from govreport.lexicon import name_subjects, trie_pattern
from govreport.report.chars import Prefixes

BUILD = "建设"  # the work a lead verb may take before the zone (加快建设…产业园)
ZONE_BODY = r"[\u4e00-\u9fff·—、]{0,20}?"  # a zone's name: words, a middle dot and a dash (顶山—汊河、浦口—南谯新型功能区)


@cache
def _opening() -> re.Pattern[str]:
    """The sentence's opening: a lead verb, a zone and its light tail filling the first clause, or a zone right before an intake verb."""
    words = name_subjects()
    leads, ends, tails, verbs = (trie_pattern(words[k]) for k in ("zone_open_leads", "zone_ends", "zone_open_tails", "zone_intake_verbs"))
    return re.compile(rf"(?:{leads})({ZONE_BODY}(?:{ends}))(?:{tails})?[，,；;]|({ZONE_BODY}(?:{ends}))(?={verbs})")


_INTAKE: Final[list[tuple[Prefixes, tuple[str, ...]]]] = []  # made once, asked for every figure (no functools.cache call)


def _intake() -> tuple[Prefixes, tuple[str, ...]]:
    """The intake verbs (as ``Prefixes``: a name opens with one of them) and the intake nouns."""
    if not _INTAKE:
        words = name_subjects()
        _INTAKE.append((Prefixes(words["zone_intake_verbs"]), tuple(words["zone_intake_nouns"])))
    return _INTAKE[0]


def zone_of_intake(scan: str, sentence_start: int, figure_start: int, base: str) -> str:
    """``base`` with the zone its sentence opens with before it, when ``base`` is an intake (opens with an intake verb, holds an
    intake noun), names no zone, and the figure stands after that opening; else ``base``."""
    verbs, nouns = _intake()
    if not verbs.opens(base) or not any(n in base for n in nouns):
        return base
    m = _opening().match(scan, sentence_start, figure_start)
    zone = ((m.group(1) or m.group(2)) if m else "").removeprefix(BUILD)  # 加快建设数字经济产业园: the park, not its building
    if not zone or m is None or m.end() > figure_start or any(e in base for e in name_subjects()["zone_ends"]):
        return base
    return zone + base
