"""Baselines after audits 48 and 49 (fix62b): a qualifier that only one side names is no other scope when it says how a thing
is registered (备案入库), at what title level (省级 on one side only), who builds with the city (与企业共建), what a facility is
for (便民停车位) or where services are counted (一体化平台事项); 产粮 + an amount names the grain output."""
from __future__ import annotations

from govreport.tables.kinds_apart import without_partner
from govreport.tables.name_scopes import same_scope, scope_of
from target_cases import baseline_of, class_of, targets

GOALS = "地区生产总值增长6%左右。"


def test_a_filing_word_or_a_level_on_one_side_is_no_scope() -> None:
    """巴中 (audit 48 rows 19, 80): 备案入库科技型中小企业220户以上 takes the review's 备案国家科技型中小企业262户, and 培育“专精特新”
    企业2家 the review's 新增省级“专精特新”企业2户; two levels that differ stay apart."""
    t = targets("科技创新扎实推进，全社会研发经费投入增长6.1%，新增国家高新技术企业32户、总量达到96户，备案国家科技型中小企业262户，"
                "认定登记技术合同305项。工业经济提速发展，新增省级“专精特新”企业2户。",
                GOALS + "实施科技型中小企业“小升高”行动，新增国家高新技术企业10户以上，备案入库科技型中小企业220户以上。"
                "实施“四项计划”，培育“专精特新”企业2家、规上工业企业30家。", 2023)
    assert baseline_of(t, "220户") == "262户"
    assert baseline_of(t, "2家") == "2户"
    assert same_scope(scope_of("新增备案入库科技型中小企业户数", "tech_smes"), scope_of("备案国家科技型中小企业户数", "tech_smes")) and same_scope("", "省级")
    assert not same_scope("国家级", "省级") and not same_scope("", "国家级") and not same_scope("", "数字") and not same_scope("市属国企", "国企")


def test_a_partner_of_the_building_is_no_kind() -> None:
    """北海 (audit 49 row 33): 建设10个口袋公园 against the review's 与企业共建口袋公园5个 is a ×2.0 stretch."""
    t = targets("增划免费停车位1.43万个，与企业共建口袋公园5个，共享生态宜居北海。",
                GOALS + "巩固并拓展园林城市创建成果，统筹利用城市边角地、废弃地、卫生死角等，建设10个口袋公园，打造城市方寸之美。", 2023)
    assert baseline_of(t, "10个") == "5个"
    assert without_partner("与企业共建口袋公园") == "建设口袋公园"
    assert without_partner("新建和改造口袋公园") == "新建和改造口袋公园"


def test_a_purpose_or_platform_word_is_no_scope() -> None:
    """铜陵 (audit 49 row 70): 新增停车位1.9万个以上 takes 新增便民停车位超1.9万个; 雅安 (row 44): 网上可办率达到99%以上 takes
    一体化平台事项网上可办率达到98.3%."""
    t = targets("华山大道、新光路建成，新增便民停车位超1.9万个、充电桩3300余个。"
                "15项跨部门综合监管事项落地落实，一体化平台事项网上可办率达到98.3%。",
                GOALS + "推动公共机构停车位开放共享，新增停车位1.9万个以上，缓解停车难、乱停车问题。"
                "强化“一网通办”能力，确保网上可办率达到99%以上。", 2023)
    assert baseline_of(t, "1.9万个") == "1.9万个"
    assert baseline_of(t, "99%") == "98.3%"


def test_produced_grain_is_the_grain_output() -> None:
    """六安 (audit 48 row 19): 确保粮食总产稳定在72亿斤以上 takes the review's 产粮72.45亿斤 (below_last_year ×0.99); 产粮大县 names no output."""
    t = targets("围绕农业强市目标，建设高标准农田50万亩，产粮72.45亿斤，实现“二十连丰”。",
                GOALS + "确保粮食总产稳定在72亿斤以上。加大产粮大县支持力度，完善主产区利益补偿机制。", 2023)
    assert baseline_of(t, "72亿斤") == "72.45亿斤"
    assert class_of(t, "72亿斤") == "below_last_year"
    assert not any("产粮大县" in str(n) for n in t["indicator"])
