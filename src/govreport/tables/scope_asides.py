"""Words in a name's scope that say neither which things nor where (tables/name_agreement.py ``scope_of``, spot audit 37).

向社会提供公共停车位: 向X提供 names who the things are for; X is the scope a name without the verb carries
(建成社会公共停车位 is the same measure), so the frame (``tables_words.json:scope_recipient_frames``) is dropped and X kept.
城市（县城）生活污水处理率: a bracket in a scope gives another name for the same level beside the word before it
(县城 beside 城市), not a narrower set; the bracket is dropped, closed or cut open by the scope's end (城市(县城).
行政村 and 村: one scope written two ways (``tables_words.json:scope_forms``), read as the short form (spot audit 38).
"""
from __future__ import annotations

import re
from functools import cache

from govreport.tables.table_words import words


@cache
def _recipient() -> re.Pattern[str]:
    frames = words()["scope_recipient_frames"]
    return re.compile("|".join(f"^{re.escape(lead)}(.+?){re.escape(verb)}$" for lead, verb in frames))


def without_asides(scope: str | None) -> str | None:
    """``scope`` less a recipient frame round it and a bracketed aside in it (None stays None)."""
    if not scope:
        return scope
    bare = re.sub(r"[(（][^()（）]*(?:[)）]|$)", "", scope)
    for long, short in words()["scope_forms"].items():
        bare = bare.replace(long, short)
    m = _recipient().match(bare)
    return next((g for g in m.groups() if g), bare) if m else bare
