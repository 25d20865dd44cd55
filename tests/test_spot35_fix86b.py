"""Round fix86b (spot audits of 玉溪 and 沧州 2024): plan targets dropped as a class, a fact or a restatement. One test
per rule, on hand-written sentences from those texts run through the real reader and extractor."""
from __future__ import annotations

from target_cases import targets

REVIEW = "城镇新增就业3万人。"


def test_a_floor_before_a_hard_task_is_a_goal() -> None:
    """完成入园企业2200家以上、实施技改项目1400个以上的硬任务 (沧州 L28, missed): 以上的硬任务 names the goal, no class;
    年运量150万吨以上的物流园区 still classes the parks."""
    t = targets(REVIEW, "打好收官战，完成入园企业2200家以上、实施技改项目1400个以上的硬任务。建设年运量150万吨以上的物流园区2个。")
    assert "1400个" in t.index and t.loc["1400个", "target_kind"] == "floor"
    assert "150万吨" not in t.index


def test_registered_population_to_complete_is_a_goal() -> None:
    """完成农转城户籍人口4万人 (玉溪 L54, missed): 完成 makes the context figure a goal; 全市户籍人口500万人 stays a fact."""
    t = targets(REVIEW, "完成农转城户籍人口4万人，常住人口城镇化率提高2个百分点。全市户籍人口500万人。")
    assert "4万人" in t.index and "500万人" not in t.index


def test_two_counts_of_two_size_classes_are_two_goals() -> None:
    """高新区开工2个10亿元以上产业项目，其他每个园区开工2个5亿元以上产业项目 (玉溪 L34, the second missed): the size class
    after each count makes them two goals, not one said twice."""
    t = targets(REVIEW, "集中力量引进实施一批产业链关键项目，高新区开工2个10亿元以上产业项目，其他每个园区开工2个5亿元以上产业项目。")
    assert len(t.loc[["2个"]]) == 2


def test_a_count_over_a_designation_period_is_no_plan_year_goal() -> None:
    """做好捷麦、沧麦等品种推广，在创建期内新增9个耐盐碱品种 (沧州 row 14): a goal over the base's creation period, not the
    plan year's; 新增3个耐盐碱品种 without it stays."""
    t = targets(REVIEW, "做好捷麦、沧麦等品种推广，在创建期内新增9个耐盐碱品种。推广新增3个耐盐碱品种。")
    assert "9个" not in t.index and "3个" in t.index
