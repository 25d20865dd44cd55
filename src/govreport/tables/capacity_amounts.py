"""A capacity figure that is itself the amount of capacity (新增9万吨日处理能力, 形成1650万吨接卸能力), not the size in a
project's name: the noun after it is a capacity (``tables_words.json:capacity_amount_ends``) closing its clause."""
from __future__ import annotations

import re
from functools import cache

from govreport.tables.figures import Figure, words


@cache
def _capacity_after() -> re.Pattern[str]:
    """At most four characters of what is handled (日处理, 接卸), a capacity noun, then the clause's end."""
    ends = "|".join(map(re.escape, words()["capacity_amount_ends"]))
    return re.compile(rf"[\u4e00-\u9fff]{{0,4}}?(?:{ends})(?:[，,；;。：:]|$)")


def capacity_itself(fig: Figure) -> bool:
    """The figure measures a capacity added or formed, a goal of its own (新增9万吨日处理能力: audit 94 大庆 M2)."""
    return _capacity_after().match(fig.sentence, fig.rel_end) is not None
