"""Spot audit 40 (定西, 盘锦, 石嘴山, 伊犁 2025), round fix100c: the same measure in other words — a title gained, a measure
held level, a rural road's works, a bare 普惠率, a size class of firms and a project pipeline's stages."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from govreport.extract.keys import indicator_key
from target_cases import baseline_of, class_of, targets


def test_a_count_before_a_recognition_verb_is_the_titles_addition() -> None:
    # 石嘴山 row 31: 4家企业获评自治区数字化车间、智能工厂 for 新增自治区级数字化车间、智能工厂3家以上
    review = "全年4家企业获评自治区数字化车间、智能工厂，33家企业入选宁夏制造业民营企业。"
    t = targets(review, "新增自治区级数字化车间、智能工厂3家以上。")
    assert baseline_of(t, "3家") == "4家" and class_of(t, "3家") == "below_last_year"
    # a stock of the title (no head that adds it) takes no count of the year's recognitions
    t = targets(review, "自治区数字化车间、智能工厂达到50家。")
    assert baseline_of(t, "50家") == ""
    # another title: none
    t = targets("全年4家企业获评自治区数字化车间。", "新增自治区级数字化车间、智能工厂3家以上。")
    assert baseline_of(t, "3家") == ""


def test_a_measure_held_level_is_a_growth_of_zero_and_closes_its_member() -> None:
    # 伊犁 rows 3, 5: …规模以上工业增加值增长5.1%左右、固定资产投资与上年持平、社会消费品零售总额增长7.3%左右…
    review = "预计全州地区生产总值增长5.8%左右、规模以上工业增加值增长5.1%左右、固定资产投资与上年持平、社会消费品零售总额增长7.3%左右。"
    t = targets(review, "固定资产投资增长9.5%，社会消费品零售总额增长6%。")
    row = t.loc["9.5%"]
    assert row["baseline_text"] == "与上年持平" and row["baseline_value"] == 0 and class_of(t, "9.5%") == "stretch"
    assert t.loc["6%", "baseline_indicator"] == "社会消费品零售总额增长"  # the member held level is no part of the next one's name
    # another measure held level is no baseline of this one
    t = targets("地区生产总值增长5.8%左右、民间投资与上年持平。", "固定资产投资增长9.5%。")
    assert baseline_of(t, "9.5%") == ""
    # a stated growth wins
    t = targets("地区生产总值增长5.8%左右、固定资产投资增长3%，民间投资与上年持平。", "固定资产投资增长9.5%。")
    assert baseline_of(t, "9.5%") == "3%"


def test_held_level_cites_its_own_characters() -> None:
    text = ("政府工作报告\n一、2024年工作回顾\n规模以上工业增加值增长5.1%、固定资产投资同比持平。\n"
            "二、2025年重点工作\n固定资产投资增长9.5%。\n")
    from govreport.tables import build_targets
    t = build_targets(extract_quantities(read_text(text)))
    row = t.iloc[0]
    assert text[int(row["baseline_start"]):int(row["baseline_end"])] == "同比持平" == row["baseline_text"]


def test_repair_and_new_building_of_rural_roads_is_the_roads_built_or_upgraded() -> None:
    # 盘锦 row 51: 维修新建农村公路182.3公里 for 建设改造“四好农村路”100公里 (维修 a verb, no scope of the roads)
    t = targets("维修新建农村公路182.3公里。", "建设改造“四好农村路”100公里。")
    assert baseline_of(t, "100公里") == "182.3公里" and class_of(t, "100公里") == "below_last_year"
    t = targets("维修农村公路182.3公里。", "新建农村公路100公里。")  # repair alone is another work
    assert baseline_of(t, "100公里") == ""


def test_a_bare_inclusive_rate_is_the_inclusive_kindergarten_coverage() -> None:
    # 盘锦 row 56: 新增普惠性幼儿园学位520个、普惠率达到90.6% for 普惠性幼儿园覆盖率达到91%
    t = targets("新增普惠性幼儿园学位520个、普惠率达到90.6%。", "普惠性幼儿园覆盖率达到91%。")
    assert baseline_of(t, "91%") == "90.6%" and class_of(t, "91%") == "modest"
    assert indicator_key("学前教育普惠率", "%", "level") == "inclusive_kindergartens"
    t = targets("新增普惠性幼儿园学位520个、普惠率达到90.6%。", "公办幼儿园覆盖率达到60%。")
    assert baseline_of(t, "60%") == ""


def test_a_size_class_of_firms_with_or_without_yishang_and_newly_grown_firms() -> None:
    # 定西 row 52: 新培育规上企业40户、亿元以上企业11户 for 新增亿元企业10户以上
    t = targets("新培育规上企业40户、亿元以上企业11户。", "新增亿元企业10户以上。")
    assert baseline_of(t, "10户") == "11户" and class_of(t, "10户") == "below_last_year"
    t = targets("新培育规上企业40户、十亿元以上企业11户。", "新增亿元企业10户以上。")  # another class
    assert baseline_of(t, "10户") == ""


def test_a_project_pipelines_start_in_other_words() -> None:
    # 盘锦 row 11: 如期开工 is 开工建设 (新建 the set's attribute: the projects are started, not built)
    review = ("推动全年开复工项目502个，甲、乙等272个新建项目开工建设，丙、丁等230个续建项目加快实施，戊等175个项目竣工投产。")
    plan = "推动己等366个项目如期开工，促进庚等234个项目加快建设，实现辛等200个项目竣工投产。"
    t = targets(review, plan)
    assert baseline_of(t, "366个") == "272个" and class_of(t, "366个") == "stretch"
    assert baseline_of(t, "200个") == "175个"
    # new projects counted alone are built, not started
    t = targets("新建项目120个，甲、乙等230个续建项目加快实施。", "推动己等366个项目如期开工。")
    assert baseline_of(t, "366个") == ""
    # two fields' starts are two sets (池州: 制造业's …等15个项目开工建设, 文旅's …等14个)
    t = targets("文化旅游产业加快发展，洲际五星级酒店等14个项目开工建设，礼貌山一期等9个项目建成运营。",
                "重点推进5亿元以上制造业项目60个，安芯6吋晶圆、凯盛车载显示产业园等15个项目开工建设，完成制造业投资260亿元。")
    assert baseline_of(t, "15个") == ""
