"""Counts that size the plan's own packages or a division of its ground, no amounts to produce (docs/assumptions.md
#non-targets; held-out audit 41, fix104a): a heading counting the items of the list it opens (一、促进群众就业增收（7件）),
the plan's own tasks named before their count (办好民生事项40件以上), counts that spell out a quoted numeric label of the
plan's own work (重点实施“310”工程，以办好10件民生实事…，以开展10个专项行动…) and the parts a place is divided into
(将全市划分为7个三级流域单元和26个四级流域治理单元). Word lists: ``tables_words.json`` own_packages."""
from __future__ import annotations

import re
from typing import Any

from govreport.lexicon import unit_field
from govreport.tables.figures import Figure, words

# a heading's ordinal (一、 (一) 第一,) opening the line whose count closes it in brackets
HEADING_ORDINAL = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])")
QUOTED_NUMBER = re.compile(r"[“\"](\d{2,})[”\"]")  # “310”工程: a label made of figures
MEANS_CLAUSE = re.compile(r"以[\u4e00-\u9fff]{1,4}$")  # 以办好10件…增强…: the count is the means the label spells out
# 划分为/分为/分成 before the count, or before an earlier member of the same list (…7个三级流域单元和26个…)
DIVIDED = re.compile(r"(?<!充)(?:划分为|划分成|划为|分为|分成)(?:[^，,；;。：:]*\d[^，,；;。：:\d]*[和、及与])?$")


def _w() -> dict[str, Any]:
    return words()["own_packages"]


def own_package(fig: Figure) -> str:
    """Why ``fig`` sizes the plan's own package or a division rather than a goal ('' when it does not)."""
    if unit_field(fig.unit, "kind") != "count":
        return ""
    if list_heading_count(fig):
        return "a heading counting the items of the list it opens (一、促进群众就业增收（7件）), not an amount to produce"
    if own_tasks_named_before(fig):
        return "the plan's own tasks named before their count (办好民生事项40件以上), not an amount to produce"
    if spells_out_label(fig):
        return "a count spelling out the plan's own quoted label (实施“310”工程，以办好10件民生实事…), not an amount to produce"
    if DIVIDED.search(fig.clause_before):
        return "the size of a division (将全市划分为7个三级流域单元), not an amount to produce"
    return ""


def list_heading_count(fig: Figure) -> bool:
    """A count of items (件, 项) in brackets closing a line that opens with a heading's ordinal and holds no other figure
    (二、加强社会保障（10件）): the heading says how many items the list under it has; the items stay goals."""
    before, after = fig.before, fig.after.strip()
    return fig.unit in _w()["heading_item_units"] and before.endswith(("（", "(")) and after in ("）", ")") \
        and bool(HEADING_ORDINAL.match(before)) and not any(c.isdigit() for c in before)


def own_tasks_named_before(fig: Figure) -> bool:
    """A count in 件 whose whole clause before is an own-task verb, who does them and an own-task noun (办好民生事项40件以上,
    继续办好惠民实事10件): the plan's own tasks, as 办好10件民生实事 is (procedure.py), with the noun before the count."""
    w = words()
    if fig.unit != "件":
        return False
    clause = fig.clause_before.removeprefix("继续")
    verb = next((v for v in sorted(w["own_task_verbs"], key=len, reverse=True) if clause.startswith(v)), "")
    if not verb:
        return False
    rest = clause[len(verb):].removeprefix("好")
    rest = next((rest[len(p):] for p in w["own_task_payers"] if rest.startswith(p)), rest)
    return (rest in w["own_task_nouns"] or rest in w["own_task_projects"]) and len(rest) >= 2  # (no star tuple: mypyc)


def spells_out_label(fig: Figure) -> bool:
    """A count in a means clause (以办好10件民生实事增强…, 以开展10个专项行动带动…) of a sentence that names, before it, a quoted label
    made of figures ending in the count (重点实施“310”工程): the label's packages spelt out, the plan's own work, no goal."""
    if not MEANS_CLAUSE.fullmatch(fig.clause_before):
        return False
    digits = fig.text[:len(fig.text) - len(fig.text.lstrip("0123456789"))]
    return bool(digits) and any(m.group(1).endswith(digits) and len(m.group(1)) > len(digits) for m in QUOTED_NUMBER.finditer(fig.before))
