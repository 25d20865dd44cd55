"""Counts that frame the plan's own work, not amounts to produce (spot 36, docs/assumptions.md#review-part-targets):
the plan's sections announced before a colon (具体抓好9项工作：), households that class villages (30户以上自然村通村硬化道路),
a pivot verb taking a set of the plan's own paths to deepen (推动产业转型升级12条路径走深走实). Word lists: ``tables_words.json`` section_work_words,
settlement_nouns, deepened_ends, task_verbs."""
from __future__ import annotations

import re

from govreport.lexicon import clause_breaks, unit_field
from govreport.tables.clauses import first_mark, last_mark
from govreport.tables.figures import Figure, words

COLON = ("：", ":")
FLOOR_WORDS = ("及以上", "以上")
DIGIT = re.compile(r"\d")


def frames_plan_work(fig: Figure) -> str:
    """Why the figure frames the plan's own work ('' when it does not)."""
    w = words()
    after = fig.after
    if fig.unit == "户":
        tail = next((after[len(f):] for f in FLOOR_WORDS if after.startswith(f)), None)
        if tail is not None and tail.startswith(tuple(w["settlement_nouns"])):
            return "households that class the villages worked on (30户以上自然村通村硬化道路), not an amount to produce"
    if unit_field(fig.unit, "kind") != "count":
        return ""
    if any(after.startswith(s + c) for s in w["section_work_words"] for c in COLON):
        return "the plan's own sections announced before a colon (具体抓好9项工作：), not an amount to produce"
    before = fig.before
    clause = before[last_mark(before, clause_breaks()) + 1:]
    stop = first_mark(after, clause_breaks())
    rest = after if stop < 0 else after[:stop]
    opener = clause
    for adverb in (*w["scope_adverbs"], *w["pivot_adverbs"]):
        opener = opener.removeprefix(adverb)
    if opener.startswith(tuple(w["pivot_verbs"])) and rest.endswith(tuple(w["deepened_ends"])) and not DIGIT.search(rest):
        return "the plan's own paths a pivot verb deepens (推动产业转型升级12条路径走深走实), not an amount to produce"
    return ""


TASK_RUN = re.compile(r"[\u4e00-\u9fff]{0,12}?任务(?=$|[，,；;。])")  # 烟叶收购任务: the noun run closing on 任务, no mark or figure


def task_to_complete(before: str, after: str) -> bool:
    """An amount before the task it sizes, after a verb of completing (``tables_words.json:task_verbs``):
    完成148万担烟叶收购任务 is the amount the plan commits to, not a capacity in a project's name."""
    return before.endswith(tuple(words()["task_verbs"])) and TASK_RUN.match(after) is not None
