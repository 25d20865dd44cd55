"""The measure an aspect lead gives a list of places (audit 49, LB35).

着力支持县域园区加快发展，在规上工业增加值增长方面，力争兴宾区增长10％、象州县增长14.5％…: the lead 在X方面， (or 在X上，)
names what every member of the list after it measures; each member writes only its place and the bare change
(兴宾区增长), which says no measure. Such a name takes the lead's measure after its place (兴宾区规上工业增加值增长).
A name with words of its own after the place (兴宾区工业投资增长) keeps them; a lead whose measure does not end with the
member's change (在工业方面) gives its words before that change (兴宾区工业增长). One anchored pattern per figure.
"""
from __future__ import annotations

import re
from typing import Final

from govreport.lexicon import name_words
from govreport.report.chars import first_ending

ASPECT_LEAD: Final = re.compile(r"在([\u4e00-\u9fff]{2,12}?)(?:方面|上)[，,]")  # 在规上工业增加值增长方面，
PLACE_ENDS: Final = tuple("县区市州旗盟镇")  # a county-level or lower place the member names (金秀瑶族自治县)
PLACE_MOST = 8  # a place's name is short; a longer text before the change is a subject of its own


def aspect_measure(name: str, scan: str, s_start: int, t_start: int) -> str:
    """``name`` of a place and a bare change (兴宾区增长) under a lead 在X方面， earlier in its sentence: the place and
    the lead's measure X (兴宾区规上工业增加值增长); ``name`` otherwise."""
    change = first_ending(name, name_words("change"))
    place = name[:-len(change)] if change else ""
    if not (2 <= len(place) <= PLACE_MOST and place.endswith(PLACE_ENDS)) or "在" not in scan[s_start:t_start]:
        return name
    leads = list(ASPECT_LEAD.finditer(scan, s_start, t_start))
    if not leads or any(c in "；;。" for c in scan[leads[-1].end():t_start]):
        return name
    measure = leads[-1].group(1)
    if measure.endswith(change):
        return place + measure
    if leads[-1].group().endswith(("上，", "上,")) or any(measure.endswith(w) for w in name_words("change")):
        return name  # (在实体经济上，…: a manner, not a measure; 在…下降方面 with a member's 增长: another change)
    return place + measure + change
