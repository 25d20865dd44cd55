"""A key's veto word that only says where people go (spot audit 37).

data/key_vetoes.csv keeps 高校毕业生就业 (graduates in work: a rate or a count of jobs) apart from the graduates
counted (引进高校毕业生1万人). Right after 来 / 留 / 回 and one character of a place's short name the same word says where
the people counted come or stay to work, not what is measured: 引进高校毕业生来营就业1万余人, 高校毕业生留潭来潭就业创业1.6万人
count graduates brought in or kept, as the target does. Such an occurrence vetoes nothing.
"""
from __future__ import annotations

from typing import Final

from govreport.report.chars import is_ideograph

TOWARD: Final = ("来", "留", "回")  # come to, stay in, return to (a place's one-character name follows)


def vetoes(name: str, word: str) -> bool:
    """``word`` in ``name`` other than right after 来X / 留X / 回X (X a place's one character: 来营就业, 留汉就业创业)."""
    if word.startswith("^"):
        return name.startswith(word[1:])  # (a veto only of a name it opens)
    start = name.find(word)
    while start >= 0:
        if not (start >= 2 and name[start - 2] in TOWARD and is_ideograph(name[start - 1])):
            return True
        start = name.find(word, start + 1)
    return False
