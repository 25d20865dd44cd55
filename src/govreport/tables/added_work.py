"""One year's flow of works or of people helped, however the review words it (measure_equivalents.json).

新增改造老旧小区300个 and the review's 改造老旧小区280个 count the same year's works: the target adds by a work verb
(``added_work_verbs``) that the review figure's clause says. And 新增…返乡就业创业2万名 against 促进…返乡就业创业2.2万人:
a review clause opening with a verb of helping (``helped_verbs``) counts those helped in the year, a flow too (audit 45).
"""
from __future__ import annotations

import re
from functools import cache

from govreport.lexicon import read_json


@cache
def _work_words() -> tuple[re.Pattern[str], tuple[str, ...]]:
    equivalents = read_json("measure_equivalents.json")
    return re.compile("新增(" + "|".join(sorted(equivalents["added_work_verbs"], key=len, reverse=True)) + ")"), tuple(equivalents["helped_verbs"])


def same_work(mine: str, theirs: str) -> bool:
    """``mine`` adds by a work verb (新增改造) that ``theirs`` says (改造); or ``theirs`` opens with a verb of helping."""
    added, helped = _work_words()
    return (found := added.search(mine)) is not None and found.group(1) in theirs or theirs.startswith(helped)
