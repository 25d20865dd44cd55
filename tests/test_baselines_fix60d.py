"""Audit 47 (fix60d): keys and baselines left from the first wave — 累计 right after a period sums that period (荆门 GDP全年累计增长6.7%,
named for 全年, not the list's first 一季度); a comment clause (稳产增收) is no part of a bare measure's subject (荆门 粮食总产量);
竣工投产 and 建成投产 are one stage, examples before 等 left out of the phrases (荆门 216个项目竣工投产); a registry wording with 总
put in or 播种 left out keeps the key (梧州 旅游总消费, 粮食面积); a pair's opening qualifier is each member's (梧州 规上工业总产值、增加值)
(docs/assumptions.md#baseline-matching). Sentences from city_jingmen_2024 and city_wuzhou_2024."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from govreport.extract.keys import indicator_key
from govreport.tables import build_targets

from name_cases import names

HEAD = "某市2024年政府工作报告\n一、2023年工作回顾\n"
PLAN = "\n二、2024年主要目标任务\n"


def _rows(review: str, plan: str) -> dict[str, dict]:
    table = build_targets(extract_quantities(read_text(HEAD + review + PLAN + plan + "\n")))
    return {r["text"]: r for r in table.to_dict("records")}


JINGMEN_GDP = "经济承压开局、逐月回升，GDP一季度累计增长4.7%、二季度累计增长6.3%、三季度累计增长6.6%，全年累计增长6.7%，增幅居全省第4位。"


def test_the_whole_year_member_of_a_quarter_list_is_the_years_growth_and_the_baseline() -> None:
    """荆门 row 0: 全年累计增长6.7% is named 全年 and keyed gdp_growth; it, not a quarter, is the baseline of 地区生产总值增长7%."""
    got = names(JINGMEN_GDP)
    assert got["6.7%"] == "GDP全年累计增长" and got["4.7%"] == "GDP一季度累计增长"
    row = _rows(JINGMEN_GDP, "地区生产总值增长7%左右。")["7%"]
    assert float(row["baseline_value"]) == 6.7 and row["feasibility"] == "modest"


def test_a_sum_over_years_stays_no_baseline() -> None:
    """The neighbouring right behaviour: 累计 with no period before it (五年累计增长30%) is no one year's growth."""
    row = _rows("过去五年，地区生产总值累计增长30%。", "地区生产总值增长7%左右。")["7%"]
    assert row["feasibility"] == "no_baseline"


def test_a_comment_clause_is_no_part_of_the_subject() -> None:
    """荆门 row 3: 粮食稳产增收，总产达到58.7亿斤 is 粮食总产量 (grain_output), the baseline of 粮食总产保持在58亿斤以上."""
    assert names("粮食稳产增收，总产达到58.7亿斤。")["58.7亿斤"] == "粮食总产量"
    row = _rows("粮食稳产增收，总产达到58.7亿斤。", "粮食总产保持在58亿斤以上。")["58亿斤"]
    assert row["feasibility"] == "below_last_year"


def test_finished_and_running_projects_are_one_stage() -> None:
    """荆门 row 5: 216个项目竣工投产 is the baseline of 260个重大项目建成投产 (example firms before 等 left out of both)."""
    review = "深入开展重大项目攻坚行动，亿纬超级工厂等554个重大产业项目开工建设，一道新能源、天顺风电、恩捷隔膜、科达利结构件等216个项目竣工投产。"
    row = _rows(review, "推动谦信化工等600个重大项目加快建设，确保美华新材料等260个重大项目建成投产。")["260个"]
    assert row["baseline_value"] is not None and int(float(row["baseline_value"])) == 216 and row["feasibility"] == "stretch"


def test_a_wording_with_an_inserted_or_left_out_word_keeps_its_key() -> None:
    """梧州 rows 34, 35, 45: 旅游总消费 is 旅游消费 (tourism_revenue), 粮食面积 is 粮食播种面积 (grain_sown_area)."""
    assert indicator_key("旅游总消费", "元", "level") == "tourism_revenue"
    assert indicator_key("旅游总消费增长", "%", "increase") == "tourism_revenue_growth"
    assert indicator_key("粮食面积", "亩", "level") == "grain_sown_area"
    review = "全市累计接待游客4680万人次、增长67%，实现旅游消费395亿元、增长35%。全市恢复耕地3.1万亩，实现粮食播种面积212.19万亩、产量71.42万吨。"
    rows = _rows(review, "接待旅游总人数5500万人次、增长18%，旅游总消费450亿元、增长14%。确保粮食面积稳定在212万亩以上、产量稳定在71.5万吨以上。")
    assert rows["450亿元"]["feasibility"] == "modest" and rows["14%"]["feasibility"] == "below_last_year"
    assert rows["212万亩"]["feasibility"] == "below_last_year"


def test_a_total_investment_keeps_its_own_key() -> None:
    """The neighbouring right behaviour: 工业总投资 (over the projects' life) stays project_total_investment, never 工业投资 with 总 put
    in; 总部 (headquarters) is no 总 of a total."""
    assert indicator_key("工业总投资", "元", "level") == "project_total_investment"
    assert indicator_key("总部企业营收", "元", "level") == ""


def test_the_qualifier_opening_a_pair_is_each_members() -> None:
    """梧州 row 5: 规上工业总产值、增加值分别增长15%、12% names 规上工业增加值增长 (the 7.5% of the review its baseline)."""
    got = names("今年经济社会发展主要预期目标是：规上工业总产值、增加值分别增长15%、12%，建筑业总产值增长10%。")
    assert got["15%"] == "规上工业总产值增长" and got["12%"] == "规上工业增加值增长"
    assert names("力争市属国企资产、营业收入分别超过3500亿元、300亿元。")["300亿元"] == "市属国企营业收入"


def test_examples_before_other_counts_stay_in_the_phrase() -> None:
    """The neighbouring right behaviour (长治): new roads named by example (新建林荫大道、规划五路等11条市政道路) take no baseline of
    roads upgraded (完成27条市政道路升级改造): the examples leave a phrase only before projects and the stage they reach."""
    row = _rows("主城区重点实施总投资408亿元的116个城建项目，完成27条市政道路升级改造。",
                "打通德化门街西延、府后街西延等断头路，新建林荫大道、规划五路等11条市政道路。")["11条"]
    assert row["feasibility"] == "no_baseline"


def test_a_loose_wording_must_head_the_name() -> None:
    """银川: 旅游总人次、总收入均增长 is no 旅游人次 with 总 put in (the wording would not end the name)."""
    assert indicator_key("旅游总人次总收入均增长", "%", "increase") == ""


def test_a_keyed_first_member_leaves_a_bare_last_member_its_subject() -> None:
    """银川: 旅游总人次、总收入均增长15%以上 — 旅游总人次增长 now keyed (tourist_visits_growth), 总收入 still 旅游总收入增长 with its baseline."""
    rows = build_targets(extract_quantities(read_text(HEAD + "全年旅游总人次增长100%，旅游总收入增长181%。" + PLAN
                                                      + "全年旅游总人次、总收入均增长15%以上。\n")))
    assert list(rows.indicator) == ["旅游总人次增长", "旅游总收入增长"]
    assert list(rows.indicator_key) == ["tourist_visits_growth", "tourism_revenue_growth"]
