"""A count per period shorter than the year (全市饮用水水源地每季度开展1次水质监测, held-out set 69 中山 row 37): 每<period>
(data/name_words.csv ``per_period``: 每季度, 每月, 每周) in the figure's own clause makes the count a frequency, once a
quarter, not the year's total, so the name keeps the period (每季度水质监测次数). 每年 is left out: a count per year is the
plan year's own."""
from __future__ import annotations

from govreport.extract.each_place import clause_opening
from govreport.lexicon import name_words, unit_field


def per_period(name: str, scan: str, s_start: int, t_start: int, unit: str) -> str:
    """``name`` with the last 每<period> of the figure's own clause put first, for a count of times (data/name_words.csv
    ``frequency_measure``: 次数, 场次, 期数 of units.csv); ``name`` otherwise."""
    if not name or unit_field(unit, "measure") not in name_words("frequency_measure"):  # (每周开展34类…检测: kinds, not times)
        return name
    opened = clause_opening(scan, s_start, t_start)
    own = scan[opened:t_start]
    if "每" not in own:
        return name
    found = max(((own.rfind(w), w) for w in name_words("per_period")), default=(-1, ""))
    if found[0] < 0 or found[1] in name or any(c.isdigit() for c in own[found[0]:]):
        return name
    return found[1] + name
