"""A bare 投入 or 投资 whose next clause says what the money does, with no project word to name (（8）投入300万元，在人员密集
公共场所配备自动体外除颤器100台): the amount is that work's outlay (人员密集公共场所配备自动体外除颤器投入), not a bare 投入 (held-out
set 70 潍坊 rows 66, 68, 71, fix146d). The clause must open with its place (在…), a manner (免费) or the people served (为…)
and a verb of providing (data/name_words.csv kind outlay_verb); a count after the thing provided is no part of its name."""
from __future__ import annotations

import re
from typing import Final

from govreport.lexicon import name_words, units

_PATTERN: dict[bool, re.Pattern[str]] = {}
# the people served: what follows the last figure, 以下/以上 or 的 (2周岁以下儿童 -> 儿童)
SERVED_TAIL: Final = re.compile(r"(?:.*(?:以下|以上|的|[\d.]+))?([\u4e00-\u9fff]{2,8})$")
# a numeral and a measure word opening the thing provided (一剂13价肺炎疫苗)
MEASURE_LEAD: Final = re.compile(r"^[一两二三四五六七八九十]+[剂个批台套支](?=[\u4e00-\u9fff\d])")
COUNT_END: Final = re.compile(r"[\d.]+万?([\u4e00-\u9fff]{1,2})$")  # 自动体外除颤器100台: the count after the thing


def _purpose() -> re.Pattern[str]:
    """The clause after the amount: 在 and a place, 免费, 为 and the people served (any of them), a verb of providing, the thing."""
    if True not in _PATTERN:
        verbs = "|".join(sorted(name_words("outlay_verb"), key=len, reverse=True))
        _PATTERN[True] = re.compile(r"[，,](?:在([\u4e00-\u9fff]{2,12}?))?(免费)?(?:为([^，,；;。]{2,12}?))?(" + verbs + r")([^，,；;。]{2,24})(?=[，,；;。]|$)")
    return _PATTERN[True]


def outlay_purpose(scan: str, end: int, bare: str) -> str:
    """The name of the bare ``bare`` (投入, 投资) whose amount ends at ``end``, from the clause after it (免费为2周岁以下儿童接种一剂
    13价肺炎疫苗 -> 儿童免费接种13价肺炎疫苗投入); '' when that clause opens with none of place, manner or people served."""
    m = _purpose().match(scan, end)
    if m is None or not (m.group(1) or m.group(2) or m.group(3)):
        return ""  # (投入5亿元，新建…: a bare verb after the amount is left to the rules before)
    served = SERVED_TAIL.match(m.group(3)) if m.group(3) else None
    if m.group(3) and served is None:
        return ""
    thing = MEASURE_LEAD.sub("", m.group(5))
    if (count := COUNT_END.search(thing)) is not None and count.group(1) in units():
        thing = thing[:count.start()]
    if len(thing) < 2 or re.search(r"[^\u4e00-\u9fff\dA-Za-z]", thing):
        return ""
    return (m.group(1) or "") + (served.group(1) if served else "") + (m.group(2) or "") + m.group(4) + thing + bare
