"""A money figure for a 、 list of places opening its clause (莒南县、沂水县工业产值力争“过千亿”, audit 40 LY #49, #50, fix49b) is the
places' own, not the report's place's: it takes no indicator key, whose measures are the report's own place's (industrial_output is
the city's gross industrial output, not two counties'). tables/place_members gives each place its row, unkeyed as well."""
from __future__ import annotations

import re
from typing import Final

PLACE: Final = r"[\u4e00-\u9fff]{1,4}?[县市区旗]"
PLACES: Final = re.compile(rf"(?:{PLACE}、)+{PLACE}")


def places_listed(scan: str, lo: int, hi: int) -> bool:
    """The clause ``scan[lo:hi]`` opens with two or more places (each ending in 县/市/区/旗) joined by 、."""
    return "、" in scan[lo:hi] and PLACES.match(scan, lo, hi) is not None
