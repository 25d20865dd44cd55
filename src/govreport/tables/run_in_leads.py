"""A figure's matching phrase with the industry a paragraph's run-in lead names (非常规天然气产业，…，力争产量突破35亿立方米):
the name takes the lead (非常规天然气产业产量) but the phrase, read from the figure's own clause, does not, so the review's
非常规天然气产量 shared no word with it (held-out 49 吕梁 G7)."""
from __future__ import annotations

import re
from typing import Final

RUN_IN_LEAD: Final = re.compile(r"\s*(?:\d+[.．、])?([\u4e00-\u9fff]{2,10}产业)[，,：:]")  # an industry's name alone opening the sentence


def with_run_in_lead(sentence: str, at: int, indicator: str, phrase: str) -> str:
    """``phrase`` of the figure at ``at`` in ``sentence`` led by the sentence's run-in industry (非常规天然气产业|…|产量) where
    the figure's name (``indicator``) opens with that industry and the phrase names no industry (产业规模 says it, matched
    as it is: 新材料产业，…产业规模突破1000亿元); ``phrase`` itself otherwise."""
    m = RUN_IN_LEAD.match(sentence)
    if m is None or m.end() > at:
        return phrase
    lead = m.group(1)
    if not indicator.startswith(lead) or lead[:-2] in phrase or lead[-2:] in phrase:  # (产业规模: the phrase names the industry)
        return phrase
    return lead + "|" + phrase if phrase else lead
