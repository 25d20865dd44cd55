"""The kind of network (燃气, 雨污 …) a length of pipes without one takes from its sentence: 深化城镇燃气安全隐患排查整治，
更新改造老旧管网30公里 -> 更新改造老旧燃气管网 (audit 38). A kind in a clause that states a figure of its own names that
figure's works, not this length: 建设黄河一街雨污分流管网等33个项目，更新“四类管线”139公里 is no 四类雨污管线 (spot 38), nor
a kind among works named by examples in a clause before (…雨污分流整治等项目，改造老旧管网80.7公里: 老旧管网, set 55)."""
from __future__ import annotations

import re
from functools import cache

from govreport.extract.name_tails import _alt, _words

CLAUSE_ENDS = "，,；;。："


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    return re.compile(_alt("networks")), re.compile(_alt("network_kinds"))


def _own_figure(scan: str, start: int, at: int, lo: int) -> bool:
    """True when the clause around ``at`` (up to ``lo`` at most) holds a digit: a figure of its own."""
    begin = max(start, *(scan.rfind(c, start, at) + 1 for c in CLAUSE_ENDS))
    ends = [e for e in (scan.find(c, at, lo) for c in CLAUSE_ENDS) if e >= 0]
    return any(ch.isdigit() for ch in scan[begin:min(ends) if ends else lo])


EXAMPLE_WORKS = re.compile(r"等[\u4e00-\u9fff]{0,6}项目")  # 实施…积水点改造、雨污分流整治等项目: works named by examples


def _example_works(scan: str, start: int, at: int, lo: int) -> bool:
    """True when the clause around ``at`` (up to ``lo`` at most) names works by examples (…雨污分流整治等项目, held-out
    set 55 秦皇岛 row 54): the kind is those projects', not the length of pipes a later clause states."""
    begin = max(start, *(scan.rfind(c, start, at) + 1 for c in CLAUSE_ENDS))
    ends = [e for e in (scan.find(c, at, lo) for c in CLAUSE_ENDS) if e >= 0]
    return bool(ends) and EXAMPLE_WORKS.search(scan, at, min(ends)) is not None


def network_named(scan: str, start: int, lo: int, name: str) -> str | None:
    """``name`` with the one kind of network its sentence names before ``lo`` inserted before its network word; '' when
    the name has a network but no kind and the sentence gives none or several; None when the rule does not apply."""
    network, kind = _patterns()
    net = network.search(name)
    if net is None or kind.search(name):
        return None
    treated = _words("network_treated")
    kinds = {k.group() for k in kind.finditer(scan, start, lo) if not scan.startswith(treated, k.end()) and not _own_figure(scan, start, k.start(), lo) and not _example_works(scan, start, k.start(), lo)}
    return name[:net.start()] + kinds.pop() + name[net.start():] if len(kinds) == 1 else ""
