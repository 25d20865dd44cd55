"""A part of the place (a 新区 or 园区) a sentence opens with as its topic — 把临江新区作为制造业发展“主战场”，…，大力实施…等86个
重点产业项目，确保…等20个产业项目建成投产，力争地区生产总值增长16%以上 (audit 41 NC54–NC56): every figure after it is that
part's, so its name opens with the part (临江新区产业项目建成投产数). Only 把 + the part + 作为 in the sentence's first or
second clause is read (a lead phrase 聚焦…定位， may come first); not 高新区, a class of zones rather than one part of the place,
and not a figure whose name names a whole place (全市) or the part already. The baselines keep such a goal off the city's
figures for themselves (tables/baseline_scope.py, data/baseline_scopes.json sentence_areas)."""
from __future__ import annotations

import re
from typing import Final

AREA_TOPIC: Final = re.compile(r"(?:[^，,。；;：:\n]{1,20}[，,])?把(?P<area>[\u4e00-\u9fff]{2,6}?(?<!高)(?:新区|园区))作为[^，,。；;]{2,20}[，,]")
WHOLE_PLACES: Final = ("全市", "全区", "全县", "全州", "全省", "全国")


def area_topic(scan: str, s_start: int, t_start: int, name: str) -> str:
    """``name`` opened by the part of the place its sentence (from ``s_start``) takes as topic before the figure at ``t_start``
    (``AREA_TOPIC``); ``name`` itself for most figures (the gate: 作为 before the figure in its sentence)."""
    if not name or scan.find("作为", s_start, t_start) < 0 or (m := AREA_TOPIC.match(scan, s_start, t_start)) is None:
        return name
    area = m.group("area")
    return name if area in name or any(w in name for w in WHOLE_PLACES) else area + name
