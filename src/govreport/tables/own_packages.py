"""Counts that size the plan's own packages or a division of its ground, no amounts to produce (docs/assumptions.md
#non-targets; held-out audit 41, fix104a): a heading counting the items of the list it opens (一、促进群众就业增收（7件）),
the plan's own tasks named before their count (办好民生事项40件以上), counts that spell out a quoted numeric label of the
plan's own work (重点实施“310”工程，以办好10件民生实事…，以开展10个专项行动…) and the parts a place is divided into
(将全市划分为7个三级流域单元和26个四级流域治理单元), the plan's own work items (推进15项工作283个具体年度建设任务), an
indicator framework measured against (对照…20个一级指标) and who is in charge of what (5位…分别分管5个园区). Word lists: ``tables_words.json`` own_packages."""
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
CLAUSE_AFTER = re.compile(r"[，,；;。：:！？]")
NEXT_FIGURE = re.compile(r"\d")  # the next figure ends a figure's own noun
LIST_JOIN = re.compile(r"[和、及与]")  # a list's joint ends one member's noun (20个一级指标和83个二级指标)
WORK_ITEMS_BEFORE = re.compile(r"\d+[项件][\u4e00-\u9fff]{0,6}$")  # 推进15项工作 right before the tasks it breaks into
DIVIDED = re.compile(r"(?<!充)(?:划分为|划分成|划为|分为|分成)(?:[^，,；;。：:]*\d[^，,；;。：:\d]*[和、及与])?$")


def _w() -> dict[str, Any]:
    return words()["own_packages"]


def own_package(fig: Figure) -> str:
    """Why ``fig`` sizes the plan's own package or a division rather than a goal ('' when it does not)."""
    if unit_field(fig.unit, "kind") not in ("count", "people"):
        return ""
    if charge_count(fig):
        return "who is in charge of what (5位副市级领导分别分管5个园区工作), an arrangement, not an amount to produce"
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
    if own_work_items(fig):
        return "the plan's own work items or their tasks (推进15项工作283个具体年度建设任务), not an amount to produce"
    if framework_count(fig):
        return "the size of an indicator framework measured against (对照承接的20个一级指标), not an amount to produce"
    return ""


def _own_noun(fig: Figure) -> tuple[str, str]:
    """The figure's own clause after it, and its noun up to the next figure (15项工作283个… -> 工作)."""
    seg = CLAUSE_AFTER.split(fig.after, 1)[0]
    return seg, NEXT_FIGURE.split(seg, 1)[0]


def own_work_items(fig: Figure) -> bool:
    """A count in 项/件 whose noun is a kind of work (重点做好…32项具体工作, 聚力抓5项、…抓3项创新性亮点工作: ``work_item_heads``),
    or the tasks a count of work items right before it breaks into (15项工作283个具体年度建设任务): the plan's own
    work, as 办好10件民生实事 is (procedure.py), no amount to produce."""
    w = _w()
    seg, noun = _own_noun(fig)
    heads = tuple(w["work_item_heads"])
    if fig.unit in w["work_item_units"] and (noun.endswith(heads) or noun.startswith("、") and seg.endswith(heads)):
        return True
    if fig.unit in w["work_item_units"] and noun.endswith(tuple(w["task_item_heads"])) and fig.clause_before.endswith(tuple(w["task_item_verbs"])):
        return True  # 实施19项示范任务: carried out (``task_item_verbs``), not 完成…整改任务 nor 深入推进393项改革任务 (goals; held-out audit 49 嘉兴 G1)
    return noun.endswith(tuple(w["work_item_parts"])) and bool(WORK_ITEMS_BEFORE.search(fig.clause_before)) \
        and any(fig.clause_before.endswith(h) for h in heads)


def framework_count(fig: Figure) -> bool:
    """A count of indicators (``framework_heads``) in a clause opening with a verb of measuring against (对照, 对标:
    ``framework_verbs``): 对照承接的20个一级指标和83个二级指标 sizes the evaluation framework, the plan's yardstick."""
    w = _w()
    _, noun = _own_noun(fig)
    noun = LIST_JOIN.split(noun, 1)[0]
    if not noun.endswith(tuple(w["framework_heads"])):
        return False
    clause = fig.clause_before
    if _measures_against(clause):
        return True
    # 我们将对标…35项指标，特别是…的7项指标: a part of the framework the clause before measures against (held-out audit 81 榆林 G1)
    earlier = CLAUSE_AFTER.split(fig.before[: len(fig.before) - len(clause)].rstrip("，,"))[-1]
    return clause.startswith(tuple(w["framework_part_leads"])) and _measures_against(earlier) \
        and any(h in earlier for h in w["framework_heads"])


def _measures_against(clause: str) -> bool:
    """The clause opens with a verb of measuring against (``framework_verbs``), after at most a subject and modal
    (我们将对标…: ``framework_leads``)."""
    w = _w()
    lead = next((p for p in w["framework_leads"] if clause.startswith(p)), "")
    return clause[len(lead):].startswith(tuple(w["framework_verbs"]))


def charge_count(fig: Figure) -> bool:
    """A count right after a verb of being in charge (分管, 包联: ``charge_verbs``), or of the people who are, right
    before it (5位副市级领导分别分管5个园区工作): the government's division of work, no goal."""
    verbs = tuple(_w()["charge_verbs"])
    _, noun = _own_noun(fig)
    return fig.clause_before.removesuffix("分别").endswith(verbs) or noun.removesuffix("分别").endswith(verbs)


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
