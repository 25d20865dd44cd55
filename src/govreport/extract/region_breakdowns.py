"""Sub-region breakdowns named by the region alone (held-out set 66 伊犁, fix139c): a parenthesis right after a headline
figure whose members are a named place and its own change or amount (全州地区生产总值增长7.6%（州直增长7.5%、塔城地区增长
8.5%…）; 地区生产总值2854亿元、增长3.2%左右（州直1548亿元、增长2.5%左右，…）) names each member by its place and the
headline's measure (州直地区生产总值增长), the headline's scope word (全州) dropped, so each region's plan figure meets
its own review figure of the same measure, not another measure's that shares only the region word. Places are read by
place_siblings.named_place; change words are data/name_words.csv kind ``change``."""
from __future__ import annotations

from typing import Callable, Final

from govreport.extract.indicators import add_measure
from govreport.extract.place_siblings import named_place, opening_place
from govreport.lexicon import name_words, unit_field
from govreport.report.chars import first_ending

REACH: Final = 80  # how far back a member looks for its parenthesis: a breakdown of a few regions
HEAD_GAP: Final = 3  # what may stand between the headline figure and the parenthesis (以上, 左右)
MEMBER_MARKS: Final = "、，,；;"  # what parts the members inside the parenthesis
Figure = tuple[int, int, str, str]  # a named figure of the sentence: start, end, name, unit


def breakdown_open(scan: str, sentence_start: int, figure_start: int) -> int:
    """Where the parenthesis holding the figure at ``figure_start`` opens, -1 when it is in none (within REACH)."""
    lo = max(sentence_start, figure_start - REACH)
    at = max(scan.rfind("（", lo, figure_start), scan.rfind("(", lo, figure_start))
    if at < 0 or scan.find("）", at, figure_start) >= 0 or scan.find(")", at, figure_start) >= 0:
        return -1
    return at


def _headlines(figures: list[Figure], opening: int, scan: str) -> list[Figure]:
    """The figures the parenthesis at ``opening`` follows: the last one ends right before it (2854亿元、增长3.2%左右（:
    both), the others in the same run of figures joined by 、."""
    before = [f for f in figures if f[1] <= opening]
    if not before or opening - before[-1][1] > HEAD_GAP or any(c in scan[before[-1][1]:opening] for c in "，,；;、。"):
        return []
    run = [before[-1]]
    for f in reversed(before[:-1]):
        gap = scan[f[1]:run[0][0]]
        if "、" not in gap or any(c in gap for c in "，,；;。（(）)"):
            break
        run.insert(0, f)
    return run


def _member_place(name: str) -> tuple[str, str]:
    """The named place a member's name is and the change word after it (州直增长: 州直, 增长; 州直: 州直, ''); ('', '')
    when the name says more than a place and a change."""
    for change in ("",) + name_words("change"):
        place = name[:len(name) - len(change)] if change else name
        if (not change or name.endswith(change)) and named_place(place):
            return place, change
    return "", ""


def _unscoped(name: str) -> str:
    """The headline's measure without its whole-place scope word (全州地区生产总值 -> 地区生产总值)."""
    return name[2:] if name[:1] == "全" and len(name) > 4 else name


def region_member(scan: str, sentence_start: int, figure_start: int, name: str, unit: str, figures: Callable[[], list[Figure]]) -> str:
    """``name`` of a member of a sub-region breakdown as its place and the headline's measure of the same unit
    (州直增长 -> 州直地区生产总值增长; 地区生产总值州直, the measure put before the place -> 州直地区生产总值); ``name`` when the
    figure is in no such parenthesis or its name says more than its place."""
    if not name or (opening := breakdown_open(scan, sentence_start, figure_start)) < 0:
        return name
    heads = [f for f in _headlines(figures(), opening, scan) if f[3] == unit]
    if not heads:
        return name
    head = _unscoped(heads[-1][2])
    stem = _stem(head)
    place, change = _member_place(name[len(stem):] if len(stem) >= 2 and name.startswith(stem) else name)
    if not place or not scan[opening + 1:figure_start].lstrip().startswith(place) and not _after_mark_place(scan, opening, figure_start, place):
        return name
    if change and stem == head:
        return name  # (a change of a level: the headline names none)
    measure = stem + change if change else head
    return place + measure if len(stem) >= 2 and not named_place(stem) else name


def _stem(head: str) -> str:
    """The headline's measure without its change word (地区生产总值增长 -> 地区生产总值)."""
    change = first_ending(head, name_words("change"))
    return head[:len(head) - len(change)] if change else head


def _after_mark_place(scan: str, opening: int, figure_start: int, place: str) -> bool:
    """Whether ``place`` opens a member of the parenthesis (after one of MEMBER_MARKS) before the figure."""
    inside = scan[opening + 1:figure_start]
    return any(inside.startswith(place, i + 1) for i, c in enumerate(inside) if c in MEMBER_MARKS)


def _bare(name: str, unit: str) -> str:
    """``name`` without the measure its unit adds (州直实施棚户区改造数, 套 -> 州直实施棚户区改造)."""
    measure = unit_field(unit, "measure")
    return name[:len(name) - len(measure)] if measure and name.endswith(measure) else name


def place_member(scan: str, figure_start: int, name: str, unit: str, prev: tuple[int, str, str] | None) -> str:
    """``name`` of a figure named by a named place alone (塔城地区户数) as that place and the measure the figure before
    names after its own place: a later 、 member after another place's (州直实施棚户区改造9160套、塔城地区1250户 ->
    塔城地区实施棚户区改造户数), or the second figure right after the same place's (塔城地区25个0.5万户: 0.5万户 is
    塔城地区实施老旧小区改造户数), whatever the unit, as the list states the measure once (held-out set 66 伊犁 rows
    93-100); ``name`` otherwise (prev: the end, name and unit of the figure before in the sentence)."""
    place = _bare(name, unit)
    if prev is None or place == name or not named_place(place):
        return name
    gap = scan[prev[0]:figure_start]
    own = opening_place(prev[1])
    if not own or gap not in ("、" + place, "") or (gap == "") != (own == place):
        return name
    rest = _bare(prev[1][len(own):], prev[2])
    return add_measure(place + rest, unit) if len(rest) >= 2 and not named_place(rest) else name
