"""Nouns of counts listed before one head they share (held-out set 82, fix162e).

A run of counts each with its own class label before one noun (3个220千伏、4个110千伏输变电项目) counts that noun in
each class: 220千伏输变电项目, 110千伏输变电项目 (not the member before a 和 in front of the run, nor the head alone).
Two counts of places joined by 和 or 、 before a head that ends the clause (6个县城和9个重点镇供水工程建设, 100个乡镇、
100个农村经销店) count that head in each place: 县城供水工程建设, 乡镇经销店 (not the towns). The place words are
data/name_words.csv kind ``paired_place``; the rating units are those of kind power or voltage in data/units.csv."""
from __future__ import annotations

import re
from functools import cache
from typing import Callable

from govreport.extract.name_forms import rating
from govreport.lexicon import name_words, trie_pattern

HEAD_MOST = 8  # a head written once after the last member is short; a longer run is a clause
PACE_KINDS = ("push_adverb", "pace", "speed_adverb")  # name_words.csv kinds of how fast things go (加快, 提速提效)


@cache
def _rated_run() -> re.Pattern[str]:
    """A label, then one or more 、-listed counts with their own label (220千伏、4个110千伏), right before a noun."""
    return re.compile(f"({rating()})(?:、[\\d.]+[\u4e00-\u9fff]{rating()})+(?=[\u4e00-\u9fff])")


@cache
def _rated_before() -> re.Pattern[str]:
    """The end of a 、 list member with a label (3个220千伏、) before a count, read backward from the label after it."""
    return re.compile(f"[\\d.]+[\u4e00-\u9fff]{rating()}、[\\d.]+[\u4e00-\u9fff]$")


def rated_list_noun(scan: str, end: int, noun_at: Callable[[int], str]) -> str:
    """The labelled noun of a count in a 、 list of labelled counts sharing one noun ('' when the count is in none):
    3个|220千伏、4个110千伏输变电项目 -> 220千伏输变电项目; 3个220千伏、4个|110千伏输变电项目 -> 110千伏输变电项目."""
    if not scan[end:end + 1].isdigit():
        return ""
    run = _rated_run().match(scan, end)
    if run is not None:
        head = noun_at(run.end())
        return run.group(1) + head if head else ""
    label = re.compile(rating()).match(scan, end)
    if label is None or _rated_before().search(scan, max(0, end - 24), end) is None:
        return ""
    head = noun_at(label.end())
    return label.group() + head if head else ""


@cache
def _place_pair() -> re.Pattern[str]:
    places = trie_pattern(list(name_words("paired_place")))
    return re.compile(f"[和、][\\d.]+[\u4e00-\u9fff]?(?:{places})([\u4e00-\u9fff]{{2,{HEAD_MOST}}})(?=[，,。；;])")


def place_pair_head(scan: str, at: int, noun: str) -> str:
    """The head a counted place shares with the counted place after 和 or 、 that ends the clause
    (完成6个县城和9个重点镇供水工程建设: 供水工程建设; '' otherwise: 5个乡镇和8个村, 3个示范村和5个重点村, and a pace
    said of the places: 5个县城和32个中心镇城镇化建设加快)."""
    if noun not in name_words("paired_place"):
        return ""
    m = _place_pair().match(scan, at)
    if m is None or any(w in m.group(1) for kind in PACE_KINDS for w in name_words(kind)):
        return ""  # 5个县城和32个中心镇城镇化建设加快: what the places do, said of them, is no head they share
    return m.group(1)
