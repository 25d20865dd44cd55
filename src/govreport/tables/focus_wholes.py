"""The whole a focus verb (聚焦, 围绕) names before a count of its parts, read for its noun (worked_sets.works_on_a_set):
a 的-attribute's verbs describe the whole and a 特别是 lead points at the part dwelt on, so neither is the clause's own
action (围绕全市重点发展和培育的七大产业方向25个细分领域, 围绕“八个方面”特别是“12+4”重点产业链上70个断点: fields worked
within, no amount to produce; held-out set 92 锦州, 鞍山, fix175d)."""
from __future__ import annotations

import re

from govreport.tables.figures import words

QUOTED = re.compile(r"“([^“”]*)”")
HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


def focus_noun(whole: str) -> str:
    """``whole`` (what stands between the focus verb and the count) from the last part lead on (``focus_part_leads``:
    特别是), a quoted name as its words (“四化”) or left out when it holds other signs (“12+4”), and from its last 的 on."""
    for lead in words()["focus_part_leads"]:
        at = whole.rfind(lead)
        whole = whole[at + len(lead):] if at >= 0 else whole
    whole = QUOTED.sub(lambda m: m.group(1) if HAN_RUN.fullmatch(m.group(1)) else "", whole)
    return whole[whole.rfind("的") + 1:]
