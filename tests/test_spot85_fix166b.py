"""Held-out set 85, fix166b: a review figure of another set, scope or state than the target's is no baseline
(tables/other_states.py, tables/head_scopes.py). Paraphrased sentences of the audited reports through the real reader and
extractor; each shape with the near miss that keeps its baseline."""
from __future__ import annotations

from target_cases import baseline_of, targets

GOALS = "地区生产总值增长6%左右。"


def test_new_planting_is_not_measured_by_the_whole_planted_area() -> None:
    """新种植牛油果8万亩 is the year's new planting; 牛油果种植面积超5万亩 is the whole area planted (崇左 row 40)."""
    t = targets("农产品精深加工快速发展，牛油果种植面积超5万亩、排全省第1位，新增肉牛存栏2万头。",
                GOALS + "继续发展农产品精深加工，新种植牛油果8万亩、核桃1万亩以上。")
    assert baseline_of(t, "8万亩") == ""


def test_new_planting_keeps_last_years_new_planting() -> None:
    t = targets("农产品精深加工快速发展，新种植牛油果6万亩。", GOALS + "继续发展农产品精深加工，新种植牛油果8万亩、核桃1万亩以上。")
    assert baseline_of(t, "8万亩") == "6万亩"


def test_a_milestone_is_not_measured_by_the_same_works_under_way() -> None:
    """实现…2个码头泊位通港 against …2个码头泊位建设顺利推进: one project at two stages (玉林 row 14)."""
    t = targets("港口东岸2个5万吨级码头泊位建设顺利推进。", GOALS + "实现港口东岸2个5万吨级码头泊位通港，规划建设10万吨级码头；")
    assert baseline_of(t, "2个") == ""


def test_another_sets_total_investment_is_no_baseline() -> None:
    """…风电二期等项目建设，总投资40亿元 against 实施为民办实事工程30项、总投资30亿元 (来宾 rows 12, 22)."""
    review = "实施为民办实事工程30项、总投资30亿元，创历年之最；"
    t = targets(review, GOALS + "新型能源电力，大力发展光伏、风电等清洁能源，加快某山风电、某岭风电二期等项目建设，总投资40亿元以上。")
    assert baseline_of(t, "40亿元") == ""
    t = targets(review, GOALS + "大力发展生物化工等产业，引进新的化工项目8个、总投资20亿元以上。")
    assert baseline_of(t, "20亿元") == ""


def test_the_same_sets_total_investment_stays() -> None:
    t = targets("新签约项目90个、总投资700亿元。", GOALS + "全年新签约项目100个、总投资800亿元以上。")
    assert baseline_of(t, "800亿元") == "700亿元"


def test_a_code_named_industry_system_is_not_the_city() -> None:
    """力争“311”特色产业体系规模以上工业总产值增长18%: that system's output, not the city's (崇左 row 17)."""
    review = "规模以上工业总产值增长20%。"
    t = targets(review, GOALS + "加快构建现代产业体系，力争“311”特色产业体系规模以上工业总产值增长18%。")
    assert baseline_of(t, "18%") == ""
    t = targets(review, GOALS + "加快构建现代产业体系，力争规模以上工业总产值增长18%。")
    assert baseline_of(t, "18%") == "20%"


def test_one_parks_bare_park_figure_is_not_all_parks() -> None:
    """A review sentence opening on one named park calls it 园区 later: its 35% is no baseline of all parks' (崇左 row 26)."""
    plan = GOALS + "统筹抓好企业生产运营，力争园区规模以上工业总产值增长20%。"
    t = targets("某某产业园承接东部转移项目40个，一批重大项目开工建设，园区规模以上工业总产值增长35%，排全省同类园区第1位。", plan)
    assert baseline_of(t, "20%") == ""
    t = targets("产业园区提质增效，园区规模以上工业总产值增长25%。", plan)
    assert baseline_of(t, "20%") == "25%"


def test_another_size_threshold_is_another_set_of_projects() -> None:
    """实施5000万元以上重大项目…完成投资550亿元 against 3000万元以上重大项目…完成投资600亿元 (玉林 row 22)."""
    plan = GOALS + "实施5000万元以上重大项目650个，完成投资550亿元，重点抓好100个重大项目攻坚。"
    t = targets("开展项目建设攻坚活动，统筹推进3000万元以上重大项目900个，完成投资600亿元。", plan)
    assert baseline_of(t, "550亿元") == ""
    t = targets("开展项目建设攻坚活动，统筹推进5000万元以上重大项目600个，完成投资500亿元。", plan)
    assert baseline_of(t, "550亿元") == "500亿元"
