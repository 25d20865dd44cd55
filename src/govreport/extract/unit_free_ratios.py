"""A ratio or an index without a unit (audits 28, 30): 城乡居民收入倍差缩小至1.86左右 — a bare number after a ratio word
(倍差, 收入比, 之比) and a change to a level (缩小至, 控制在 …) is the ratio; 大数据与实体经济融合指数达48左右,
居民消费价格指数控制在103左右 — a bare number right after 指数 and a level word (达, 达到, 提升至, 控制在 …) is the
index's value: a quantity, not a label or code. A ratio written N:1 after A与B(之)比 and a level word
(农产品加工产值与农业总产值之比达到1.8:1) is the ratio N; the 1 after the colon stays a label (held-out audits 46/48)."""
from __future__ import annotations

import re
from typing import Final

RATIO_BEFORE: Final = re.compile(r"(?:(?:倍差|收入比|之比)(?:要|将|进一步|持续)?(?:缩小至|缩小到|缩小为|降至|降低到|下降到|下降至|控制在|保持在|稳定在|为|是)"
                                 r"|指数(?:要|将|进一步|持续)?(?:达到|达|提升至|提升到|提高至|提高到|控制在|保持在|稳定在|为))$")
# A与B(之)比 + a level word, the figure written N:1 (之比达到1.8:1, 比达到2.1:1以上)
PAIR_RATIO_BEFORE: Final = re.compile(r"比(?:要|将|进一步|持续)?(?:达到|达|提升至|提升到|提高至|提高到|保持在|稳定在|为)$")
PAIR_RATIO_AT: Final = re.compile(r"\d+(?:\.\d+)?[:：]1(?![\d.:：])")


def ratio_without_unit(scan: str, start: int) -> bool:
    """The bare number at ``start`` follows a ratio word and a change to a level, or an index and a level word."""
    return RATIO_BEFORE.search(scan, max(0, start - 14), start) is not None or pair_ratio(scan, start)


def pair_ratio(scan: str, start: int) -> bool:
    """The number at ``start`` is the N of a ratio N:1 after 比 and a level word (与农业总产值之比达到1.8:1)."""
    return PAIR_RATIO_AT.match(scan, start) is not None and PAIR_RATIO_BEFORE.search(scan, max(0, start - 8), start) is not None
