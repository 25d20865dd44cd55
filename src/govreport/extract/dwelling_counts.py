"""A count of dwellings named after the compounds that hold them (session 36, 大理 row 31): 新改造老旧小区38个、2889套 — the
套 count is the compounds' dwellings, not the compounds (个); its name says so (新改造老旧小区住房套数) and keeps it off the
key of the compounds' count. Holder nouns: data/name_words.csv kind ``dwelling_holder``."""
from __future__ import annotations

from typing import Final

from govreport.lexicon import name_words

DWELLING_UNITS: Final = ("套",)  # the counter of dwellings
DWELLING_WORD: Final = "住房套"
PROJECT: Final = "项目"  # a count in 套 named for projects is of the dwellings they build, not of the projects


def dwelling_count(base: str, unit: str) -> str:
    """``base`` (a name without its measure) with 住房套 after a compound noun that ends it when ``unit`` counts dwellings;
    else ``base``."""
    if unit in DWELLING_UNITS and base.endswith(PROJECT) and len(base) > len(PROJECT) + 2:
        return base[:-len(PROJECT)] + unit  # 新开工棚户区改造项目5个、3425套: the units the projects build, 新开工棚户区改造套数 (audit 48 漯河 G4)
    if unit not in DWELLING_UNITS or not base.endswith(name_words("dwelling_holder")):
        return base
    return base + DWELLING_WORD
