"""A target whose name phrase borrowed a list neighbour's words, matched by its own words (audit 42 CZ47).

A short phrase borrows the segment before it (``figures.name_phrase``): 新建改造高标准农田19.7万亩，新增水浇地6.49万亩 gives
新增水浇地 the phrase 改造高标准农田|水浇地, and the review's 新建水浇地4.35万亩、高标准农田28.95万亩 then finds 高标准农田
the most alike wording — the neighbour's measure, refused — while 水浇地 scores below the bar. Where no baseline was found, the
one review figure (same unit group and form, plausible, the same kind of thing, no other key) whose whole phrase, of at least
``MIN_OWN`` characters and no generic word, stands in the target's own list member is its baseline
(docs/assumptions.md#baseline-matching).
"""
from __future__ import annotations

from typing import Final

from govreport.tables.baselines import BaselineIndex, Match, _form, plausible
from govreport.tables.figures import Figure, PhraseBook, generic_bigrams
from govreport.tables.likeness import other_keys
from govreport.tables.measures import stock_for_a_flow

MIN_OWN: Final = 3  # 水浇地: a noun of its own, not 企业
PIECES: Final = "|"


def own_words_match(target: Figure, index: BaselineIndex, phrase_of: PhraseBook) -> Match | None:
    """The review figure the target's own words name where its phrase borrowed a neighbour's, or None."""
    phrase = phrase_of(target)
    if PIECES not in phrase:
        return None
    like = index.likeness
    own, _ = like.member(target)
    if len(own) < MIN_OWN or phrase.split(PIECES, 1)[0] in own:  # (its phrase borrowed nothing)
        return None
    form = _form(target)
    found = []
    for a in index.alike(target, own):
        words = phrase_of(a)
        if (len(words) >= MIN_OWN and PIECES not in words and words in own and words not in generic_bigrams()
                and _form(a) == form and a.id not in index.average
                and not other_keys(target, a)
                and plausible(target, a) and not stock_for_a_flow(target, a) and like.same_thing(target, a)):
            found.append((a, words))
    if len(found) != 1:
        return None
    fig, words = found[0]
    return Match(fig, "same", 1.0, f"the target's own words '{own}' name '{words}' ({fig.text}); its phrase borrowed a list "
                 "neighbour's", fig.year)
