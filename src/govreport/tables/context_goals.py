"""When a context figure (高校毕业生, 常住人口: ``context_indicators``) is a goal of the plan, not a fact it works with
(docs/assumptions.md#which-figures-are-targets)."""
from __future__ import annotations

import re
from functools import cache

from govreport.tables.figures import words


def context_goal(clause: str) -> bool:
    """A verb of the figure's list clause makes a context figure a goal: a goal verb (引导, 吸引: ``context_goal_verbs``), a
    commitment word (力争), or coming to and staying in a place (力争来阜留阜大学生4.5万人: ``context_goal_frames``, audit 47);
    今年高校毕业生1170万人 is a fact."""
    return any(v in clause for v in words()["context_goal_verbs"]) or _come_and_stay().search(clause) is not None


@cache
def _come_and_stay() -> re.Pattern[str]:
    """来X留X, 留X来X (one place character repeated): ``context_goal_frames``."""
    frames = words()["context_goal_frames"]
    return re.compile("|".join(f"{a}([\u4e00-\u9fff]){b}\\{i + 1}" for i, (a, b) in enumerate(frames)))
