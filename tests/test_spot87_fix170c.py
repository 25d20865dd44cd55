"""Round 170, fix170c (held-out set 87): 眼 a counter for wells (修复农田灌溉井1700眼), a reward each listed firm gets
(对…新上市企业奖励1000万元) a standard, another government's goal (自治区制定今年经济增长…的目标) and N个“…计划” list
sizes context, and 确定的N件民生实事如期完成 the plan's own list. Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from tests.target_cases import names_by_text, targets

_REVIEW = "全年地区生产总值增长6%，新建高标准农田20万亩。"


def _quantity(text: str, figure: str) -> tuple[str, str]:
    """(unit, role) of the figure written ``figure`` in a plan part."""
    q = extract_quantities(read_text(f"政府工作报告\n一、2020年工作回顾\n{_REVIEW}\n二、2021年重点工作\n{text}\n"))
    row = q[q["text"] == figure].iloc[0]
    return str(row["unit"]), str(row["role"])


def test_wells_counted_in_yan_are_a_target() -> None:
    plan = "建设高标准农田15万亩，修复农田灌溉井1500眼。"
    assert _quantity(plan, "1500眼") == ("眼", "target")
    assert "1500眼" in names_by_text(_REVIEW, plan)


def test_yan_opening_a_word_is_no_unit() -> None:
    # boundary: 眼前/眼光 after a number are words, not a counter
    q = extract_quantities(read_text("政府工作报告\n二、2021年重点工作\n完成2021眼前的各项任务，新打机电井300眼。\n"))
    assert "2021眼" not in set(q["text"]) and "300眼" in set(q["text"])


def test_a_reward_each_listed_firm_gets_is_no_target() -> None:
    plan = "深入实施企业上市培育工程，对在境内外新上市企业奖励800万元。全年新增上市企业3家。"
    got = names_by_text(_REVIEW, plan)
    assert "800万元" not in got and "3家" in got


def test_a_reward_fund_stays_a_target() -> None:
    # boundary: a fund named after the verb (奖补资金) or a payment with no beneficiary after 对 is a total
    got = names_by_text(_REVIEW, "安排企业技改奖补资金2亿元。")
    assert "2亿元" in got


def test_another_governments_goal_is_context() -> None:
    plan = "全市地区生产总值增长7.5%左右。同时，自治区制定今年经济增长7%—7.5%的目标，要求条件好的市争取高于全区水平。"
    got = names_by_text(_REVIEW, plan)
    assert "7%—7.5%" not in got and "7.5%" in got


def test_completing_a_provincial_goal_stays_a_target() -> None:
    # boundary: the city's own verb opens the clause (完成省下达的…目标): the city's goal
    got = names_by_text(_REVIEW, "全市地区生产总值增长7.5%左右，确保完成省下达的单位地区生产总值能耗下降3%的目标。")
    assert "3%" in got


def test_a_count_of_quoted_plans_is_a_list_size() -> None:
    got = names_by_text(_REVIEW, "实施教育3个“三年行动计划”，新建中小学12所。")
    assert "3个" not in got and "12所" in got


def test_a_count_of_projects_after_a_plan_verb_stays() -> None:
    # boundary: 实施N个…项目 counts projects, no plans
    got = names_by_text(_REVIEW, "实施教育5个重点建设项目，新建中小学12所。")
    assert "5个" in got


def test_chosen_livelihood_tasks_done_on_time_are_the_plans_own_list() -> None:
    plan = "确保市委、市政府确定的15件民生实事如期完成，新建城市公园4个。"
    got = names_by_text(_REVIEW, plan)
    assert "15件" not in got and "4个" in got


def test_livelihood_cases_handled_stay_a_target() -> None:
    # boundary: 件 of another noun (信访案件) with a completion verb is a count to reach
    got = names_by_text(_REVIEW, "确保办结群众信访案件200件。")
    assert "200件" in got


def test_targets_table_keeps_the_wells_row() -> None:
    t = targets(_REVIEW, "修复农田灌溉井1500眼。", review_year=2020)
    assert list(t["unit"]) == ["眼"]
