"""Round 148, fix148c (held-out set 71: 绍兴, 南充, 临沂 2021): review baselines from a five-year recap and near wordings.
The end Y of 由X降至Y in the term's recap is the review year's level (only X is the term's start); a 达-level of an annual
value (产值) there is the review year's value; a 其中 part over a higher money class counts its parent's noun under its
parent's verb; 示范村 is villages with a title (as 行政村 reads); N家企业达到升规标准 counts firms grown above size.
Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

import pandas as pd

from govreport import extract_quantities, read_text
from govreport.tables import build_targets

from target_cases import baseline_of, class_of, targets

_HEAD = "政府工作报告\n一、“十三五”发展成就及2020年主要工作\n"
_YEAR = "2020年是极不平凡的一年，全市实现地区生产总值增长3.1%，一般公共预算收入增长2.5%。\n"
_PLAN_HEAD = "二、2021年主要工作安排\n"


def _recap_targets(term: str, plan: str) -> pd.DataFrame:
    """Targets of a report whose review opens with a 五年来 recap paragraph ``term``, then the 2020 paragraph."""
    text = _HEAD + "五年来，我们坚定不移推进高质量发展。" + term + "\n" + _YEAR + _PLAN_HEAD + plan + "\n"
    return build_targets(extract_quantities(read_text(text))).set_index("text", drop=False)


def test_the_end_of_a_recap_path_is_the_review_years_level() -> None:
    # 绍兴 rows 37, 38: PM2.5平均浓度由56降至28, AQI优良天数比例由75.7%升至90.7% in the 十三五 recap
    t = _recap_targets("持续打好蓝天保卫战，AQI优良天数比例由73.5%升至91.2%，PM2.5平均浓度由52微克/立方米降至27微克/立方米。",
                       "AQI优良天数比例88%以上，PM2.5平均浓度控制在31微克/立方米以内。")
    assert baseline_of(t, "88%") == "91.2%" and class_of(t, "88%") == "met_already"
    assert baseline_of(t, "31微克/立方米") == "27微克/立方米" and class_of(t, "31微克/立方米") == "met_already"


def test_the_start_of_a_recap_path_stays_no_baseline() -> None:
    # boundary: the path's start X is the year before the term, never the baseline; a path under 累计 is no level
    t = _recap_targets("空气质量优良天数比例由73.5%提高到80%，累计新增城镇就业由2万人增至12万人。",
                       "空气质量优良天数比例85%以上，城镇新增就业3万人。")
    assert baseline_of(t, "85%") == "80%"
    assert baseline_of(t, "3万人") == ""


def test_an_annual_output_reached_in_the_recap_is_the_review_years() -> None:
    # 南充 row 37: 现代农业产值达1205亿元 (五年来, no 累计) for 力争现代农业产值突破1300亿元
    t = _recap_targets("现代农业产值达1180亿元，建成国家级园区4个。",
                       "新建县级以上现代农业园区21个，力争现代农业产值突破1260亿元。")
    assert baseline_of(t, "1260亿元") == "1180亿元" and class_of(t, "1260亿元") == "modest"


def test_a_term_total_of_investment_stays_no_baseline() -> None:
    # boundary: money a recap totals (投资, 累计…) is no one-year value; only outputs (产值, 增加值) are
    t = _recap_targets("全社会固定资产投资达8000亿元，农业累计产值达5200亿元。",
                       "全社会固定资产投资突破1800亿元，农业产值突破1100亿元。")
    assert baseline_of(t, "1800亿元") == "" and baseline_of(t, "1100亿元") == ""


def test_a_part_over_a_higher_class_counts_its_parents_projects() -> None:
    # 绍兴 row 6: 引进投资50亿元以上产业项目13个，其中100亿元以上5个 for 引进50亿元以上项目8个、100亿元以上项目3个
    t = targets("引进投资50亿元以上产业项目12个，其中100亿元以上4个。",
                "引进50亿元以上项目7个、100亿元以上项目2个。", 2020)
    assert baseline_of(t, "2个") == "4个" and class_of(t, "2个") == "below_last_year"


def test_a_part_of_another_class_of_things_is_no_baseline() -> None:
    # boundary: the 其中 part of a count of firms is no count of projects
    t = targets("新增亿元以上企业30家，其中100亿元以上4家。", "引进100亿元以上项目2个。", 2020)
    assert baseline_of(t, "2个") == ""


def test_demonstration_villages_are_villages_for_the_same_programme() -> None:
    # 南充 row 58: 整村推进126个示范村无害化卫生厕所改造 for 整村推进120个行政村无害化卫生厕所改造
    t = targets("完成土坯房改造8.1万户，整村推进118个示范村无害化卫生厕所改造。",
                "整村推进110个行政村无害化卫生厕所改造。", 2020)
    assert baseline_of(t, "110个") == "118个" and class_of(t, "110个") == "below_last_year"


def test_firms_reaching_the_upgrade_standard_count_firms_grown_above_size() -> None:
    # 临沂 row 21: 600家企业达到升规标准 for 力争新增规模以上工业企业300家以上
    t = targets("建立小升规企业培育库，560家企业达到升规标准，新增国家级专精特新小巨人企业6家。",
                "力争新增规模以上工业企业280家以上。", 2020)
    assert baseline_of(t, "280家") == "560家" and class_of(t, "280家") == "below_last_year"
