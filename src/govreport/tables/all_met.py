"""A count of sites the review says all met the standard (21个国考省考断面水质全部达标) is the baseline of a target of the same
sites' rate of meeting it at 100 % (国考省考断面和水源地水质达标率均达100%): the rate stood at 100 % last year, the goal holds it
(met_already; held-out set 60, fix131b: 铁岭 row 43).

Only for a target in % of 100 whose name ends with a rate-of-meeting word (tables_words.json ``met_rate_words``: 达标率) that
found no review figure of its key: a review count (not in %) whose clause after it is the sites named and an all-met word
(``all_met_words``: 全部达标) and nothing else, where the target's stem (its name less the rate word) and the review's sites are
one written inside the other (国考省考断面 in 国考省考断面水质), at least ``met_stem_min_chars`` characters; a stem that only
overlaps (水源地水质 and 国考省考断面水质) names other sites. The baseline is a figure made for the all-met words: their
offsets and text (全部达标), value 100, in %, under the target's key, with an id of its own below zero.
"""
from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from typing import Final

from govreport.tables.figures import Figure, words

CLAUSE_END: Final = re.compile(r"[，,、；;。：:（(]")


def all_met(target: Figure, review: list[Figure]) -> Figure | None:
    """The review's count of the target's sites that all met the standard, as a rate of 100 %; None if it states none."""
    w = words()
    rate = next((r for r in w["met_rate_words"] if target.indicator.endswith(r)), "")
    if not rate or target.unit != "%" or target.value != 100:
        return None
    stem = target.indicator[:-len(rate)]
    for a in review:
        if a.unit in ("%", "") or a.value is None:
            continue
        after = a.sentence[a.end - a.sentence_start:]
        clause = after[:m.start()] if (m := CLAUSE_END.search(after)) else after
        met = next((x for x in w["all_met_words"] if clause.endswith(x)), "")
        sites = clause[:-len(met)] if met else ""
        if sites and _same_sites(stem, sites, int(w["met_stem_min_chars"])):
            start = a.end + len(sites)
            return replace(a, id=-start, start=start, end=start + len(met), text=met, value=Decimal(100), value_high=None, qualifier="",
                           unit="%", indicator=sites + rate, indicator_key=target.indicator_key, kind=target.kind, direction=target.direction)
    return None


def _same_sites(stem: str, sites: str, least: int) -> bool:
    """The target's stem and the review's sites written one inside the other, the shorter at least ``least`` characters."""
    short, long = sorted((stem, sites), key=len)
    return len(short) >= least and short in long
