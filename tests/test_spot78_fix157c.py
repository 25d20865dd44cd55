"""Round 157, fix157c (held-out set 78): review figures that are no baseline of the target they were taken for: a five-year
change under a heading naming the term's achievements, one crop's rate for the main crops', a count cultivated for a stock
reached, the size of a batch begun for the batch's completions. Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

import pandas as pd

from govreport import extract_quantities, read_text
from govreport.tables import build_targets
from tests.target_cases import baseline_of, targets


def _term_report(heading: str) -> pd.DataFrame:
    text = ("政府工作报告\n"
            f"一、{heading}\n"
            "刚刚过去的2020年，全市生产总值增长3.1%，新增市场主体1.2万户。\n"
            "2020年各项工作顺利完成，标志着“十三五”圆满收官。五年来，我们砥砺奋进。\n"
            "综合实力大幅跃升。全市城镇化率58.7%，提高7.1个百分点，开发区改革活力迸发。\n"
            "二、2021年重点工作\n"
            "今年主要预期目标是：生产总值增长8%左右，常住人口城镇化率提高1个百分点左右。\n")
    return build_targets(extract_quantities(read_text(text)), text=text).set_index("text", drop=False)  # text: as the CLI gives it


def test_a_change_in_the_terms_achievements_is_no_years_change() -> None:
    # 三门峡 row 6: 提高7.1个百分点 under 2020年工作回顾及“十三五”主要成就, after 五年来: the term's change
    t = _term_report("2020年工作回顾及“十三五”主要成就")
    assert baseline_of(t, "1个百分点") == ""
    assert baseline_of(t, "8%") == "3.1%"  # the year's part before the term's: kept


def test_a_heading_of_the_year_alone_keeps_the_change() -> None:
    # boundary: a heading naming no five-year plan leaves the figure the year's, as before
    t = _term_report("2020年工作回顾")
    assert baseline_of(t, "1个百分点") == "7.1个百分点"


def test_one_crops_rate_is_no_baseline_of_the_main_crops() -> None:
    # 贵港 row 26: 主要农作物…机械化率 did take 水稻…机械化率
    t = targets("水稻耕种收综合机械化率87%。", "加快农业机械化步伐，主要农作物耕种收机械化率达75%。", 2020)
    assert baseline_of(t, "75%") == ""


def test_the_same_crops_rate_stays() -> None:
    # boundary: the main crops' rate in both (农作物 read as 主要农作物)
    t = targets("农作物耕种收综合机械化率72%。", "加快农业机械化步伐，主要农作物耕种收机械化率达75%。", 2020)
    assert baseline_of(t, "75%") == "72%"


def test_firms_cultivated_are_no_baseline_of_a_stock_reached() -> None:
    # 资阳 row 38: 高新技术企业突破30户 took 培育高新技术企业9户
    t = targets("培育高新技术企业9户，新增科技型中小企业16户。", "加强科技型企业培育，高新技术企业突破30户。", 2020)
    assert baseline_of(t, "30户") == ""


def test_firms_reached_stay_the_baseline_of_a_stock() -> None:
    # boundary: a review stock (高新技术企业达到25户) is the baseline of the stock reached
    t = targets("全市高新技术企业达到25户。", "加强科技型企业培育，高新技术企业突破30户。", 2020)
    assert baseline_of(t, "30户") == "25户"


def test_a_batch_begun_is_no_baseline_of_its_completions() -> None:
    # 资阳 row 32: 完成第二批1000个5G基站建设 took 提前实施第二批2000个5G基站建设
    t = targets("电网改造全面完成，提前实施第二批2000个5G基站建设。", "加快新型基础设施建设，完成第二批1000个5G基站建设。", 2020)
    assert baseline_of(t, "1000个") == ""


def test_a_batch_built_stays_a_baseline() -> None:
    # boundary: a count built (建成首批500个5G基站) is still read as a baseline
    t = targets("率先建成首批500个5G基站，提前实施第二批2000个5G基站建设。", "加快新型基础设施建设，完成第二批1000个5G基站建设。", 2020)
    assert baseline_of(t, "1000个") == "500个"
