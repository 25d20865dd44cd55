"""A measure the review says held level (固定资产投资与上年持平) is that measure's growth of 0 % (spot 40, round fix100c).

In a low-growth year a review's list of growth rates may state one member with no figure: 规模以上工业增加值增长5.1%左右、
固定资产投资与上年持平、社会消费品零售总额增长7.3%左右. Only for a target of a growth key (data/indicators.csv ``*_growth``) that
found no review figure of its key: a 持平 (after 与上年(度), 与去年, 同比, 较上年 or 比上年, with 基本 or not) closing a list member or a
clause whose words are a wording of that key's level or of the growth key (an amount word 额 after it left out: 固定资产投资额与上年持平,
held-out set 86), in a review sentence that states a rate in %
too. The baseline is a figure made for the words it cites: their offsets and text (与上年持平), value 0, in %, and an id
of its own below zero (the extractor gave the words no figure). A clause that is only 与去年持平 right after the review's level
figure of the key (社会消费品零售总额296亿元，与去年持平: held-out set 57) is that level held, a growth of 0, though no % is stated.
"""
from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from typing import Final

from govreport.extract.keys import is_wording, keys_in
from govreport.tables.figures import Figure
from govreport.tables.table_words import words

GROWTH: Final = "_growth"
# a member or clause closed by 持平: (its words)(the comparison and 持平)
FLAT: Final = re.compile(r"(?:^|[，,、；;：:])([^，,、；;。：:\d%]{2,20}?)((?:与上年度|与上年|与去年|同比|较上年|比上年)?(?:基本)?持平)(?=[，,、；;。]|$)")
# a clause that is only the comparison and 持平, right after a level figure (社会消费品零售总额296亿元，与去年持平)
FLAT_AFTER: Final = re.compile(r"^[，,]((?:与上年度|与上年|与去年|同比|较上年|比上年)(?:基本)?持平)(?=[，,、；;。]|$)")
SEMICOLONS: Final = ("；", ";")  # what ends a clause the extractor cut as a sentence of its own
CLAUSE: Final = re.compile(r"[^；;。\n]{1,40}[；;。]")  # the next clause of the sentence, up to its own end
MAX_CLAUSES_ON: Final = 3  # how many clauses after a figure's are read: a headline list, not the paragraph
LEADS: Final = re.compile(r"^(?:全[市州县区省盟旗]|预计|其中)+")  # words opening a member that name no measure


def flat_growth(target: Figure, review: list[Figure], text: str = "") -> Figure | None:
    """The review's 持平 of the target's growth key as a growth of 0; None if it states none. ``text`` (the report's, where
    given) holds the ；-clauses after a figure's up to the sentence's end, which hold no figure of their own."""
    key = target.indicator_key
    if not key.endswith(GROWTH) or target.unit != "%":
        return None
    keys = {key, key[:-len(GROWTH)]}
    if (after := level_held(target, review)) is not None:
        return after
    seen: set[int] = set()
    for a in review:
        if a.unit != "%":
            continue
        for sentence, start in clauses_on(a, text):
            if start in seen or "持平" not in sentence:
                continue
            seen.add(start)
            for m in FLAT.finditer(sentence):
                stem = worded(LEADS.sub("", m.group(1)))
                if stem and is_wording(stem) and keys_in(stem) & keys:
                    return _zero_growth(a, start + m.start(2), m.group(2), stem + "增长", target, text[a.sentence_start:start + len(sentence)] if start != a.sentence_start else "")
    return None


def clauses_on(a: Figure, text: str) -> list[tuple[str, int]]:
    """The figure's sentence and its offset, then the ；-clauses of ``text`` after it up to the sentence's end (。), each with
    its offset: a clause with no figure (固定资产投资额与上年持平；) is no sentence of a figure (held-out set 86 莆田 row 4)."""
    out = [(a.sentence, a.sentence_start)]
    if not text or text[a.sentence_start:a.sentence_end] != a.sentence:
        return out
    at = a.sentence_end
    while out[-1][0].endswith(SEMICOLONS) and len(out) <= MAX_CLAUSES_ON and (m := CLAUSE.match(text, at)):
        out.append((m.group(), at))
        at = m.end()
    return out


def worded(stem: str) -> str:
    """``stem`` less an amount word at its end (data/tables_words.json flat_amount_tails: 固定资产投资额 -> 固定资产投资) where
    only that keeps it from being a registered wording; else ``stem`` as it is."""
    if is_wording(stem):
        return stem
    tail = next((w for w in words()["flat_amount_tails"] if stem.endswith(w)), "")
    return stem[:-len(tail)] if tail and is_wording(stem[:-len(tail)]) else stem


def level_held(target: Figure, review: list[Figure]) -> Figure | None:
    """The review's level figure of the target's growth key closed by a clause that is only 与去年持平 (社会消费品零售总额296亿元，
    与去年持平: held-out set 57 天水 row 3): the level held, a growth of 0, though no % is stated; None if none."""
    level = target.indicator_key[:-len(GROWTH)]
    for a in review:
        if a.indicator_key != level or a.unit == "%" or a.kind == "change":
            continue
        m = FLAT_AFTER.match(a.sentence[a.end - a.sentence_start:])
        if m:
            return _zero_growth(a, a.end + m.start(1), m.group(1), a.indicator + "增长", target)
    return None


def _zero_growth(a: Figure, start: int, text: str, indicator: str, target: Figure, sentence: str = "") -> Figure:
    """A growth of 0 in % made for the words ``text`` (与上年持平) at ``start`` in review figure ``a``'s sentence (or in
    ``sentence``: that sentence with the clauses after it up to the words), under the target's key, with an id of its own below
    zero (the extractor gave the words no figure)."""
    sentence = sentence or a.sentence
    return replace(a, id=-start, start=start, end=start + len(text), text=text, value=Decimal(0), value_high=None, qualifier="",
                   sentence=sentence, sentence_end=a.sentence_start + len(sentence),
                   unit="%", indicator=indicator, indicator_key=target.indicator_key, indicator_en=target.indicator_en,
                   direction="increase", kind="change")
