"""A review count stated as the size of a batch begun (提前实施第二批2000个5G基站建设, 启动第三批…): how many the set holds, not how
many were built or reached, so no baseline of a target (held-out set 78 资阳 row 32, fix157c). A target that begins a batch
too (启动第三批…) measures the same kind of thing and keeps it."""
from __future__ import annotations

import re
from functools import cache

from govreport.lexicon import read_json
from govreport.tables.figures import Figure


@cache
def _begun_batch() -> re.Pattern[str]:
    """A verb of beginning (``begun_batch_verbs``), a few words, then 第N批 right before the count."""
    verbs = "|".join(map(re.escape, read_json("baseline_scopes.json")["begun_batch_verbs"]))
    return re.compile(r"(?:" + verbs + r")[^，,；;。、\d]{0,4}第[一二三四五六七八九十\d]+批$")


def begun_batch(fig: Figure) -> bool:
    """The count stands right after 实施/启动 … 第N批 in its own clause: the size of a set begun."""
    return _begun_batch().search(fig.clause_before) is not None


def batch_size_for_output(target: Figure, fig: Figure) -> bool:
    """The review figure is the size of a batch begun, the target no such size (完成第二批1000个5G基站建设)."""
    return begun_batch(fig) and not begun_batch(target)
