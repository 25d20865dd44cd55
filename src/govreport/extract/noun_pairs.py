"""The second noun of a pair after 和 that ends a count's clause (audit 36 DY24#67: 加快191个重点工业和技改项目建设 counts
both kinds of projects, 重点工业和技改项目, not 重点工业 alone). Kept apart from indicators.post_noun, which calls it, so that
module stays short; it takes the verb match from there."""
from __future__ import annotations

import re
from typing import Final

PAIR_HEADS: Final = ("项目", "工程")  # the head of works before the work done on them (建设)
SECTOR_END: Final = "业"  # 工业, 产业, 农业, 服务业: a sector, not a thing counted
SHORTEST: Final = 4  # 技改项目: a kind and its head


def paired_noun(pair: str, verb: re.Match[str] | None, first: str) -> str:
    """``pair`` whole when no verb is in it (家庭农场); the noun before the one verb that closes it when that noun ends in a
    head of works and the ``first`` noun is a sector, which no counter counts (重点工业 + 技改项目建设 -> 技改项目: the sector's
    projects; not 在建重大项目 + 民生工程建设 nor 2座…光热电站 + 配套储能项目建设: things of their own); '' for a clause of its
    own (…和推进改革)."""
    if verb is None:
        return pair
    if not first.endswith(SECTOR_END):
        return ""
    return pair[:verb.start()] if verb.end() == len(pair) and verb.start() >= SHORTEST and pair.endswith(PAIR_HEADS, 0, verb.start()) else ""
