"""The industry of a bare whole-chain measure (spot audit 37, 西双版纳 rows 11, 12, 16): 全产业链综合产值, 全产业链产值
measure one industry's chain, and the sentence names it before the figure — the last industry or trade it names
(促进傣医药产业取得新突破，力争实现全产业链综合产值50亿元以上 -> 傣医药; 出台普洱茶行业助企纾困…，实现全产业链综合产值
500亿元以上 -> 普洱茶; 办好…中国天然橡胶产业发展大会，实现全产业链… -> 天然橡胶). Without it four chains of one
paragraph read as one measure. The verb and scope words before the industry are no part of it; a class of industries
(配套产业, 特色产业) names none. Word lists: data/name_subjects.json (``chain_industry_leads``, ``chain_industry_classes``).
"""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from govreport.lexicon import name_subjects

CHAIN: Final = "全产业链"
LOOK_BACK: Final = 400  # the 。-sentence before the figure
# the words before 产业/行业 back to a punctuation mark; not 产业链/产业集群/产业园 (a chain, cluster or park of its own)
INDUSTRY: Final = re.compile(r"([\u4e00-\u9fff]{2,16})(?:产业|行业)(?![链集园区])")
# the sentence's opening clause: its industry or chain is the one the sentence is about (做大做强奶业产业链，…，力争全产业链
# 产值达到30亿元: 奶业), before any industry a later clause names (完善中草药产业技术服务体系 is a task of the chain)
OPENING: Final = re.compile(r"([\u4e00-\u9fff]{2,16})(?:产业链|产业|行业)(?![集园区])")
OPENING_END: Final = "，；：,;:"
OPENING_LONGEST: Final = 8  # (大力发展绿色铝精深加工产业: its verb stripped, the industry's own words)

# a sentence that opens with a product's output (力争玉米种子产量稳定在5.5亿公斤以上，全产业链产值…: 玉米种子)
PRODUCT: Final = re.compile(r"(?:力争|确保|全年)?([\u4e00-\u9fff]{2,6}?)(?:总)?产量")
MEMBER: Final = "其中"  # 实现全产业链综合产值500亿元以上，其中批发零售额超过280亿元: the part is the chain's


@cache
def _words(key: str) -> tuple[str, ...]:
    return tuple(sorted(name_subjects()[key], key=len, reverse=True))


def chain_industry(scan: str, at: int) -> str:
    """The last industry the 。-sentence names before ``at`` (its 产业 or 行业 without the verb and scope words before it),
    '' if none or only a class of industries."""
    floor = max(0, at - LOOK_BACK)
    start = max(scan.rfind("。", floor, at), scan.rfind("\n", floor, at), floor - 1) + 1
    found = opening_industry(scan, start, at)
    for m in INDUSTRY.finditer(scan, start, at) if not found else ():
        found = m.group(1)
    if not found and (opened := PRODUCT.match(scan, start, at)):  # 力争玉米种子产量稳定在…，全产业链产值达…: the product's chain
        found = opened.group(1)
    found = _without_leads(found)
    if not 2 <= len(found) <= 6 or found in _words("chain_industry_classes") or found.endswith(("等", "和", "及")):
        return ""
    return found


def opening_industry(scan: str, start: int, at: int) -> str:
    """The last industry or chain the sentence's opening clause names (推动肉牛肉羊产业优链精链，…: 肉牛肉羊), '' if none
    or only a class; '' too when the figure stands in that clause."""
    ends = [k for c in OPENING_END if 0 <= (k := scan.find(c, start, at))]
    if not ends:
        return ""
    found = ""
    for m in OPENING.finditer(scan, start, min(ends)):
        found = _without_leads(m.group(1))
        found = found if found != m.group(1) else ""  # (a verb before it: 深化产业链招商 names no industry)
    if not 2 <= len(found) <= OPENING_LONGEST or found in _words("chain_industry_classes") or found.endswith(("等", "和", "及")):
        return ""
    return found


def _without_leads(found: str) -> str:
    """``found`` without the verb and scope words before the industry (做大做强奶业: 奶业)."""
    changed = True
    while changed and found:
        changed = False
        for word in _words("chain_industry_leads"):
            if found.startswith(word) and len(found) > len(word):
                found, changed = found[len(word):], True
                break
    return found


def chain_named(scan: str, at: int, base: str) -> str:
    """``base`` with the sentence's industry before it when it is a bare whole-chain measure (全产业链综合产值)."""
    if at < 0:
        return base
    if not base.startswith(CHAIN):
        return _member_named(scan, at, base)
    industry = chain_industry(scan, at)
    return industry + base if industry else base


def _member_named(scan: str, at: int, base: str) -> str:
    """``base`` with the industry of the whole-chain measure whose 其中 part it is: the clause before it ends in that
    measure (实现全产业链综合产值500亿元以上，其中批发零售额超过280亿元: 普洱茶批发零售额), else ``base``."""
    start = max(scan.rfind("，", max(0, at - 40), at), scan.rfind(",", max(0, at - 40), at))
    if start < 0 or scan[start + 1:start + 1 + len(MEMBER)] != MEMBER or base.startswith(MEMBER):
        return base
    before = max(scan.rfind("，", max(0, start - 60), start), scan.rfind("。", max(0, start - 60), start))
    if CHAIN not in scan[before + 1:start]:
        return base
    industry = chain_industry(scan, scan.find(CHAIN, before + 1, start))
    return industry + base if industry else base
