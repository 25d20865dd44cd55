"""Round 159, fix159f (held-out sets 78 and 77 leftovers): a project set's year investment meets the review's investment
of the same set (set_investments); the size member of a review list of projects at a stage measures a plan amount at that
stage (stage_list_areas); a sentence or run-in heading that builds a named zone scopes its figures to the zone
(platform_subjects, zone_scopes). Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

from target_cases import baseline_of, class_of, names_by_text, targets

_KEY_REVIEW = "抢抓政策机遇，大力推进250个省市重点项目建设，累计完成投资930亿元，占年度目标的125%。"
_KEY_PLAN = "重点抓好总投资2400亿元的350个省市重点项目，确保年度完成投资860亿元以上。"


def test_a_key_project_sets_investment_takes_the_review_sets() -> None:
    # 三门峡 row 15: the count took 250个, so the investment after it takes the investment after 250个 (累计 bounded by 占年度目标)
    t = targets(_KEY_REVIEW, _KEY_PLAN, 2020)
    assert baseline_of(t, "350个") == "250个"
    assert baseline_of(t, "860亿元") == "930亿元" and class_of(t, "860亿元") == "below_last_year"


def test_a_whole_year_running_total_is_the_years() -> None:
    # 三门峡 row 18: 全年实施项目N个，累计完成投资M: 全年 bounds the 累计
    review = "持续推进“两化改造”，全年实施项目260个，累计完成投资130亿元，规上企业覆盖率达到45%。"
    plan = "推动一批项目建成投产，实施“两化改造”项目150个以上，完成年度投资100亿元以上。"
    t = targets(review, plan, 2020)
    assert baseline_of(t, "150个") == "260个"
    assert baseline_of(t, "100亿元") == "130亿元" and class_of(t, "100亿元") == "below_last_year"


def test_a_running_total_the_year_does_not_bound_is_left() -> None:
    # boundary: no 全年, no 占年度目标: 累计 may be a term's sum, so no baseline
    review = "持续推进“两化改造”，实施项目260个，累计完成投资130亿元，规上企业覆盖率达到45%。"
    plan = "推动一批项目建成投产，实施“两化改造”项目150个以上，完成年度投资100亿元以上。"
    t = targets(review, plan, 2020)
    assert baseline_of(t, "100亿元") == ""


def test_no_set_investment_where_the_count_took_no_baseline() -> None:
    # boundary: the plan's count matched nothing, so no review sentence is the set's
    plan = "重点抓好总投资2400亿元的350个产业转型示范工程，确保年度完成投资860亿元以上。"
    t = targets("大力推进新型城镇化，城镇化率达到58%。", plan, 2020)
    assert baseline_of(t, "860亿元") == ""


_STAGE_REVIEW = "9个问题楼盘恢复施工，政府性投资安置房开工项目2个、8.7万平方米，竣工项目6个、50.9万平方米，返迁群众2452户。"


def test_a_stage_lists_size_member_measures_the_same_stage() -> None:
    # 资阳 row 46: 开工建设安置房3.5万平方米 vs 安置房开工项目2个、8.7万平方米
    t = targets(_STAGE_REVIEW, "有效化解问题楼盘，开工建设安置房3.5万平方米，返迁群众1100余户。", 2020)
    assert baseline_of(t, "3.5万平方米") == "8.7万平方米" and class_of(t, "3.5万平方米") == "below_last_year"


def test_another_stage_or_thing_takes_no_size_member() -> None:
    # boundary: 竣工 against the 开工 list's size; a thing the list does not name (厂房)
    t = targets(_STAGE_REVIEW, "有效化解问题楼盘，竣工安置房3.5万平方米。", 2020)
    assert baseline_of(t, "3.5万平方米") != "8.7万平方米"
    t = targets(_STAGE_REVIEW, "加快园区配套，开工建设标准厂房3.5万平方米。", 2020)
    assert baseline_of(t, "3.5万平方米") == ""


def test_a_sentence_building_a_zone_names_its_figures() -> None:
    # 资阳 row 10: 高质量建设临空经济区，…，确保全年签约产业项目40亿元以上: the zone's, not the city's
    plan = "高质量建设空港经济区，全面建成环形路网，着力引进一批临空指向性产业，确保全年签约产业项目40亿元以上。"
    assert names_by_text("全年新签约项目148个。", plan, 2020)["40亿元"] == ["空港经济区签约产业项目"]


def test_a_heading_building_a_zone_scopes_its_aggregates() -> None:
    # 宜宾 rows 53-54: 高质量建设X新区。…确保今年实现地区生产总值266亿元、常住人口28万人: the new district's, no city key
    review = "全市地区生产总值增长4%，常住人口458万人。"
    plan = "高质量建设临江新区。加快推动装备制造产业园等重大项目建设，确保今年实现地区生产总值266亿元、常住人口28万人。"
    t = targets(review, plan, 2020)
    assert list(t.loc[["266亿元"]]["indicator"]) == ["临江新区地区生产总值"]
    assert str(t.loc[["266亿元"]].iloc[-1]["indicator_key"]) in ("", "nan")
    assert baseline_of(t, "28万人") == ""


def test_a_zone_worked_on_is_no_subject() -> None:
    # boundary: a lead verb and a zone followed by more words in the opening clause, or no such lead: the city's figure
    plan = "加快建设空港经济区基础设施，确保全年签约产业项目40亿元以上。"
    assert names_by_text("全年新签约项目148个。", plan, 2020)["40亿元"] != ["空港经济区签约产业项目"]
    plan = "推进城乡融合发展。确保今年实现地区生产总值2660亿元。"
    t = targets("全市地区生产总值增长4%。", plan, 2020)
    assert str(t.loc[["2660亿元"]].iloc[-1]["indicator_key"]) == "gdp"
