"""Review figures no level target is measured against (audit 40 LY #49, #50, fix49b): a threshold of a class that is
counted (工业产值过500亿元的县达到5个: the counties passing 50 billion, no county's or city's output), and for a target of one
place of a 、 list of places (莒南县、沂水县工业产值力争“过千亿”), any figure that does not name that place in its own clause
or name (规上工业总产值突破8000亿元 is the city's, not 莒南县's) (docs/assumptions.md#baseline-matching)."""
from __future__ import annotations

import re
from typing import Final

from govreport.tables.figures import Figure
from govreport.tables.measures import RATE_UNITS
from govreport.tables.place_members import place_of

OVER_BEFORE: Final = re.compile(r"(?:过|超过|超|逾|突破)$")  # 工业产值过500亿元的县
# after the amount: (以上)的 + the class's noun, then its count (的县达到5个, 以上的村496个, 的村占比75%), or 的 + a count ending
# its clause (其中过50亿元的6家); not 的100个标志性项目 (a set's total) nor 的省会城市 (the place itself passed it)
COUNTED_CLASS: Final = re.compile(r"的(?:[\u4e00-\u9fff]{1,8}?(?:占比达到|占比达|占比|达到|超过|达|超|占|为|有|共)?(?:约|近)?\d"
                                  r"|\d[\d.]*[个家项所村户](?=[，,；;。]|$))")
ABOVE: Final = ("及以上", "以上")


def counted_class(fig: Figure) -> bool:
    """The figure is the threshold of a class the sentence then counts (工业产值过500亿元的县达到5个, 村集体年收入20万元以上的村
    达到79个): it qualifies the noun after 的 and measures nothing of its own (not a rate: 80%以上的村 is the share)."""
    if fig.unit in RATE_UNITS or not fig.unit:
        return False
    at = fig.rel_end
    sentence = fig.sentence
    above = next((w for w in ABOVE if sentence.startswith(w, at)), "")
    if not above and not OVER_BEFORE.search(fig.clause_before):
        return False
    return COUNTED_CLASS.match(sentence, at + len(above)) is not None


def other_place(target: Figure, baseline: Figure) -> str:
    """The place of a 、 list of places the target is for (莒南县工业产值 of 莒南县、沂水县工业产值力争“过千亿”) where the review
    figure names it neither in its name nor in its own clause; '' otherwise."""
    place = place_of(target)
    if not place:
        return ""
    stem = place[:-1] if len(place) > 2 else place  # 莒南 of 莒南县 (the review may write the county without 县)
    return "" if stem in baseline.indicator or stem in baseline.clause_before else place
