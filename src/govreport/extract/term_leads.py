"""How a five-year recap announces that the paragraphs after it are the term's (extract/scopes.py _lead_term_starts):
a lead line (五年来，我们重点抓了以下八个方面工作。) or a multi-year cue opening a sentence, a verb before it allowed
(回顾过去五年，全市经济社会发展取得丰硕成果。 then ——highlights). Figures there are totals over the term, not the
review year's flows (held-out set 79, fix158b). Words: data/term_scopes.json (work_leads, cue_verbs)."""
from __future__ import annotations

import re
from functools import cache

from govreport.lexicon import read_json


@cache
def work_lead() -> re.Pattern[str]:
    """五年来主要做了以下工作。 / …重点抓了以下八个方面工作。: a lead line; the paragraphs after it are the term's."""
    return re.compile(read_json("term_scopes.json")["work_leads"])


@cache
def _cue_verbs() -> tuple[str, ...]:
    return tuple(read_json("term_scopes.json")["cue_verbs"])


def cue_opens_sentence(body: str, multi: re.Pattern[str]) -> bool:
    """A multi-year cue with its comma opens a sentence of the paragraph (…胜利收官。五年来，我们… / 回顾过去五年，…): the
    dashed highlight paragraphs right after it are that term's results, totals over five years, no one-year baseline."""
    verbs = _cue_verbs()
    for m in multi.finditer(body):
        if not body.startswith(("，", ","), m.end()):
            continue
        at = next((m.start() - len(v) for v in verbs if body.endswith(v, 0, m.start())), m.start())
        if at == 0 or body[at - 1] in "。！!":
            return True
    return False
