"""Firms of another sector (audit 39): a count of firms named by its sector (规上工业企业, 规上服务业企业, 规上文化企业,
限上商贸企业) is no baseline of a count of firms of another sector, however alike the rest of the two names (规上, 新增, 企业):
规上工业企业120家 and 培育规上文化企业300家 are not measured by 新增规上服务业企业92家. The sector words are
data/baseline_scopes.json ``firm_sectors``, longest first (农产品加工 before 工业); both names must name one, and share none.
"""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from govreport.lexicon import read_json

FIRMS: Final = re.compile(r"企业(?:数|数量|户数)?$")


@cache
def _sectors() -> re.Pattern[str]:
    words = read_json("baseline_scopes.json")["firm_sectors"]
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


def other_sector(name: str, other: str) -> bool:
    """Both names count firms, each names a sector, and they name none in common."""
    if "企业" not in name or "企业" not in other or not FIRMS.search(name) or not FIRMS.search(other):
        return False
    mine, theirs = set(_sectors().findall(name)), set(_sectors().findall(other))
    return bool(mine) and bool(theirs) and not mine & theirs
