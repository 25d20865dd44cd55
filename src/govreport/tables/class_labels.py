"""Amounts and numbers that class or name a kind of thing, no amount to produce (held-out set 69, fix145f).

- a list of revenue thresholds before 的 + a noun: 新增一批营业收入超10、20、50亿元的工业企业 (the firms' size classes; the count is
  一批, no figure), while 新增营业收入超10亿元企业5家 keeps its count (no 的: the class is read elsewhere);
- a bare four-digit number glued to 项目 with no counter, the same number standing in quotes in the report: 力争引进5020项目
  超过去年水平 beside the review's 全年引进“5020”项目21个 (a project class's name, read as 5020项).
Word lists: ``tables_words.json`` class_over_words, goal_nouns.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from govreport.lexicon import unit_field
from govreport.tables.figures import Figure, words

# the rest of a list of thresholds sharing the last one's unit (、20、50亿元), then 的 and a noun
THRESHOLDS_THEN_NOUN = re.compile(r"(?:、[\d.]+(?:[万亿]*元)?)*的(?=[\u4e00-\u9fff])")
GLUED_LABEL = re.compile(r"(\d{4})项")  # 5020项 of 5020项目: four digits, no counter of its own
QUOTED_NUMBER = re.compile(r"[“\"]\s*(\d{4})\s*[”\"]")  # “5020”: a number standing alone in quotes, a name


@cache
def _over_before() -> re.Pattern[str]:
    """A measure (two ideographs at least), an over word (``class_over_words``: 超) and the list's earlier thresholds
    (10、20、), closing the text before the figure."""
    overs = "|".join(sorted(words()["class_over_words"], key=len, reverse=True))
    return re.compile(rf"[\u4e00-\u9fff]{{2}}(?:{overs})(?:[\d.]+、)*$")


def thresholds_before_noun(fig: Figure) -> bool:
    """An amount of money after a measure and an over word, alone or one of a 、 list of such amounts, then 的 and a
    noun that is no goal word (``goal_nouns``: 超100亿元的目标 is a goal): the class of the things named after it
    (营业收入超10、20、50亿元的工业企业), not an amount to reach."""
    if unit_field(fig.unit, "kind") != "money" or not _over_before().search(fig.before):
        return False
    after = fig.after
    m = THRESHOLDS_THEN_NOUN.match(after)
    return m is not None and not after.startswith(tuple(words()["goal_nouns"]), m.end())


def quoted_numbers(texts: Iterable[str]) -> frozenset[str]:
    """The four-digit numbers that stand alone in quotes somewhere in ``texts`` (a report's text, or its sentences)."""
    return frozenset(n for t in texts for n in QUOTED_NUMBER.findall(t))


def glued_project_label(fig: Figure, quoted: frozenset[str]) -> bool:
    """A bare four-digit number read with 项 of 项目 (no 目标: 1000项目标任务 counts tasks) as its unit, the number
    quoted elsewhere in the report (“5020”项目): a project class's name, no count (力争引进5020项目超过去年水平)."""
    m = GLUED_LABEL.fullmatch(fig.text)
    after = fig.after
    return m is not None and m.group(1) in quoted and after.startswith("目") and not after.startswith("目标")
