"""A completion target takes no baseline of a start (audit 34 QXN24#40, XL24#67).

建成…2023年老旧小区改造6270户 counts compounds finished; 开工老旧小区改造6270户 of the review counts compounds begun, and
确保…2条公路建成通车 counts roads opened where …等2条新建公路…开工建设 counts roads begun: the same things at another stage,
no year's flow of the same measure. A figure's stage is read from its clause (the words before it back to the last clause
mark, and after it to the next): a start word (tables_words.json ``start_words``: 开工, 动工) or a completion word
(``completion_words``: 建成, 竣工, 完工), never both; a baseline of the other stage is refused.
"""
from __future__ import annotations

from functools import cache
from typing import Final

from govreport.tables.figures import Figure, words

CLAUSE_MARKS: Final = "，,；;。：:"


@cache
def _stage_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    return tuple(words()["start_words"]), tuple(words()["completion_words"])


def stage(fig: Figure) -> str:
    """start, complete or '' (no stage word, or both) of the figure's clause."""
    before = fig.before
    before = before[max(before.rfind(c) for c in CLAUSE_MARKS) + 1:]
    after = fig.sentence[max(fig.rel_end, 0):]
    cut = min((i for i in (after.find(c) for c in CLAUSE_MARKS) if i >= 0), default=len(after))
    clause = before + "|" + after[:cut]
    starts, completes = _stage_words()
    begun, done = any(w in clause for w in starts), any(w in clause for w in completes)
    return "start" if begun and not done else "complete" if done and not begun else ""


def other_stage(target: Figure, fig: Figure) -> bool:
    """The target counts things completed and the review figure things begun, or the other way round."""
    one = stage(target)
    return bool(one) and (two := stage(fig)) != "" and one != two
