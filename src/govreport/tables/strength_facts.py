"""Figures of the strengths a plan says it builds on (fix122a, held-out set 54 韶关): at the start of the plan part a
report may weigh its situation (从自身发展看，我们拥有相对完备的制造业基础，…形成了涵盖30个行业大类的工业制造业体系。
我们拥有比较优势的要素供给，…市域建有大中专院校超30家，每年毕业学生近3万人), and a sentence that opens by saying what
the place has (``strength_openers``: 我们拥有, 我们具备) states facts, none of them a goal.
Word list: ``tables_words.json`` strength_openers."""
from __future__ import annotations

import re

from govreport.tables.figures import Figure, words

# a viewpoint frame opening the sentence (从自身发展看，/ 从外部环境来看，)
VIEWPOINT = re.compile(r"从[^，,。；;]{1,12}?来?看[，,]")


def states_a_strength(fig: Figure, text: str = "") -> bool:
    """The figure's full sentence (to the last 。 before it in ``text``: the figure's own may be one part of a sentence
    split at ；) opens, after a viewpoint frame at most, with a word saying what the place has: a fact."""
    head = fig.sentence
    if text and 0 < fig.sentence_start <= len(text):
        opened = max(text.rfind(c, 0, fig.sentence_start) for c in SENTENCE_ENDS) + 1
        head = text[opened:fig.sentence_start] + fig.sentence
    head = head.lstrip()
    if (m := VIEWPOINT.match(head)) is not None:
        head = head[m.end():]
    return head.startswith(tuple(words()["strength_openers"]))


SENTENCE_ENDS = ("。", "！", "？", "!", "?", "\n")
