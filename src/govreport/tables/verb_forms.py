"""Words that hold an output verb but are no verb (突破性发展: 突破 as an adjective), cut from a clause before it is
searched for output verbs, so that a named set after them is still read as a set the plan works on (audit 53 xiaogan
row 7: 突破性发展光电子信息、…等4个主导产业)."""
from __future__ import annotations

from govreport.tables.figures import words


def without_adjective_forms(text: str) -> str:
    """``text`` without the adjectives of ``tables_words.json:verb_adjective_forms`` (突破性, 创新性)."""
    for form in words()["verb_adjective_forms"]:
        text = text.replace(form, "")
    return text
