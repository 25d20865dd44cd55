"""Which of a change stated on two bases is a plain goal's baseline (audit 44 儋州 G9, fix108b).

A review may give one change twice: adjusted (地方一般公共预算收入60.2亿元，扣除留抵退税因素后增长15.4%) and on the
natural basis (按自然口径计算增长2.1%). A plain goal (一般公共预算收入增长10%) is like for like with the unadjusted
figure; the adjusted one is its baseline only where the review states no other, or the goal is adjusted too.
"""
from __future__ import annotations

from govreport.lexicon import name_subjects
from govreport.tables.figures import Figure


def _adjusted(clause: str) -> bool:
    """Whether ``clause`` (a figure's words before it) adjusts the figure (扣除留抵退税因素后, 剔除…影响)."""
    return any(word in clause for word in name_subjects()["bracket_adjust_words"])


def unadjusted_first(target: Figure, keyed: list[Figure]) -> list[Figure]:
    """``keyed`` less the adjusted figures of a sentence that states the same change unadjusted too, for a target
    not itself adjusted; else ``keyed``."""
    if _adjusted(target.clause_before):
        return keyed
    plain = {a.sentence_start for a in keyed if not _adjusted(a.clause_before)}
    return [a for a in keyed if not (_adjusted(a.clause_before) and a.sentence_start in plain)]
