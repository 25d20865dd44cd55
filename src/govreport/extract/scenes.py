"""What a sentence is about when its opening clause, with no figure, says only that it went ahead
(元大高速建设快速推进，完成…用地征迁782.34亩): the subject before those light words, which names
the figures after it (naming.SentenceNamer.scene)."""
from __future__ import annotations

import re
from functools import lru_cache

from govreport.extract.indicators import all_verbs
from govreport.extract.keys import registered_head
from govreport.extract.predicates import count_verb, verb_edges
from govreport.lexicon import clause_breaks, name_words

CLAUSE_BREAK_CHARS = frozenset(clause_breaks() + "\n")
NUMBER_CHAR = re.compile(r"[\d.,%]")
CAMPAIGN = ("行动", "工程", "计划", "战略", "振兴", "发展", "任务", "工作")  # 乡村振兴战略深入实施: a programme, not what its figures are of


LINKS = "和及与、"  # a subject never ends with a link


@lru_cache(maxsize=4096)
def scene_of(first: str) -> str:
    """SentenceNamer.scene from the sentence's opening clause ``first``: the subject before light
    words (元大高速建设|快速推进), '#' and the object after a verb (成功举办|首届…文化节), or ''.
    Memoised: a pure function of those few characters."""
    ends, starts = verb_edges()
    if not (8 <= len(first) <= 16 and (first[-1] in ends or first[0] in starts) and not NUMBER_CHAR.search(first)
            and CLAUSE_BREAK_CHARS.isdisjoint(first) and "“" not in first):
        return ""
    scene = ""
    if first.startswith(_work_verbs()) or first.startswith(name_words("title_verb")):
        return scene  # 深化小城市培育建设: a clause opening with a work verb works on a thing, no subject of its figures (audit 44); 争创…平台: a title sought (fix99d)
    at = next((i for i in range(4, len(first) - 3) if all_verbs(first[i:])), -1) if first[-1] in ends else -1
    if 0 < at <= 6 and not all_verbs(first[:2]) and registered_head(first[:at], 4) < 0 and not first[:at].endswith(CAMPAIGN) \
            and first[at - 1] not in LINKS:  # (生态保护和|修复深入实施: a cut inside a pair, no subject)
        scene = first[:at]
    held = next((m for i in range(5) if (m := count_verb(False).match(first, i)) and all_verbs(first[:i])),
                None) if at < 0 and first[0] in starts else None
    if held and len(first) - held.end() >= 4 and registered_head(first, 4) < 0:
        scene = "#" + first[held.end():]  # 成功举办首届…文化节: what a bare 接待游客 that follows is of
    return scene


@lru_cache(maxsize=1)
def _work_verbs() -> tuple[str, ...]:
    """The verbs that open a clause working on a thing (data/name_words.csv kind work_verb: 深化, 加强 …)."""
    return tuple(name_words("work_verb"))
