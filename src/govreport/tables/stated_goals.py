"""Plan-year goals read as results: figures of a part read as review whose sentence states goals
(主要目标是：…, 力争, 确保: tables_words.json ``stated_goal_words``) and whose sentence or heading
names the plan year or 今年 (二、2024年主要工作 / 经济社会发展的主要目标是：地区生产总值增长5.5%左右) —
what ``plan_checks.check_plan_coverage`` counts when the targets table is empty or tiny
(docs/assumptions.md#check-plan-coverage)."""
from __future__ import annotations

from functools import cache

from govreport.tables.figures import Figure, words


@cache
def _goal_words() -> tuple[str, ...]:
    return tuple(words()["stated_goal_words"])


def _names_year(words: str, plan_year: int) -> bool:
    """The plan year (2024年, ２０２４年) or 今年 (not 今年以来, the year so far) in ``words``."""
    year = f"{plan_year}年"
    wide = year.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    return year in words or wide in words or "今年" in words.replace("今年以来", "")


def goals_read_as_review(figs: list[Figure], plan_year: int | None) -> list[Figure]:
    """Figures with a value in the review part (read as results, or as goals the table leaves out) that state goals for the plan year."""
    if plan_year is None:
        return []
    words = _goal_words()
    return [f for f in figs if f.part == "review" and f.value is not None
            and any(w in f.sentence for w in words)
            and (_names_year(f.sentence, plan_year) or _names_year(f.section, plan_year))]
