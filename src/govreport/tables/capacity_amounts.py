"""A capacity figure that is itself the amount of capacity (新增9万吨日处理能力, 形成1650万吨接卸能力, 184万千瓦新增电源并网),
not the size in a project's name: the noun after it is a capacity (``tables_words.json:capacity_amount_ends``) closing its
clause, or new capacity brought into use (``capacity_added_work``)."""
from __future__ import annotations

import re
from functools import cache

from govreport.tables.figures import Figure, words


@cache
def _capacity_after() -> re.Pattern[str]:
    """At most four characters of what is handled (日处理, 接卸), a capacity noun, then the clause's end."""
    ends = "|".join(map(re.escape, words()["capacity_amount_ends"]))
    return re.compile(rf"[\u4e00-\u9fff]{{0,4}}?(?:{ends})(?:[，,；;。：:]|$)")


@cache
def _added_work() -> re.Pattern[str]:
    """新增, at most six characters of what is added (电源), then the work bringing it into use (并网)."""
    w = words()["capacity_added_work"]
    opens, work = ("|".join(map(re.escape, w[k])) for k in ("opens", "work"))
    return re.compile(rf"(?:{opens})[\u4e00-\u9fff]{{0,6}}?(?:{work})")


def capacity_itself(fig: Figure) -> bool:
    """The figure measures a capacity added or formed, a goal of its own (新增9万吨日处理能力: audit 94 大庆 M2), or the new
    capacity a year's work connects (组织做好184万千瓦新增电源并网工作: a project's name never opens with 新增, audit 41).
    Not a later member of a 、 list (形成21万吨硅料、67吉瓦拉棒切方产能): the noun closes the list, not this member alone."""
    return (_capacity_after().match(fig.sentence, fig.rel_end) is not None and not _listed(fig)
            or _added_work().match(fig.sentence, fig.rel_end) is not None)


def _listed(fig: Figure) -> bool:
    """The figure's segment opens after a 、 (a later member of a list)."""
    at = len(fig.before) - len(fig.clause_before) - 1
    return at >= 0 and fig.before[at] == "、"
