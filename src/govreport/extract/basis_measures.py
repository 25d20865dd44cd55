"""The measure a goal of places alone takes from the 在…的基础上 clause that opens its sentence (在保持肇东、北林、安达、
海伦4个县（市、区）地区生产总值超百亿的基础上，力争庆安、青冈突破百亿元: 庆安、青冈's 地区生产总值, spot audit 37 绥化
row 64): the basis states the level other places hold in that measure, and the goal brings more places to it; the
places alone name no measure."""
from __future__ import annotations

import re
from typing import Final

# 在 + what the basis keeps, its measure right before the verb of a level (超, 突破, 达到), + 的基础上，
BASIS: Final = re.compile(r"在[^，。；]*?([\u4e00-\u9fff]{2,10}?)(?:超过|超|突破|达到|达)[^，。；]{1,12}的基础上，")
MEASURE_END: Final = ("总值", "总额", "收入", "产值", "营收", "规模", "总量")  # the basis's words that name an amount
PLACES: Final = re.compile(r"(?:力争|确保|争取|推动|实现)?(?:[\u4e00-\u9fff]{2,3}、)+[\u4e00-\u9fff]{2,3}(?:均|都)?(?:超过|超|突破|达到|达)$")
KEPT_BEFORE: Final = re.compile(r".*[、）)\d]")  # the places, their count or an aside before the measure


def basis_measure(scan: str, start: int, at: int, base: str) -> str:
    """``base`` with the measure of the opening 在…的基础上 clause when the figure at ``at`` closes a clause of a 、 list of
    places and a verb of a level (力争庆安、青冈突破百亿元); ``base`` otherwise."""
    m = BASIS.match(scan, start) if scan.startswith("在", start) else None  # (the pattern opens with 在: most sentences do not)
    if m is None or m.end() > at:
        return base
    clause = scan[m.end():at]
    if PLACES.fullmatch(clause) is None:
        return base
    measure = m.group(1)
    cut = KEPT_BEFORE.match(scan, m.start(1), m.end(1))
    measure = measure[cut.end() - m.start(1):] if cut else measure
    if not measure.endswith(MEASURE_END) or len(measure) < 3 or measure in base:
        return base
    return base + measure
