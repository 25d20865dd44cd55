"""Where counted things enter (held-out audit 39b, 盘锦 row 35): a count of projects or firms that move in (data/name_words.csv
``entry_count``: 新进驻项目, 入驻企业) after a clause with no figure that works on a park or a like area (kind ``entry_place``:
产业园, 园区, 基地) counts what enters that area — 支持光学电子供应链产业园建设，新进驻项目6个 -> 光学电子供应链产业园新进驻项目数.
The clause's opening work (adverbs, verbs, kind ``entity_lead`` such as 支持), its examples before 等 and a closing 建设 are left
out; an area of more than ``PLACE_MAX`` characters, or one that lists several (、), names none. A register is such an area too:
建立…等高成长科技企业培育库，入库企业达到50家 -> 高成长科技企业培育库入库企业数 (set 92 锦州 row 7)."""
from __future__ import annotations

from functools import cache
from typing import Final

from govreport.extract.verb_examples import examples_dropped
from govreport.lexicon import longest_first, name_words, verbs

CLAUSE_MARKS: Final = "，,"
PLACE_MAX: Final = 14  # a park's name (光学电子供应链产业园); a longer one is a clause
WORK_END: Final = "建设"  # 支持…产业园建设: the work on the park, no part of its name


@cache
def _openers() -> tuple[str, ...]:
    """The adverbs and verbs a clause's work on its area opens with (建立 of a register too: kind ``chain_verb``), longest first."""
    return tuple(sorted({*name_words("push_adverb"), *name_words("entity_lead"), *name_words("chain_verb"), *verbs()}, key=longest_first))


def _area_before(scan: str, sentence_start: int, lo: int) -> str:
    """The area the clause right before the figure's (from ``lo``) works on, '' if that clause states a figure or names no area."""
    if lo <= sentence_start or scan[lo - 1] not in CLAUSE_MARKS:
        return ""
    at = max(scan.rfind(c, sentence_start, lo - 1) for c in CLAUSE_MARKS) + 1
    clause = scan[max(at, sentence_start):lo - 1]
    if any(c.isdigit() for c in clause) or "、" in clause:
        return ""
    clause, changed = examples_dropped(clause), True  # 建立“爆品”…等高成长科技企业培育库: the register, not its examples
    while changed:
        lead = next((w for w in _openers() if clause.startswith(w) and len(clause) - len(w) >= 4), "")
        clause, changed = clause[len(lead):], bool(lead)
    clause = clause.removesuffix(WORK_END)
    return clause if len(clause) <= PLACE_MAX and clause.endswith(name_words("entry_place")) else ""


def entered_place(name: str, scan: str, sentence_start: int, lo: int, start: int) -> str:
    """``name`` of a count at ``start`` (its clause from ``lo``) of things entering, with the area the clause before names; ``name``
    otherwise."""
    if not name.startswith(name_words("entry_count")) or not scan.startswith(name_words("entry_count"), lo):
        return name
    area = _area_before(scan, sentence_start, lo)
    return area + name if area else name
