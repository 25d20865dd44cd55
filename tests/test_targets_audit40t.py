"""Audit 40 (fix48t): figures that are no plan-year target and goals that were missed — the partners the plan works
with (与28家…协同联动发展), chains named before their count (围绕…4个链条), platforms to use (用好43个…、215个…), a count in
the name of the last project of a list (通威2个3×16吉瓦), new ones to create named by example (新创…等120个), a floor per
county (每个县区打造3个以上), and a quoted money floor of two counties (莒南县、沂水县工业产值力争“过千亿”)
(docs/assumptions.md#non-targets, #shared-lists). Sentences from city_yangzhou_2024, city_linyi_2024 and
city_leshan_2024."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from govreport.tables import build_targets

HEAD = "某市2024年政府工作报告\n一、2023年工作回顾\n去年全市地区生产总值增长5%。\n二、2024年主要目标任务\n"


def _targets(body: str):
    return build_targets(extract_quantities(read_text(HEAD + body + "\n"))).set_index("text", drop=False)


def test_the_partners_a_zone_works_with_are_no_target() -> None:
    """引导开发园区与28家市级产业园区协同联动发展 (YZ14): the parks exist; 与242所乡村学校结对 stays a goal."""
    t = _targets("全面推进“一区多园”建设，引导开发园区与28家市级产业园区协同联动发展，推动毗邻区域产业共育、资源共享、平台共用。")
    assert "28家" not in t.index
    assert "242所" in _targets("遴选城区优质学校与242所乡村学校结对，推动优质资源共享。").index


def test_the_count_of_chains_named_before_it_is_no_target() -> None:
    """冶金产业，围绕优特钢、不锈钢、“钢焦化氢”、高端铸造4个链条，加快…建设 (LY12): 4个 counts the chains it names."""
    t = _targets("优势产业向链布局。冶金产业，围绕优特钢、不锈钢、“钢焦化氢”、高端铸造4个链条，加快永锋二期、山钢永锋钢焦一体、"
                 "不锈钢产业园、太钢鑫海热轧冷轧等重大项目建设，推动3000亿级“钢铁新城”强势崛起。")
    assert "4个" not in t.index


def test_platforms_to_use_are_no_target() -> None:
    """用好43个国家级平台、215个省级平台 (LY20, LY21): the platforms there are, both members."""
    t = _targets("布局高能级创新平台。用好43个国家级平台、215个省级平台，发挥鲁南制药、金正大2家全国重点实验室作用。")
    assert "43个" not in t.index and "215个" not in t.index


def test_a_count_before_a_capacity_in_the_last_project_of_a_list_is_its_name() -> None:
    """…、钜能10吉瓦电池片、通威2个3×16吉瓦光伏一体化等项目开工建设 (LS8): 2个 is part of the Tongwei projects' name; 吉瓦 is
    a unit (GW, 10⁶ kW), its capacities set aside as sizes in names."""
    body = ("力促永祥新能源三期12万吨高纯晶硅、协鑫12万吨颗粒硅及24吉瓦切片电池片一期、钜能10吉瓦电池片、"
            "通威2个3×16吉瓦光伏一体化等项目开工建设。")
    t = _targets(body)
    assert "2个" not in t.index and not (t.unit == "吉瓦").any()
    q = extract_quantities(read_text(HEAD + body + "\n")).set_index("text")
    assert q.loc["10吉瓦", "unit"] == "吉瓦" and q.loc["10吉瓦", "indicator_key"] != "power_capacity"


def test_new_ones_to_create_named_by_example_are_a_goal() -> None:
    """新创无废工厂、无废学校、无废公园等120个 (YZ #88): an amount to produce, not a set; no parks key."""
    t = _targets("强化建设用地环境准入管理，新创无废工厂、无废学校、无废公园等120个。")
    assert t.loc["120个", "target_kind"] == "exact" and t.loc["120个", "indicator_key"] != "parks"
    assert "10个" not in _targets("支持洛阳等10个国家物流枢纽建设。").index


def test_a_floor_per_county_district_is_a_goal() -> None:
    """每个县区打造3个以上应用场景 (LY #76): a floor for each county; so is the band 每个县区打造1至2个省级重点专科 (audit 42 BJ #95)."""
    t = _targets("大力推动农作物秸秆综合利用、畜禽粪污资源化利用，每个县区打造3个以上应用场景，示范带动全市秸秆综合利用率稳定在95%以上。")
    assert t.loc["3个", "target_kind"] == "floor" and t.loc["3个", "indicator"].startswith("每个县区")
    assert _targets("强化市级统筹，每个县区打造1至2个省级重点专科。").loc["1至2个", "indicator"] == "每个县区省级重点专科数"


def test_a_quoted_money_floor_of_two_counties_gives_a_row_each() -> None:
    """莒南县、沂水县工业产值力争“过千亿” (LY #49, #50): 过千亿 is 1000亿元, a floor, one row per county; the review's
    存贷款新增“双过千亿” (a pair of amounts) and 落实营商环境“28条” (a document's name) are no figures or goals."""
    t = _targets("加快推动沂水县、平邑县、临港区市域副中心建设，莒南县、沂水县工业产值力争“过千亿”。")
    rows = t.loc[["过千亿"]]
    assert list(rows["indicator"]) == ["莒南县工业产值", "沂水县工业产值"]
    assert set(rows["value"]) == {1e11} and set(rows["unit"]) == {"元"} and set(rows["target_kind"]) == {"floor"}
    q = extract_quantities(read_text("某市政府工作报告\n一、2023年工作回顾\n存贷款新增“双过千亿”，余额“双过万亿”。\n"))
    assert q.empty or not q.text.str.contains("千亿").any()
    assert "28条" not in _targets("深入落实营商环境“28条”，新推出一批营商环境政策。").index
