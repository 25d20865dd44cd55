"""Scopes named at the head of a figure's words, which keep a review figure of another scope from being its baseline
(held-out set 85 崇左 rows 17, 26, fix166b; ``tables_words.json`` other_state_words).

力争“411”特色产业体系规模以上工业总产值增长18%: a quoted code name (with a digit: “411”, “3+4”) right before the measure
scopes the figure to that set of industries, so the city's 规模以上工业总产值增长21.6% does not measure it. And a review
sentence that opens on one named park (凭祥产业园承接东部转移项目48个，…，园区规模以上工业总产值增长39.6%) calls that park
by a bare 园区 later on: the figure is the park's, not all parks' (力争园区规模以上工业总产值增长20%).
"""
from __future__ import annotations

import re
from functools import cache
from typing import Any

from govreport.lexicon import holds_verb
from govreport.tables.figures import Figure
from govreport.tables.table_words import words

CODE_NAME = re.compile(r"“([^“”]{0,6}\d[^“”]{0,6})”(?=[^“”]*$)")  # the clause's last quoted name, with a digit: “411”, “3+4”
CLAUSE_MARKS = re.compile(r"[，,；;：:]")
PARK_NAME = re.compile(r"[\u4e00-\u9fff]{2,6}")  # a park's own name before its park word
MEASURE_GAP = re.compile(r"^[\u4e00-\u9fff]{2,24}$")  # the measure's words between the code name's noun and the figure


@cache
def _words() -> dict[str, Any]:
    found: dict[str, Any] = words()["other_state_words"]
    return found


def code_named_scope(target: Figure, fig: Figure) -> bool:
    """The target's clause names a code-named set right before its measure (“411”特色产业体系规模以上工业总产值增长) and
    ``fig``'s sentence does not name the code: another scope."""
    clause = target.clause_before
    found = CODE_NAME.search(clause)
    if found is None or not MEASURE_GAP.match(clause[found.end():]):
        return False
    return found.group(1) not in fig.sentence + fig.indicator


def _opening_park(sentence: str) -> bool:
    """The sentence's opening clause opens on one named park (凭祥产业园承接…), not on the whole place or each park."""
    cut = CLAUSE_MARKS.search(sentence)
    opening = sentence[:cut.start()] if cut else sentence
    w = _words()
    if opening.startswith(tuple(w["whole_place_openers"])):
        return False
    found = [at for e in w["named_park_ends"] if (at := opening.find(e)) >= 0]
    if not found:
        return False
    name = opening[:min(found)]  # the park's own name, the sentence's subject (凭祥; not 产业园区提质增效, 深入推进“五好园区”建设)
    return PARK_NAME.fullmatch(name) is not None and not holds_verb(name)


def one_park_for_all(target: Figure, fig: Figure) -> bool:
    """``fig`` is named by a bare park word (园区…) in a sentence that opens on one named park, and the target is named by the
    same bare word (all parks): that park's figure, no baseline of all parks'."""
    bare = next((b for b in _words()["bare_parks"] if target.indicator.startswith(b)), "")
    if not bare or not fig.indicator.startswith(bare) or fig.indicator == fig.sentence[:len(fig.indicator)]:
        return False
    own_start = max((m.end() for m in CLAUSE_MARKS.finditer(fig.before)), default=0)
    return own_start > 0 and _opening_park(fig.sentence)
