"""Held-out audit 40b (徐州, 揭阳, 汉中 2023), round fix102a: headline review figures whose names were broken (a bracket of
an adjusted level, an adverb of the crossing), a project investment after a count of projects, a register's stock set
against a year's addition, and a part of the place's goal taken for a restatement of the city's."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from target_cases import baseline_of, class_of, targets


def _names(review: str, plan: str = "地区生产总值增长5%。") -> dict[str, str]:
    """The indicator of each figure of ``review`` and ``plan``, by its text."""
    text = f"政府工作报告\n一、2022年工作回顾\n{review}\n二、2023年重点工作\n{plan}\n"
    q = extract_quantities(read_text(text))
    return dict(zip(q["text"], q["indicator"]))


def test_a_growth_after_an_adjusted_level_is_the_subjects() -> None:
    # 揭阳 row 6: 一般公共预算收入71.38亿元（剔除留抵退税因素后86.23亿元），可比增长7.17%
    review = "全市一般公共预算收入71.38亿元（剔除留抵退税因素后86.23亿元），可比增长7.17%。"
    assert _names(review)["7.17%"] == "一般公共预算收入增长"
    t = targets(review, "地方一般公共预算收入增长13%。", 2022)
    assert baseline_of(t, "13%") == "7.17%" and class_of(t, "13%") == "stretch"
    # a growth with no bracket before it keeps its own name
    assert _names("一般公共预算收入71.38亿元，税收收入增长3%。")["3%"] == "税收收入增长"


def test_an_adverb_of_the_crossing_is_no_part_of_the_subject() -> None:
    # 汉中 row 0: 全市生产总值历史性突破1900亿元、达到1905.45亿元，增长4.3%
    review = "全市生产总值历史性突破1900亿元、达到1905.45亿元，增长4.3%。"
    assert _names(review)["4.3%"] == "生产总值增长"
    t = targets(review, "生产总值增长7%以上。", 2022)
    assert baseline_of(t, "7%") == "4.3%" and class_of(t, "7%") == "stretch"


def test_a_projects_investment_after_their_count_with_a_lead_verb() -> None:
    # 汉中 row 9: 加快推进…等429个市级重点建设项目，年度计划投资1300亿元以上 vs 市级重点项目年度投资突破千亿元大关
    plan = "加快推进焦岩水库、玉带河水库等429个市级重点建设项目，年度计划投资1300亿元以上。"
    assert _names("地区生产总值增长4%。", plan)["1300亿元"] == "市级重点建设项目年度计划投资"
    t = targets("市级重点项目年度投资突破千亿元大关。", plan, 2022)
    assert baseline_of(t, "1300亿元") == "千亿元大关" and class_of(t, "1300亿元") == "no_baseline"  # (a lower bound: fix170i)
    # a clause after it that is not the projects' measure keeps its own name
    names = _names("地区生产总值增长4%。", "加快推进429个市级重点建设项目，完成造林面积20万亩。")
    assert "重点建设项目" not in names["20万亩"]


def test_a_registers_stock_is_no_baseline_of_additions() -> None:
    # 徐州 row 55: 新增…科技型中小企业1500家 vs 入库科技型中小企业5636家
    plan = "年内新增高新技术企业400家、科技型中小企业1500家。"
    t = targets("新增高新技术企业547家，入库科技型中小企业5636家。", plan, 2022)
    assert baseline_of(t, "1500家") == "" and baseline_of(t, "400家") == "547家"
    # 新入库 is the year's addition; a target counting the register takes the register's count
    t = targets("新增高新技术企业547家，科技型中小企业新入库1200家。", plan, 2022)
    assert baseline_of(t, "1500家") == "1200家"
    t = targets("入库科技型中小企业5636家。", "科技型中小企业入库6000家。", 2022)
    assert baseline_of(t, "6000家") == "5636家"


def test_a_part_of_the_places_goal_is_no_restatement_of_the_citys() -> None:
    # 汉中 missed 1 and row 49: 县域生产总值增长7%以上、占比提升1个百分点以上 beside 生产总值增长7%以上
    review = "全市生产总值增长4.3%。县域生产总值增长6.4%。"
    plan = "主要预期目标：生产总值增长7%以上。设立2亿元县域经济激励资金，县域生产总值增长7%以上、占比提升1个百分点以上。"
    t = targets(review, plan, 2022)
    rows = t.loc[["7%"]]
    assert sorted(rows["indicator"]) == ["县域生产总值增长", "生产总值增长"]
    assert dict(zip(rows["indicator"], rows["baseline_text"])) == {"生产总值增长": "4.3%", "县域生产总值增长": "6.4%"}
    assert t.loc["1个百分点", "indicator"] == "县域生产总值占比提升"
    # the same goal said twice with no scope of its own stays one row
    t = targets(review, "主要预期目标：生产总值增长7%以上。全市生产总值增长7%以上。", 2022)
    assert len(t.loc[["7%"]]) == 1
