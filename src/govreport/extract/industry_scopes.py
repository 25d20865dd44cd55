"""An industry a sentence opens by developing names the bare measures after it (spot audit 35, 固原, 漳州): in
做强肉牛产业，…，保持饲养量在100万头以上 the head count is the beef cattle's (肉牛饲养量), in 做精马铃薯产业，…种植面积达到90万亩
the area the potatoes' (马铃薯种植面积), in 发展古雷石化产业，全年完成固定资产投资超220亿元 the investment the industry's, not the
city's. Only an industry named by what it makes (肉牛, 马铃薯, 古雷石化), not a class of industries (特色, 主导, 六大…), and
only a measure given bare (data/name_subjects.json ``developed_industry_verbs``, ``_measures``, ``_generic``)."""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from govreport.lexicon import name_subjects

INDUSTRY: Final = "产业"
OPENING_REACH: Final = 24  # an opening clause that develops one industry is short


@cache
def _words(key: str) -> tuple[str, ...]:
    return tuple(sorted(name_subjects()[key], key=len, reverse=True))


@cache
def _opening() -> re.Pattern[str]:
    """A clause that ends by developing one industry: its verb, then the industry's own words before 产业."""
    verbs = "|".join(map(re.escape, _words("developed_industry_verbs")))
    return re.compile(f"(?:{verbs})([\u4e00-\u9fff]{{2,8}}?){INDUSTRY}$")


def industry_scoped(scan: str, sentence_start: int, figure_start: int, base: str) -> str:
    """``base`` with the industry before it when ``base`` is a bare measure (``developed_industry_measures``) and the sentence's
    opening clause, before the figure's, ends by developing that industry (发展古雷石化产业 -> 古雷石化); else ``base``."""
    if base not in _words("developed_industry_measures"):
        return base
    cut = scan.find("，", sentence_start, min(figure_start, sentence_start + OPENING_REACH))
    if cut < 0:
        return base
    m = _opening().search(scan, sentence_start, cut)
    if m is None or any(w in m.group(1) for w in _words("developed_industry_generic")):
        return base
    return m.group(1) + base
