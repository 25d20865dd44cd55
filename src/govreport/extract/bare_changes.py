"""A one-character change word right before a % (规模以上固定资产投资增12%左右, 一般公共预算收入降2.5%): a growth
rate, as 增长/下降 would be, not a share level; the name spells the word out (…增长, …下降) so that the figure meets the
review's figure of the same measure written in full, and a 下降 reads as a fall (tables/falls.py).

Why: some reports write every growth rate so (held-out set 79 保山 G1); read as shares they met no baseline, lost the
sign of a fall and were classed as levels. Not 增至/降至 (a level reached: the word before the figure is 至), nor
新增/净增 or a share's 占比增 (data/name_subjects.json ``bare_change_not``)."""
from __future__ import annotations

from functools import cache

from govreport.lexicon import name_subjects


@cache
def _words() -> dict[str, tuple[str, str]]:
    return {w: (d, full) for w, (d, full) in name_subjects()["bare_change_words"].items()}


@cache
def _not() -> tuple[str, ...]:
    return tuple(name_subjects()["bare_change_not"])


def bare_change(tail: str) -> str:
    """increase / decrease when ``tail`` (the words right before a % figure) ends with a bare change word; '' if not."""
    found = _words().get(tail[-1:])
    if found is None or tail.endswith(_not()):
        return ""
    return found[0]


def spelled_change(indicator: str, kind: str, direction: str) -> str:
    """``indicator`` with a bare change word ending it spelled out (…增 -> …增长) for a change read from it."""
    found = _words().get(indicator[-1:])
    if kind != "change" or found is None or found[0] != direction or indicator.endswith(_not()):
        return indicator
    return indicator[:-1] + found[1]
