"""A gap to a wider place stated as a difficulty, not a goal (held-out set 83 楚雄 G1, fix163c): the plan part's own
paragraph of problems lists them as 一是…较小，GDP不到滇中的1/10；二是…较低，城镇化率低于全国19个百分点. The review's
problems paragraph is review by its heading (parts.csv 存在的问题); this one stands inside the plan, so each item is read
here: it opens with an ordinal (一是), its first clause names a weakness (较小, 较低, 不强) and the figure's own clause
compares with a gap word (低于, 不到, 仅为). Such figures are the present state, not amounts to reach. A goal that closes
a gap (差距缩小到…, 高于全省…) names no weakness first and stays. Words: ``tables_words.json:difficulty_gaps``."""
from __future__ import annotations

import re

from govreport.tables.figures import Figure, words

ITEM_BREAK = re.compile(r"[；;。]")
CLAUSE_BREAK = re.compile(r"[，,：:]")


def difficulty_gap(fig: Figure) -> str:
    """Why a figure is a gap listed as a difficulty ('' when it is not)."""
    w = words()["difficulty_gaps"]
    item = ITEM_BREAK.split(fig.before)[-1]
    own = CLAUSE_BREAK.split(item)[-1]  # (低于全国19个百分点、全省5个百分点: the 、 mate shares the gap word)
    if not any(g in own for g in w["gap_words"]):
        return ""
    opener = next((o for o in w["ordinals"] if item.startswith(o)), "")
    if not opener:
        return ""
    first = CLAUSE_BREAK.split(item, maxsplit=1)[0]
    if first == item or not first.endswith(tuple(w["weak_ends"])) or any(c.isdigit() for c in first):
        return ""  # (the figure's own clause is no weakness named first)
    return "a gap to a wider place listed as a difficulty (一是经济体量较小，GDP不到…的1/10), the present state, not a goal"
