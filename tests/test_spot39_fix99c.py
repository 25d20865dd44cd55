"""Spot audits 39 (莆田, 衡阳 2025), round fix99c: the review's numbered sections before a plan-year heading that restarts
the numbering, floors written 超百/超千 with no digits, and counts per unit with 各 or per county in a 、 list
(docs/assumptions.md#parts-and-years, #bare-amounts and "Which figures are targets")."""
from __future__ import annotations

import pandas as pd

from govreport import extract_quantities, read_text
from govreport.tables import build_targets
from target_cases import baseline_of, targets

# 莆田 L4–L18: the review's title runs on after 。, its sections 一、…四、 run into their paragraphs, then a plan-year line
# and a new 一、 series
REPORT = ("政府工作报告\n各位代表：\n现在，我代表市人民政府，向大会报告政府工作，请予审议。 2029年工作回顾\n"
          "2029年是关键一年。一年来的主要工作报告如下:\n"
          "一、稳字当头，进上发力，经济支撑更有底气。坚持把服务企业摆在优先位置，地区生产总值增长5.5%。\n"
          "二、创新驱动，数智赋能，产业发展更富朝气。新认定国家高新技术企业130家。\n"
          "三、敢于探索，持续加力，改革开放更添锐气。坚持改革不停顿，抓实年度38项重点改革任务，盘活闲置土地844亩。\n"
          "四、融合发展，一体推进，城市风貌更显大气。新开工老旧小区改造47个。\n"
          "2030年工作安排\n今年是收官之年。\n"
          "一、抓项目促投资，突出招大引强选优\n新开工老旧小区改造28个。\n")


def build(text: str) -> pd.DataFrame:
    """The targets table of a whole text, indexed by each figure's text."""
    return build_targets(extract_quantities(read_text(text))).set_index("text", drop=False)


def test_sections_before_a_plan_year_heading_that_restarts_the_numbering_are_the_review() -> None:
    # 莆田 G1: 三's opening 抓实年度38项重点改革任务 holds 任务, but 2030年工作安排 and a new 一、 follow: 三、四、 are review
    report = read_text(REPORT)
    assert report.parts["plan"].start == REPORT.index("2030年工作安排")
    assert report.parts["review"].start <= REPORT.index("三、") < report.parts["review"].end
    t = targets("新开工老旧小区改造47个。", "新开工老旧小区改造28个。")
    rows = build(REPORT)
    assert "38项" not in rows.index and "844亩" not in rows.index
    assert baseline_of(rows, "28个") == "47个" == baseline_of(t, "28个")


def test_a_plan_word_in_an_opening_still_starts_the_plan_without_such_a_heading() -> None:
    # no plan-year line restarting the numbering after it: 三、 whose opening says 目标任务 heads the plan, as before
    text = ("政府工作报告\n一、2029年工作回顾\n全市地区生产总值增长5.5%。\n"
            "二、稳中求进，持续发力\n全面完成全年目标任务，新开工老旧小区改造47个。\n"
            "三、聚焦重点，狠抓落实\n今年要重点抓好以下工作。新开工老旧小区改造28个。\n")
    report = read_text(text)
    assert report.parts["plan"].start <= text.index("三、")


def test_floors_written_with_hundred_or_thousand_and_no_digit() -> None:
    # 莆田 missed 11, 13–15: 活动超百场, 返乡创业者超千人, 新注册企业超百家、实际到资超百亿
    t = targets("新注册企业80家。", "推动异地商会开展“迎老乡”活动超百场。新增返乡创业者超千人。"
                "鼓励莆商认领重大招商项目，新注册企业超百家、实际到资超百亿。")
    assert {"百场", "千人", "百家", "百亿"} <= set(t.index)
    assert float(t.loc["千人", "value"]) == 1000 and t.loc["千人", "target_kind"] == "floor"
    assert float(t.loc["百亿", "value"]) == 1e10 and t.loc["百亿", "unit"] == "元"
    assert baseline_of(t, "百家") == "80家"


def test_hundreds_in_idioms_classes_and_other_measures_are_no_figures() -> None:
    q = extract_quantities(read_text("二、2030年重点工作\n千方百计稳就业，走进千家万户，百花齐放。建成超百人的新型研发机构1个。"
                                     "累计带动全市曝光量超百亿；突出抓好10个超百亿、30个超30亿大项目。\n"))
    assert not {"千", "百", "千家", "百人", "百亿"} & set(q["text"])


def test_a_count_for_each_unit_named_before_is_no_city_total() -> None:
    # 莆田 rows 46, 81: 各 opening a clause or a 、 member before its verb: each mode, each group
    t = targets("新认定国家高新技术企业130家。", "创新招商模式，开展园区招商、基金招商、场景招商、平台招商等，各打造示范标杆10个。"
                "拓展资源循环集团、莆投集团、旅投集团新业务，市属国企资产总额增长15%、各打造1—2个具有核心竞争力的优势板块。")
    assert "10个" not in t.index and "1—2个" not in t.index
    assert "15%" in t.index


def test_each_after_the_members_counted_still_gives_each_member_its_row() -> None:
    t = targets("新认定国家高新技术企业130家。", "新增高新技术企业、科技型中小企业各360家。各产业链培引龙头企业2家。")
    assert len(t.loc[["360家"]]) == 2
    assert "2家" in t.index


def test_both_members_of_a_per_county_quota_are_per_county_floors() -> None:
    # 衡阳 G4: 原则上每个县市区每年引进十亿产业项目不少于5个、亿元产业项目不少于20个
    t = targets("签约10亿元以上项目30个。", "推动各县市区引进和谋划一批十亿产业项目，"
                "原则上每个县市区每年引进十亿产业项目不少于5个、亿元产业项目不少于20个。")
    assert t.loc["5个", "indicator"] == "每个县市区每年引进十亿产业项目数"
    assert t.loc["20个", "indicator"] == "每个县市区亿元产业项目数"
    assert t.loc["5个", "target_kind"] == t.loc["20个", "target_kind"] == "floor"
    assert baseline_of(t, "5个") == baseline_of(t, "20个") == ""


def test_a_firms_count_per_unit_and_a_later_city_total_stay_as_they_were() -> None:
    # the first member states no floor: a large count after it is no quota per county
    t = targets("新增企业150家。", "引导每户企业逐步打造1-2个优势板块。每个县区建成示范园区1个、标准厂房不少于20个。")
    assert "1-2个" not in t.index
    assert not t.loc["20个", "indicator"].startswith("每")
