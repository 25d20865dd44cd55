"""Round 172, fix172h (held-out audit 90): places alone before a bracket and 各 set each place's own goal (汕头 2021:
区（县）各打造1条以上乡村风貌提升带（片）), not a count per firm or group; a review count of things put into a quoted programme of a
higher level is named by the programme's things (锦州 2020 row 17: …等20项产品列入省“专精特新”计划 -> 专精特新产品数); a count
whose noun runs on into a rate and a 、 list of further attributes counts the things (徐州 2021 row 31: 90项城建重点工程开工率、
投资完成量创历年新高 -> 城建重点工程数). Sentences from /work/notes/audit90_city_*.md, through the real reader and extractor."""
from __future__ import annotations

import pandas as pd

from govreport import extract_quantities, read_text
from govreport.tables import build_targets
from tests.target_cases import baseline_of

GDP_REVIEW = "全市地区生产总值增长6%。"


def _report(review: str, plan: str) -> str:
    return f"政府工作报告\n一、2023年工作回顾\n{review}\n二、2024年工作安排\n{plan}\n"


def _targets(review: str, plan: str) -> pd.DataFrame:
    return build_targets(extract_quantities(read_text(_report(review, plan)))).set_index("text", drop=False)


def _quantities(review: str, plan: str) -> pd.DataFrame:
    return extract_quantities(read_text(_report(review, plan)))


def _row(t: pd.DataFrame, text: str) -> pd.Series:
    return t.loc[[text]].iloc[-1]


SHANTOU = "建设一批连线连片精品景观带，区（县）各打造1条以上乡村风貌提升带（片），每个镇（涉农街道）完成1个以上乡村风貌提升工程。"


def test_places_before_a_bracket_and_each_set_each_places_floor() -> None:
    # 汕头 2021 (16703): the 1条 row had been dropped as a count per unit; its sibling 每个镇… stays as it was
    t = _targets(GDP_REVIEW, SHANTOU)
    one = _row(t, "1条")
    assert one["indicator"] == "每个区(县)乡村风貌提升带(片)数"
    assert one["measure"] == "flow" and one["year"] == 2024 and baseline_of(t, "1条") == ""
    assert one["feasibility"] == "no_baseline"
    assert _row(t, "1个")["indicator"] == "每个镇(涉农街道)乡村风貌提升工程数"


def test_a_per_place_floor_takes_no_city_total_as_itsbaseline_of() -> None:
    t = _targets("全市打造乡村风貌提升带12条。", SHANTOU)
    assert baseline_of(t, "1条") == ""


def test_each_after_groups_or_a_bracketed_firm_stays_a_count_per_unit() -> None:
    # near misses: 各 after a list of groups (spot 39 莆田) or a bracket after firms, not places
    t = _targets(GDP_REVIEW, "创新招商模式，开展园区招商、基金招商、场景招商、平台招商等，各打造示范标杆10个。"
                             "支持龙头企业（集团）各打造1个以上研发中心。")
    assert "10个" not in t.index and "1个" not in t.index
    t = _targets(GDP_REVIEW, "推动示范区（园区）各打造1个以上特色产业基地。")  # 示范区 ends in 区 but is no place of the territory
    assert "1个" not in t.index


JINZHOU_REVIEW = "新增国家级专精特新“小巨人”企业2家，春光制药装备自动成型包装机等20项产品列入省“专精特新”计划。"
JINZHOU_PLAN = "大力培育各类市场主体，全市实现“专精特新”产品20项。"


def test_products_put_into_a_quoted_provincial_programme_are_its_products() -> None:
    # 锦州 2020 row 17: the review's 20项 was named 产品列入省专精特新计划数 and scored 0.38 against the plan
    q = _quantities(JINZHOU_REVIEW, JINZHOU_PLAN)
    review = q[(q["text"] == "20项") & (q["role"] == "actual")]
    assert list(review["indicator"]) == ["专精特新产品数"]
    t = _targets(JINZHOU_REVIEW, JINZHOU_PLAN)
    assert _row(t, "20项")["indicator"] == "专精特新产品数"
    assert baseline_of(t, "20项") == "20项" and _row(t, "20项")["feasibility"] == "modest"


def test_a_listing_into_an_unquoted_plan_keeps_its_words() -> None:
    # near miss: no quoted programme, so the listing words stay in the name
    q = _quantities("全年20个项目列入省重点项目计划。", "地区生产总值增长6%。")
    assert "列入" in q[q["text"] == "20个"]["indicator"].iloc[0]


XUZHOU_REVIEW = "90项城建重点工程开工率、投资完成量创历年新高。"
XUZHOU_PLAN = "有序实施五大类90项城建重点工程。"


def test_a_count_before_a_rate_and_more_attributes_counts_the_things() -> None:
    # 徐州 2021 row 31: 90项 was named 城建重点工程开工率 and scored 0.486 against the plan's 90项
    q = _quantities(XUZHOU_REVIEW, XUZHOU_PLAN)
    assert q[(q["text"] == "90项") & (q["role"] == "actual")]["indicator"].iloc[0] == "城建重点工程数"
    t = _targets(XUZHOU_REVIEW, XUZHOU_PLAN)
    assert _row(t, "90项")["indicator"] == "城建重点工程数"
    assert baseline_of(t, "90项") == "90项" and _row(t, "90项")["feasibility"] == "modest"


def test_a_rate_with_no_attribute_list_after_it_stays_a_rate_name() -> None:
    # near miss: a lone rate with a verb after it, no 、 list of attributes and no % figure: the name keeps the rate as before
    q = _quantities("90项城建重点工程开工率创历年新高。", XUZHOU_PLAN)
    assert "开工率" in q[(q["text"] == "90项") & (q["role"] == "actual")]["indicator"].iloc[0]
    # nor a rate not of an action the things do (优良率): no rate_action before it
    q = _quantities("12个监测站点优良率、达标量创历年新高。", XUZHOU_PLAN)
    assert "优良率" in q[(q["text"] == "12个") & (q["role"] == "actual")]["indicator"].iloc[0]


def test_firms_applied_for_and_recognised_are_firms_recognised() -> None:
    # 锦州 2020 row 11 (borderline): 申报认定 followed by the stock it raised counts firms recognised, not applications
    t = _targets("新申报认定高新技术企业25家，全市高新技术企业达到136家。", "培育高新技术企业15户。")
    assert baseline_of(t, "15户") == "25家" and _row(t, "15户")["feasibility"] == "below_last_year"


def test_firms_only_applied_for_stay_applications() -> None:
    # near miss: 申报 alone is an application, no baseline of firms bred
    t = _targets("组织申报高新技术企业60家。", "培育高新技术企业15户。")
    assert baseline_of(t, "15户") == ""
