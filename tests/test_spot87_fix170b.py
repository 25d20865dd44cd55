"""Round 170, fix170b (held-out set 87 锦州 2021, 鞍山 2016): baselines of the same yearly flow worded or counted another way
(新注册 a flow word; 开通 the completion of base stations; 户 and 家 one counter for a title gained; 竣工 ≡ 建成 in a 其中 part),
and refusals of another action (a 其中 part takes the whole's 开工, no 在建 count; 购置 is no baseline of 改造). Paraphrased
texts through the real reader and extractor."""
from __future__ import annotations

from target_cases import baseline_of, class_of, targets


def test_newly_registered_is_the_years_flow() -> None:
    # 锦州 row 16: 新增…科技型中小企业50家 vs 新注册国家科技型中小企业57家
    t = targets("全年新认定高新技术企业68家，新注册国家科技型中小企业57家。",
                "加大科技企业培育力度，新增国家科技型中小企业50家。", 2020)
    assert baseline_of(t, "50家") == "57家" and class_of(t, "50家") == "below_last_year"


def test_registered_stock_stays_no_baseline_of_a_flow() -> None:
    # the boundary: a count reached (达到) is a stock, whatever it is registered as
    t = targets("全年新认定高新技术企业68家，国家科技型中小企业达到570家。",
                "加大科技企业培育力度，新增国家科技型中小企业50家。", 2020)
    assert baseline_of(t, "50家") == ""


def test_opened_base_stations_are_built_ones() -> None:
    # 锦州 row 24: 新建5G基站1500个 vs 开通5G基站1123个
    t = targets("加快新型基础设施建设，开通5G基站1123个。", "加快数字经济发展，新建5G基站1500个。", 2020)
    assert baseline_of(t, "1500个") == "1123个" and class_of(t, "1500个") == "stretch"


def test_opened_bus_lines_are_no_built_ones() -> None:
    # the boundary: 开通 stays a run verb on other things (bus lines opened are no lines built)
    t = targets("优化公共交通，开通公交线路12条。", "完善城市路网，新建城市道路15条。", 2020)
    assert baseline_of(t, "15条") == ""


def test_title_gained_in_jia_measures_the_years_title_in_hu() -> None:
    # 锦州 row 23: …，省级“专精特新”中小企业和小巨人企业10户 vs 10家企业被认定为省“专精特新”中小企业和小巨人企业
    t = targets("智能装备、铁路配件等10家企业被认定为省“专精特新”中小企业和小巨人企业。",
                "新增省级以上企业技术创新项目50项，省级“专精特新”中小企业和小巨人企业10户。", 2020)
    assert baseline_of(t, "10户") == "10家" and class_of(t, "10户") == "modest"


def test_a_part_of_projects_started_takes_no_count_under_way() -> None:
    # 鞍山 row 8: 开工项目1000个，其中亿元以上项目426个 vs 在建亿元以上项目668个
    t = targets("全市在建亿元以上项目668个。", "确保全年开工项目1000个，其中亿元以上项目426个。", 2015)
    assert baseline_of(t, "426个") == ""


def test_a_part_of_projects_under_way_keeps_the_count_under_way() -> None:
    # the boundary: a part of projects under way is still measured by the review's count under way
    t = targets("全市在建亿元以上项目668个。", "确保全年在建项目1000个，其中在建亿元以上项目700个。", 2015)
    assert baseline_of(t, "700个") == "668个"


def test_completed_part_measures_projects_to_be_built() -> None:
    # 鞍山 row 30: 建成7个回迁房项目 vs 在建回迁房项目18个，其中竣工项目11个
    t = targets("争取棚户区改造资金38.6亿元，在建回迁房项目18个，其中竣工项目11个，安置回迁居民1.9万户。",
                "加快回迁安置，确保建成7个回迁房项目，回迁居民1.5万户。", 2015)
    assert baseline_of(t, "7个") == "11个" and class_of(t, "7个") == "below_last_year"


def test_started_part_is_no_baseline_of_projects_to_be_built() -> None:
    # the boundary: a 其中 part at another stage (开工) is not the things built
    t = targets("争取棚户区改造资金38.6亿元，在建回迁房项目18个，其中新开工项目11个，安置回迁居民1.9万户。",
                "加快回迁安置，确保建成7个回迁房项目，回迁居民1.5万户。", 2015)
    assert baseline_of(t, "7个") == ""


def test_buses_bought_are_no_baseline_of_buses_retrofitted() -> None:
    # 鞍山 row 38: 改造公交车150辆 took 购置新能源公交车200辆; 采购 and 购置 stay one action (row 37)
    t = targets("拆除锅炉53台，购置新能源公交车200辆。", "发展公共交通，采购新能源公交车400辆，改造公交车150辆。", 2015)
    assert baseline_of(t, "150辆") == ""
    assert baseline_of(t, "400辆") == "200辆"
