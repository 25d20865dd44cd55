"""Figures that measure the extent of the work, not an amount the plan year produces (held-out audit 48 怒江):
a catch-up spread over years (逐年补齐25个…设施), the size of a named project under a pace verb (加快推进4200亩找水造田
稳耕项目建设, as ``scope_figures.project_spec`` reads 75万吨的…项目; 加快推进300万头生猪规模化养殖工程, a head count no project
counter, held-out set 91) and the places a thing built covers (建成覆盖31个
乡镇（街道）的公共充电基础设施网络), and the planned size of a project in a layout (规划建设27.5公里的滨海走廊)."""
from __future__ import annotations

import re
from typing import Final

from govreport.lexicon import unit_field
from govreport.tables.figures import Figure, words
from govreport.tables.measures import RATE_UNITS

# a pace verb right before the figure, then a project's name (no 的, no mark) closing its clause with 项目 (建设)
PACED_BEFORE: Final = re.compile(r"(?:加快|加速|提速)(?:推进|实施|推动)?$")
PROJECT_NAME_AFTER: Final = re.compile(r"^[\u4e00-\u9fff“”]{2,16}?(?:项目|工程|基地)(?:建设)?(?:[，,。；;]|$)")
# a build verb and 覆盖 right before the figure, then 的 and the thing built (覆盖31个乡镇（街道）的…网络)
COVERED_BY_BUILT: Final = re.compile(r"(?:建成|建设|构建|打造|形成)覆盖$")
COVERED_OF: Final = re.compile(r"^[^，,。；;、\d]{0,10}?的[\u4e00-\u9fff]")
NOT_A_PROJECT_SIZE: Final = ("count", "money")
# a planning verb right before a length or an area, then 的 and the thing planned closing the clause (规划建设27.5公里的滨海走廊)
PLANNED_OF: Final = re.compile(r"^的[\u4e00-\u9fff“”]{2,16}(?:[，,。；;]|$)")
PLANNED_KINDS: Final = ("length", "area")


def work_extent(fig: Figure) -> str:
    """Why ``fig`` measures the extent of the work rather than the year's output ('' when it does not)."""
    before = fig.clause_before
    after = fig.sentence[fig.rel_end:fig.rel_end + 40]
    if fig.unit not in RATE_UNITS and any(w in before for w in words()["year_by_year_words"]):
        return "a catch-up spread over years (逐年补齐25个…设施), no amount for the plan year"
    if _sized_by(fig.unit) and fig.unit not in RATE_UNITS \
            and PACED_BEFORE.search(before) and PROJECT_NAME_AFTER.match(after):
        return "the size of a named project whose work is sped up (加快推进4200亩找水造田稳耕项目建设, 300万头…养殖工程), not an amount to produce"
    if COVERED_BY_BUILT.search(before) and COVERED_OF.match(after):
        return "the places a thing built covers (建成覆盖31个乡镇的…网络), not an amount to produce"
    if unit_field(fig.unit, "kind") in PLANNED_KINDS and before.endswith(tuple(words()["planned_size_verbs"])) and PLANNED_OF.match(after):
        return "the planned size of a project in a layout (规划建设27.5公里的滨海走廊), not an amount of the year (held-out set 86)"
    return ""


def _sized_by(unit: str) -> bool:
    """A unit a project's size is stated in: neither money nor a counter of the projects or things a plan makes
    (``member_counters``: 个, 项, 座 …); a head count (头, 只) is one, as a capacity is (300万头生猪…工程, held-out set 91)."""
    kind = unit_field(unit, "kind")
    return kind not in NOT_A_PROJECT_SIZE or kind == "count" and unit not in words()["member_counters"]
