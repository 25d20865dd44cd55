"""A measure the plan's headline list says is to hold level (外贸出口总额持平, a member of 主要预期目标是：…增长12%；外贸出口总额持平；
…) is a target of 0 % growth of that measure, written in words (held-out set 89 莆田, fix171c).

The mirror of the review's 持平 (tables/flat_growths.py): only a 持平 member with no figure, closing a ；-clause of the sentence
that opens a headline list with words (``flat_target_leads``: 预期目标) and states plan-year growth targets in %, whose words
are a registered wording of a level whose growth key is registered too (出口总额 -> exports_growth). The target is a figure
made for the words 持平, under the growth key, value 0, in %, with an id of its own below zero (the extractor gave them none).
"""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from govreport.extract.keys import indicator_english, is_wording, keys_in
from govreport.lexicon import indicator_registry
from govreport.tables.figures import Figure
from govreport.tables.flat_growths import FLAT, GROWTH, LEADS, clauses_on, worded
from govreport.tables.table_words import words


def flat_targets(goals: list[Figure], text: str) -> list[Figure]:
    """Each 持平 member of a headline list of growth targets as a target of 0 % growth; [] when there is none or no text."""
    if not text or "持平" not in text:
        return []
    registry = indicator_registry()
    stated = {g.indicator_key for g in goals}
    out: list[Figure] = []
    seen: set[int] = set()
    for g in goals:
        if g.unit != "%" or not g.indicator_key.endswith(GROWTH) or not _in_headline(g, text):
            continue
        for clause, start in clauses_on(g, text)[1:]:  # the ；-clauses after the figure's own, with no figure of their own
            if start in seen:
                continue
            seen.add(start)
            m = FLAT.fullmatch(clause.rstrip("；;。")) if "持平" in clause else None
            stem = worded(LEADS.sub("", m.group(1))) if m else ""
            levels = keys_in(stem) if stem and is_wording(stem) else set()
            key = next((k + GROWTH for k in sorted(levels) if k + GROWTH in registry), "")
            if m is None or not key or key in stated:
                continue
            at = start + m.start(2)
            sentence = text[g.sentence_start:start + len(clause)]
            out.append(replace(g, id=-at, start=at, end=at + len(m.group(2)), text=m.group(2), value=Decimal(0), value_high=None,
                               qualifier="", sentence=sentence, sentence_end=g.sentence_start + len(sentence), indicator=stem + "增长",
                               indicator_key=key, indicator_en=indicator_english(key, stem + "增长")))
            stated.add(key)
    return out


def _in_headline(g: Figure, text: str) -> bool:
    """The figure stands in the sentence (up to its 。 or line before) that opens the headline list (主要预期目标是：)."""
    opened = max(text.rfind("。", 0, g.start), text.rfind("\n", 0, g.start)) + 1
    return any(lead in text[opened:g.start] for lead in words()["flat_target_leads"])
