"""Figures that frame the work on a set rather than set an amount to reach (held-out set 76 日照, 舟山; fix155d; the list that carries a
goal, 以248个…项目为牵引, is a ``ground_frames`` pair of tables/framed_figures.py):

- each place's focus: 支持各区县重点培育发展2—3个具有核心竞争力的产业集群, 鼓励各县（市、区）瞄准1—2个优势产业 (a small range
  after ``place_each_leads`` and a focus word, of a ``focus_nouns`` noun or a whole ``focus_whole_nouns`` industry closing the
  clause — 产业园区 is not one —, a modifier ending in 的 allowed): guidance per place, no city-wide count (audits 76, 77, fix156e);
- a product size inside the last listed project name before 等…项目: 焊接二期、威亚新增6万台发动机等百项重点工业项目 (the
  member opens with a name, not with its count or a verb: 新建5条…、2台…等项目 stays);
- the standing area of a zone cared for: 加强90万亩粮食生产功能区管护 (``care_verbs`` right before, the clause closing on
  ``care_ends``);
- a money band right before a count: 争取项目落地…、20~50亿元8个、10~20亿元14个 (the band is the class of the count).
Word lists: ``tables_words.json`` set_frames.
"""
from __future__ import annotations

import re
from typing import Any

from govreport.lexicon import unit_field, verbs
from govreport.tables.clauses import clause_before
from govreport.tables.figures import Figure, words
from govreport.tables.scoping_figures import own_clause_after

FOCUS_RANGE_MAX = 3  # 2—3个: a guideline's range; a wider one (5—10个) is a count to reach
NAME_BEFORE_EXAMPLES = re.compile(r"[\u4e00-\u9fff]{1,8}等[^，,；;。：:]{0,12}?项目")  # 发动机等百项重点工业项目
COUNT_NEXT = re.compile(r"\d+(?:\.\d+)?(?:个|家|项)")  # 8个: the count the band classes
MODIFIER = re.compile(r"[^，,；;。\d]{0,12}?的")  # 具有核心竞争力的: a modifier before the focus noun


def _w() -> dict[str, Any]:
    return words()["set_frames"]


def place_focus(fig: Figure) -> bool:
    """A small range of a focus noun after each place and a focus word (支持各区县重点培育发展2—3个…产业集群)."""
    if unit_field(fig.unit, "kind") != "count" or fig.value_high is None or fig.value_high > FOCUS_RANGE_MAX:
        return False
    w = _w()
    clause = clause_before(fig.before)
    at = max((clause.find(p) + len(p) for p in w["place_each_leads"] if p in clause), default=-1)
    if at < 0 or not any(f in clause[at:] for f in w["focus_words"]):
        return False
    rest = own_clause_after(fig)
    m = MODIFIER.match(rest)
    noun = rest[m.end():] if m and not rest.startswith(tuple(w["focus_nouns"])) else rest
    return noun.startswith(tuple(w["focus_nouns"])) or noun in w["focus_whole_nouns"]


def product_in_listed_name(fig: Figure) -> bool:
    """A product size (``project_size_units``) in the last member of a 、 list closed by 等…项目, the member opening with a
    name (威亚新增6万台发动机等百项…项目): the project's name, no output to reach."""
    if fig.unit not in words()["project_size_units"]:
        return False
    clause = clause_before(fig.before)
    if "、" not in clause:
        return False
    member = clause[clause.rfind("、") + 1:]
    if not member or re.search(r"\d", member) or member.startswith(tuple(verbs())):
        return False
    return NAME_BEFORE_EXAMPLES.match(own_clause_after(fig)) is not None


def cared_zone(fig: Figure) -> bool:
    """An area right after a care verb whose clause closes on a care word (加强90万亩粮食生产功能区管护): a standing area."""
    w = _w()
    if unit_field(fig.unit, "kind") != "area" or not fig.before.endswith(tuple(w["care_verbs"])):
        return False
    rest = own_clause_after(fig)
    return rest.endswith(tuple(w["care_ends"])) and not re.search(r"\d", rest)


def band_of_a_count(fig: Figure) -> bool:
    """A money band right before a count (20~50亿元8个): the class of the projects counted, no amount."""
    return unit_field(fig.unit, "kind") == "money" and fig.value_high is not None \
        and COUNT_NEXT.match(fig.sentence, fig.rel_end) is not None


def set_frame(fig: Figure) -> str:
    """Why ``fig`` frames the work on a set ('' when it does not)."""
    if place_focus(fig):
        return "each place's focus (支持各区县重点培育发展2—3个…产业集群), guidance, not an amount to produce"
    if product_in_listed_name(fig):
        return "a product size in a listed project's name (…、威亚新增6万台发动机等百项重点工业项目), not an amount to produce"
    if cared_zone(fig):
        return "the standing area of a zone cared for (加强90万亩粮食生产功能区管护), not an amount to produce"
    if band_of_a_count(fig):
        return "a money band that classes the count right after it (20~50亿元8个), not an amount to produce"
    return ""
