"""Plan figures that name a stock the plan draws on, or a long-term vision, not a plan-year goal (audit 38).

- a stock drawn on: 发挥100亿元产业引导基金作用, 发挥6个省级现代服务业集聚区示范效应,
  全面展现20.2平方公里先行区建设成效 (a draw verb ends the clause before, a use word ends the
  figure's clause: the fund, the zones, the area exist; their use is the work);
- a set whose own progress is pushed: 推动全市12个开发区加快发展, 加快19家省级上市挂牌后备企业上市进程
  (the zones and candidate firms exist; no amount to produce); a pool of reserve projects prepared: 加快…996个“两重”、
  …1009个“两新”等谋划储备项目前期工作 (the clause ends in a reserve_pool_ends word: the pool exists);
- the places a population goal is counted in: 实现8个县城常住人口88万人 (N个 + places + 人口 + the figure:
  the 8 county towns are the scope, 88万人 the goal);
  a later member of a list drawn on (充分发挥12个招商专班、4个…基地…等作用) and a stock's own size (发挥总规模30亿元的…基金作用);
- a facility used: 精准用好400亿元工业技改专属贷款 (a use verb ends the clause before,
  a loan or fund word ends the amount's clause: the credit line exists, its use is the work; audit 39);
- partners worked with: 引导开发园区与28家市级产业园区协同联动发展 (与/同 right before the count, a word of joint work
  ends its clause: the parks exist, the plan links its zones with them; audit 40 YZ14);
- a scheme of classes worked by: 按照5种类型分类推进 (按照 opens the clause, 类型 follows the count);
- a long-term vision: 中心城区100万人口、100平方公里建成区面积“双百城市”远景目标 (远景目标 after the
  figure in its clause: no plan-year goal);
- a strength drawn on: 充分发挥宁德46个民族大家庭…的独特优势 (a draw verb opens the clause, 优势 closes it: what the place has);
- a set that has won its support: 抓好已获得…资金支持的73个项目 (已获得 in the clause before, closed by 的), and the funds it
  won put to use after it: 确保44亿元国家政策性资金落地见效 (a won mark before, a use end closing the amount's clause);
- a later plan's goal: 锚定经济总量1100亿元目标，科学谋划“十五五”发展 (锚定…目标 in a sentence naming a five-year
  plan that starts after the figure's year).
Word lists: ``tables_words.json`` (stock_draw_verbs, stock_use_ends, facility_use_verbs, facility_nouns, own_progress_ends, vision_words,
class_scheme_openers, class_scheme_nouns, partner_links, partner_work_ends, strength_ends, won_set_marks, won_funds_ends, reserve_pool_ends, anchored_goal, five_year_plans)."""
from __future__ import annotations

import re
from typing import Final

from govreport.lexicon import clause_breaks, unit_field
from govreport.tables.clauses import first_mark, last_mark
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
    if _later_plan_goal(fig, after):
        return "a later five-year plan's goal (锚定经济总量1100亿元目标，科学谋划“十五五”发展), not a plan-year goal"
    if unit_field(fig.unit, "kind") == "count" and POPULATION_SCOPE.match(fig.sentence, fig.rel_end):
        return "the places a population goal is counted in (实现8个县城常住人口88万人), not an amount to produce"
    clause = fig.clause_before.lstrip("，,、；; ")
    if unit_field(fig.unit, "kind") == "count" and _held_set(fig.before[last_mark(fig.before, clause_breaks()) + 1:], after):
        return "a set the place has or that has won its support (发挥…46个民族大家庭…优势, 已获得…支持的73个项目), not an amount to produce"
    if unit_field(fig.unit, "kind") == "money" and after.endswith(tuple(w["won_funds_ends"])) \
            and any(m in fig.before for m in w["won_set_marks"]):  # (spot 37 绥化 row 43)
        return "funds already won, put to use (抓好已获得…资金支持的73个项目，确保44亿元…资金落地见效), not an amount to raise"
    if (clause.endswith(tuple(w["stock_draw_verbs"])) or _drawn_list_or_size(fig, after)) and after.endswith(tuple(w["stock_use_ends"])):
        return "a stock the plan draws on (发挥100亿元产业引导基金作用), not an amount to produce"
    if fig.unit == "元" and clause.endswith(tuple(w["facility_use_verbs"])) and after.endswith(tuple(w["facility_nouns"])):
        return "the size of a facility the plan uses (精准用好400亿元工业技改专属贷款), not an amount to reach"
    if unit_field(fig.unit, "kind") == "count" and clause.endswith(tuple(w["partner_links"])) \
            and after.endswith(tuple(w["partner_work_ends"])) and not any(c.isdigit() for c in after):
        return "the partners the plan works with (引导开发园区与28家市级产业园区协同联动发展), not an amount to produce"
    if unit_field(fig.unit, "kind") == "count" and clause.startswith(tuple(w["class_scheme_openers"])) \
            and after.startswith(tuple(w["class_scheme_nouns"])):
        return "a scheme of classes the work follows (按照5种类型分类推进), not an amount to produce"
    if unit_field(fig.unit, "kind") == "count" and after.endswith(tuple(w["reserve_pool_ends"])):  # (spot 37 绥化 rows 44, 45)
        return "a pool of reserve projects whose preparation is sped up (加快…996个“两重”…等谋划储备项目前期工作), not an amount to produce"
    if unit_field(fig.unit, "kind") == "count" and after.endswith(tuple(w["own_progress_ends"])) \
            and not any(c.isdigit() for c in after):
        return "a set whose own progress is pushed (推动全市12个开发区加快发展), not an amount to produce"
    return ""


def _drawn_list_or_size(fig: Figure, after: str) -> bool:
    """A draw verb opens the figure's clause (、 lists kept) and no figure follows up to its use end: a later member of a
    list drawn on (充分发挥12个招商专班、4个双招双引基地…等作用) or a stock's own size (发挥总规模30亿元的…基金作用; held-out audit 47)."""
    wide = fig.before[last_mark(fig.before, clause_breaks()) + 1:]
    return any(0 <= wide.find(v) <= 2 for v in words()["stock_draw_verbs"]) and not any(c.isdigit() for c in after)


def _held_set(clause: str, after: str) -> bool:
    """A count in a clause (、 lists kept) opened by a draw verb (发挥, after an adverb) and closed by a strength (``strength_ends``:
    充分发挥宁德46个民族大家庭…的独特优势), or after a relative clause of support already won (``won_set_marks``:
    抓好已获得…资金支持的73个项目): what exists, worked on (spot 37 宁德, 绥化)."""
    w = words()
    digits = any(c.isdigit() for c in after)
    drawn = any(0 <= clause.find(v) <= 3 for v in w["stock_draw_verbs"])
    if drawn and not digits and after.endswith(tuple(w["strength_ends"])):
        return True
    return clause.endswith("的") and any(m in clause for m in w["won_set_marks"])


def _later_plan_goal(fig: Figure, after: str) -> bool:
    """锚定 opens the figure's clause and 目标 closes it (``anchored_goal``), and the sentence names a five-year plan
    (``five_year_plans``) that starts after the figure's year: the later plan's goal (spot 37 平凉 row 15)."""
    anchored = words()["anchored_goal"]
    clause = fig.clause_before.lstrip("，,、；; ")
    if fig.year is None or not clause.startswith(tuple(anchored["verbs"])) or after not in anchored["ends"]:
        return False
    plans: dict[str, list[int]] = words()["five_year_plans"]
    return any(name in fig.sentence and span[0] > fig.year for name, span in plans.items())
