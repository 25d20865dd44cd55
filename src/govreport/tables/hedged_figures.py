"""Plan figures that are no commitment, and a level reached written as a step (spot audit 58).

A plan's argument for its goals (综合分析) cites a hope (全市经济总量就有望突破5000亿元), an estimate (预估今年工业产值可有600亿元
净增量) or a past record (包头过去三年平均增速在8.5%左右): none is a goal (data/tables_words.json hedge_words, past_spans). A level
reached written as a step (集群规模迈上4000亿元台阶) is a floor: the step passed, whatever the amount above it."""
from __future__ import annotations

import re
from functools import cache

from govreport.lexicon import name_words
from govreport.tables.figures import Figure, words

_PAST_YEARS = r"[一二两三四五六七八九十\d]{1,2}年"


@cache
def _past() -> re.Pattern[str]:
    return re.compile("(?:" + "|".join(map(re.escape, words()["past_spans"])) + ")" + _PAST_YEARS)


def hedged(fig: Figure) -> str:
    """Why the figure's own clause makes it no goal: a hedge word (有望, 预估) or a span of past years (过去三年) before it."""
    clause = fig.clause_before
    if any(w in clause for w in words()["hedge_words"]):
        return "a hope or an estimate (就有望突破5000亿元, 预估…可有600亿元净增量), not a commitment"
    if _past().search(clause):
        return "a record of past years cited (过去三年平均增速在8.5%左右), not a goal"
    return ""


def step_reached(fig: Figure) -> bool:
    """The amount is a step the level is to pass: a crossing verb right before it (迈上, 站上) and the step's noun right after
    it (台阶, 新台阶), or inside the figure's own text when the amount is a word numeral (迈上千亿元台阶: held-out audit 50)."""
    gaps = name_words("crossing_gap")
    return fig.clause_before.endswith(name_words("crossing")) \
        and (fig.sentence.startswith(gaps, fig.rel_end) or fig.text.endswith(gaps))
