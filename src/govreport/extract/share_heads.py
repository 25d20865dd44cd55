"""The head a name of a share or a multiple lacks when it is only the clause before the figure (audit 53): a % after
A占B (工业投资占固定资产投资45%以上) is A占B比重, as a % after a bare 占 is 占比 (audit 47); a 倍 after a register bound to
the base of its multiple (目录库规模稳定在年度投资规模4倍以上) is A相当于B倍数, the binding word (稳定在, 达到) out.
naming.py asks, once a name is made (it is near its size limit).
"""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from govreport.extract.naming_patterns import TRIM_AT
from govreport.lexicon import name_words, trie_pattern, unit_field

SHARE_NAMED: Final = ("率", "比例", "比重", "占比", "份额")  # a name that says a share already
SHARE_OF: Final = re.compile(r"([\u4e00-\u9fff“”]{2,})占到?([\u4e00-\u9fff“”]{2,})")  # A占B: part and whole, nothing after


def share_head(base: str, clause: str, unit: str) -> str:
    """The name of a % figure with its share head: 占比 after a bare 占 (其中工业项目数及投资额均占80%以上, audit 47),
    the data/name_words.csv share_head after A占B (工业投资占固定资产投资45%以上: 工业投资占固定资产投资比重); ``base``
    otherwise (a name with a head of its own, 占 inside a verb such as 占用, A or B shorter than two characters, B ending in 的)."""
    if unit != "%" or not base or base.endswith(SHARE_NAMED):
        return base
    if clause.endswith("占"):
        return base + "占比"
    if (reached := _reached_whole(base)) is not None:
        return reached + name_words("share_head")[0]
    whole = SHARE_OF.fullmatch(base)
    if whole is None or base.count("占") != 1 or any(w in base for w in name_words("not_share")) or base.endswith("的") \
            or any(w in whole.group(2) for w in SHARE_NAMED):
        return base
    return base + name_words("share_head")[0]


@cache
def _reached_whole_pattern() -> re.Pattern[str]:
    """A达到B的: part, a verb of reaching (data/name_words.csv share_reach), whole, nothing after."""
    return re.compile(f"([\u4e00-\u9fff“”]{{2,}}?)(?:{trie_pattern(list(name_words('share_reach')))})([\u4e00-\u9fff“”]{{2,}})的")


def _reached_whole(base: str) -> str | None:
    """A占B for a name that is a clause A达到B的 before a % (禁燃区面积达到城市建成区面积的100%; data/name_words.csv
    share_reach): the figure is a share of B, so the reaching verb and the 的 are debris (held-out set 83, fix164a).
    None when A or B is shorter than two characters, or either already says a share or holds 占, or A is a rate or a list
    bound by 均 (…普及率、…普及率均不低于全省的95%: rates against the province's, no part of a whole)."""
    m = _reached_whole_pattern().fullmatch(base)
    if m is None or "占" in base or m.group(1).endswith(SHARE_NAMED) or m.group(1).endswith(("率", "均")):
        return None
    return m.group(1) + "占" + m.group(2)


def share_whole_dropped(base: str, unit: str) -> str:
    """A % name A占<whole place>B without the place word after 占 (data/name_words.csv share_whole: 全市, 全省), before the
    name is cut for length (held-out set 65, fix138b: 金融业地方财政贡献占全市一般公共预算收入4%以上 was cut to its whole,
    一般公共预算收入, the denominator read as the measure): the whole of a share is the place's by default, and the
    name then keeps its part and its whole (…占一般公共预算收入比重). ``base`` otherwise (a name short enough to stay
    whole or with a share head of its own, no A占B, B a share word (占全省比重), a verb such as 占用)."""
    at = base.find("占") if unit == "%" and len(base) > TRIM_AT and not base.endswith(SHARE_NAMED) else -1
    if at < 2 or base.count("占") != 1 or any(w in base for w in name_words("not_share")):
        return base  # (民间投资占全市投资比重, 占全省份额: a share named whole, not cut, keeps its place)
    whole = next((w for w in name_words("share_whole") if base.startswith(w, at + 1)), "")
    rest = base[at + 1 + len(whole):]
    if not whole or len(rest) < 2 or rest.startswith((*SHARE_NAMED, "的")) or SHARE_OF.fullmatch(base) is None:
        return base
    return base[:at + 1] + base[at + 1 + len(whole):]


def multiple_head(base: str, unit: str) -> str:
    """The name of a multiple (倍) whose clause binds a register to the base it is a multiple of (目录库规模稳定在年度投资规模
    4倍以上): A, the link (data/name_words.csv multiple_link), B and the unit's measure (倍数), the binding word
    (multiple_bind: 稳定在, 达到) left out; ``base`` when no binding word stands between two names of two characters or more."""
    if unit_field(unit, "kind") != "ratio" or not base:
        return base
    for bind in name_words("multiple_bind"):
        at = base.find(bind)
        if at >= 2 and len(base) - at - len(bind) >= 2:
            return base[:at] + name_words("multiple_link")[0] + base[at + len(bind):] + unit_field(unit, "measure")
    return base
