"""A capacity built of a class of projects (audit 28): 在…地区布局建设700万千瓦新型储能项目 — the class before 项目 is what the
capacity is of (布局建设新型储能装机容量), and a place opened with 在 before the build verb is where, no part of the measure."""
from __future__ import annotations

import re
from typing import Final

from govreport.lexicon import unit_field

CLASS_AFTER: Final = re.compile(r"^([\u4e00-\u9fff]{2,10}?)项目")
BUILD: Final = r"(?:布局建设|开工建设|新建|建设|建成|新增|开工|投产|并网)"
WHERE_BEFORE: Final = re.compile(r"^在[^，,；;。]{2,24}?(?=" + BUILD + ")")
VERB_ONLY: Final = re.compile(BUILD + "$")
# a plan verb of the year before the class (推进604万千瓦海上风电项目竞争性配置: audit 37 YC24#16); plan verbs carried from the clause
# before a build verb or another plan verb are left (推进…，开工建设265万千瓦…项目 named 推进开工建设…)
PUSH: Final = r"(?:推进|推动|加快|力争|确保|完成|实现)"
PUSH_ONLY: Final = re.compile(PUSH)
CARRIED_PUSH: Final = re.compile("^" + PUSH + "+(?=" + BUILD + "$|" + PUSH + "$)")
CAPACITY: Final = "装机容量"


def capacity_of_class(name: str, after: str, unit: str, clause: str = "") -> str:
    """``name`` (a build verb + 装机容量, after a place opened with 在) with the class of projects ``after`` the figure before its
    measure; else ``name``. Where the figure's own clause is a plan verb alone (…发展，实现56.1万千瓦…项目并网投产), the words the
    name took from the clause before are no part of it."""
    if not name.endswith(CAPACITY) or unit_field(unit, "kind") != "power" or (m := CLASS_AFTER.match(after)) is None:
        return name
    verb = CARRIED_PUSH.sub("", WHERE_BEFORE.sub("", name[:-len(CAPACITY)]))
    if clause and PUSH_ONLY.fullmatch(clause) and verb.endswith(clause):
        verb = clause
    if not (VERB_ONLY.fullmatch(verb) or PUSH_ONLY.fullmatch(verb)) or "等" in m.group(1):  # a name of its own (XX发电厂2×) keeps it
        return name
    return verb + m.group(1) + CAPACITY


# a clause of grid connection alone (实现并网350万千瓦, 、实现并网发电150万千瓦): the capacity connected in the year
CONNECTED_ALONE: Final = re.compile(r"(?:^|[，,、；;])(?:实现|新增|完成)并网(?:发电)?$")
CONNECTED: Final = "新增并网" + CAPACITY


def connected_capacity(name: str, clause: str, unit: str) -> str:
    """``CONNECTED`` for a power amount whose clause is only 实现/新增/完成 + 并网(发电) (实现并网350万千瓦 after a list of projects pushed on:
    the year's flow of capacity connected, not a stock named by the sentence's first project, audit 41 曲靖 G5; a bare 、并网 after
    a member's 装机规模 shares that member's subject); else ``name``."""
    if unit_field(unit, "kind") != "power" or CONNECTED_ALONE.search(clause) is None:
        return name
    return CONNECTED


# the clause right before a bare capacity counts a class of projects (实施新能源项目27个，新增装机380万千瓦): the capacity is that class's
COUNTED_CLASS: Final = re.compile(r"(?:实施|建设|新建|开工|推进|建成)([\u4e00-\u9fff]{2,8}?)项目\d+个[，,]$")
BARE_CAPACITY: Final = ("新增装机容量", "装机容量")
CLASS_REACH: Final = 24  # the counted clause is read within this many characters before the figure's own


def counted_class_capacity(name: str, scan: str, sentence_start: int, lo: int, unit: str) -> str:
    """``name`` (a bare capacity, its clause from ``lo``) with the class of projects the clause right before it counts
    (held-out set 62 通辽 row 37, fix134b: 新能源新增装机容量); ``name`` otherwise."""
    if name not in BARE_CAPACITY or unit_field(unit, "kind") != "power" or lo <= sentence_start:
        return name
    m = COUNTED_CLASS.search(scan, max(sentence_start, lo - CLASS_REACH), lo)
    return m.group(1) + name if m and m.end() == lo else name
