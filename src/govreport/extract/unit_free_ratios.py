"""A ratio or an index without a unit (audits 28, 30): 城乡居民收入倍差缩小至1.86左右 — a bare number after a ratio word
(倍差, 收入比, 之比) and a change to a level (缩小至, 控制在 …) is the ratio; 大数据与实体经济融合指数达48左右,
居民消费价格指数控制在103左右 — a bare number right after 指数 and a level word (达, 达到, 提升至, 控制在 …) is the
index's value: a quantity, not a label or code."""
from __future__ import annotations

import re
from typing import Final

RATIO_BEFORE: Final = re.compile(r"(?:(?:倍差|收入比|之比)(?:要|将|进一步|持续)?(?:缩小至|缩小到|缩小为|降至|降低到|下降到|下降至|控制在|保持在|稳定在|为|是)"
                                 r"|指数(?:要|将|进一步|持续)?(?:达到|达|提升至|提升到|提高至|提高到|控制在|保持在|稳定在|为))$")


def ratio_without_unit(scan: str, start: int) -> bool:
    """The bare number at ``start`` follows a ratio word and a change to a level, or an index and a level word."""
    return RATIO_BEFORE.search(scan, max(0, start - 14), start) is not None
