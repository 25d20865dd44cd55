"""Plan figures that name a stock the plan draws on, or a long-term vision, not a plan-year goal (audit 38).

- a stock drawn on: 发挥100亿元产业引导基金作用, 发挥6个省级现代服务业集聚区示范效应,
  全面展现20.2平方公里先行区建设成效 (a draw verb ends the clause before, a use word ends the
  figure's clause: the fund, the zones, the area exist; their use is the work);
- a set whose own progress is pushed: 推动全市12个开发区加快发展, 加快19家省级上市挂牌后备企业上市进程
  (the zones and candidate firms exist; no amount to produce);
- the places a population goal is counted in: 实现8个县城常住人口88万人 (N个 + places + 人口 + the figure:
  the 8 county towns are the scope, 88万人 the goal);
- a facility used: 精准用好400亿元工业技改专属贷款 (a use verb ends the clause before,
  a loan or fund word ends the amount's clause: the credit line exists, its use is the work; audit 39);
- partners worked with: 引导开发园区与28家市级产业园区协同联动发展 (与/同 right before the count, a word of joint work
  ends its clause: the parks exist, the plan links its zones with them; audit 40 YZ14);
- a scheme of classes worked by: 按照5种类型分类推进 (按照 opens the clause, 类型 follows the count);
- a long-term vision: 中心城区100万人口、100平方公里建成区面积“双百城市”远景目标 (远景目标 after the
  figure in its clause: no plan-year goal).
Word lists: ``tables_words.json`` (stock_draw_verbs, stock_use_ends, facility_use_verbs, facility_nouns, own_progress_ends, vision_words,
class_scheme_openers, class_scheme_nouns, partner_links, partner_work_ends)."""
from __future__ import annotations

import re
from typing import Final

from govreport.lexicon import clause_breaks, unit_field
from govreport.tables.clauses import first_mark
from govreport.tables.figures import Figure, words

# N个 + places + a population noun + its figure (8个县城常住人口88万人)
POPULATION_SCOPE: Final = re.compile(r"[^\d，,；;。、]{1,12}?(?:常住人口|户籍人口|人口)(?:达到|达|为)?\d")


def _clause_after(fig: Figure) -> str:
    """The words after the figure up to its clause's end (、 does not end it)."""
    after = fig.sentence[fig.rel_end:fig.rel_end + 60]
    stop = first_mark(after, clause_breaks())
    return after if stop < 0 else after[:stop]


def drawn_stock_reason(fig: Figure) -> str:
    """Why ``fig`` is a stock drawn on or a long-term vision ('' when it is not); cheap tests first."""
    w = words()
    after = _clause_after(fig)
    if any(v in after for v in w["vision_words"]):
        return "a long-term vision (“双百城市”远景目标), not a plan-year goal"
    if unit_field(fig.unit, "kind") == "count" and POPULATION_SCOPE.match(fig.sentence, fig.rel_end):
        return "the places a population goal is counted in (实现8个县城常住人口88万人), not an amount to produce"
    clause = fig.clause_before.lstrip("，,、；; ")
    if clause.endswith(tuple(w["stock_draw_verbs"])) and after.endswith(tuple(w["stock_use_ends"])):
        return "a stock the plan draws on (发挥100亿元产业引导基金作用), not an amount to produce"
    if fig.unit == "元" and clause.endswith(tuple(w["facility_use_verbs"])) and after.endswith(tuple(w["facility_nouns"])):
        return "the size of a facility the plan uses (精准用好400亿元工业技改专属贷款), not an amount to reach"
    if unit_field(fig.unit, "kind") == "count" and clause.endswith(tuple(w["partner_links"])) \
            and after.endswith(tuple(w["partner_work_ends"])) and not any(c.isdigit() for c in after):
        return "the partners the plan works with (引导开发园区与28家市级产业园区协同联动发展), not an amount to produce"
    if unit_field(fig.unit, "kind") == "count" and clause.startswith(tuple(w["class_scheme_openers"])) \
            and after.startswith(tuple(w["class_scheme_nouns"])):
        return "a scheme of classes the work follows (按照5种类型分类推进), not an amount to produce"
    if unit_field(fig.unit, "kind") == "count" and after.endswith(tuple(w["own_progress_ends"])) \
            and not any(c.isdigit() for c in after):
        return "a set whose own progress is pushed (推动全市12个开发区加快发展), not an amount to produce"
    return ""
