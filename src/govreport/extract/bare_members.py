"""Bare noun members of a 分别 list (held-out set 67, fix141a): a member that names no measure shares the head of the
member after it that carries one (秸秆、畜禽粪便综合利用率和尾菜处理率: 秸秆综合利用率)."""
from __future__ import annotations

from functools import cache

from govreport.extract.indicators import MEASURE_ENDINGS
from govreport.lexicon import name_words
from govreport.report.chars import is_ideograph


@cache
def _heads() -> tuple[str, ...]:
    """The heads a list's members share (data/name_words.csv kind head), longest first."""
    return tuple(sorted(name_words("head"), key=len, reverse=True))


def _head_of(member: str) -> str:
    """The shared rate head ``member`` ends with, after a noun of two characters or more, else '' (a head of another
    kind, 增加值, may be a word of the member's own: GDP、规模工业增加值…分别增长 leaves GDP alone)."""
    return next((h for h in _heads() if member.endswith(h) and h.endswith("率") and len(member) - len(h) >= 2), "")


def carried_head(members: list[str]) -> list[str]:
    """Bare Chinese nouns opening a 分别 list of three or more share the rate head of the first member after them that carries one
    (秸秆、畜禽粪便综合利用率和尾菜处理率分别达到90%、78%、70%: 秸秆综合利用率, not 秸秆; held-out set 67 甘南 row 22,
    昌都 row 31), when the last member names a measure of its own (尾菜处理率); ``members`` otherwise."""
    change = next((c for c in name_words("change") if all(m.endswith(c) for m in members)), "")  # (分别增长: each ends so)
    bare = [m[:len(m) - len(change)] for m in members]
    if len(members) < 3 or not bare[-1].endswith(MEASURE_ENDINGS):
        return members
    at = next((i for i, m in enumerate(bare) if _head_of(m)), len(members) - 1)
    head = _head_of(bare[at])
    if not 0 < at < len(members) - 1 or any(not all(map(is_ideograph, m)) or m.endswith(MEASURE_ENDINGS) or any(h in m for h in _heads()) for m in bare[:at]):
        return members
    return [m + head + change for m in bare[:at]] + members[at:]
