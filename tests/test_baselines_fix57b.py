"""Baselines after audit 45 (fix57b): review figures of the same measure taken where a statistics basis (规上), a short
form (研发支出占GDP比重, 国家高企), another verb of recognition (新获批) or a clause of people helped (促进…就业创业) hid
them (淮安, 眉山); and 共建 kept as a verb, so another set's amount is refused (眉山)."""
from __future__ import annotations

from target_cases import baseline_of as _base, targets

GOALS = "地区生产总值增长5.5%左右。"
HUAIAN_REVIEW = ("项目攻坚实现新突破，平均每周新签约投资亿元以上产业项目16个、新开工10个、新竣工8个，规上工业投资首次突破千亿、"
                 "达1148亿元，增长24%、全省第一。全社会研发支出占GDP比重2.02%，新获批国家高新企业312户、为历年最多，"
                 "高新技术产业产值占比达31.9%、提升2.8个百分点。")


def test_above_designated_size_is_the_basis_of_industrial_investment() -> None:
    """规上固定资产投资、工业投资分别增长13%以上和15%以上; 全年完成工业投资不低于1200亿元 against 规上工业投资…达1148亿元，增长24%
    (淮安 L19, L20, L4): 规上 is how the statistics are kept, not a part of the investment."""
    t = targets(HUAIAN_REVIEW, "今年经济社会发展主要预期目标是：地区生产总值增长7%以上，规上固定资产投资、工业投资分别增长13%以上和15%以上，"
                "研发支出占地区生产总值比重2.2%以上。全年完成工业投资不低于1200亿元，新开工超亿元项目500个以上。", 2023)
    assert _base(t, "15%") == "24%"
    assert _base(t, "1200亿元") == "1148亿元"
    assert _base(t, "2.2%") == "2.02%"  # 研发支出占地区生产总值比重 and 全社会研发支出占GDP比重: R&D intensity both


def test_newly_recognised_high_tech_firms_short_form() -> None:
    """力争全年新认定国家高企250户 against 新获批国家高新企业312户 (淮安 L22, L7): 高企 is 高新技术企业, 新获批 is 新认定."""
    t = targets(HUAIAN_REVIEW, GOALS + "梯度培育创新型企业集群，力争全年新认定国家高企250户，高新技术产业产值占比达34.5%、提升2.6个百分点。", 2023)
    assert _base(t, "250户") == "312户"


def test_a_stock_of_high_tech_firms_takes_no_flow() -> None:
    """高新技术企业达620家 (a stock) is not measured by 新获批…企业312户 (those added in the year)."""
    t = targets("新获批国家高新企业312户。", GOALS + "高新技术企业达620家。", 2023)
    assert _base(t, "620家") == ""


def test_people_helped_into_work_are_a_flow() -> None:
    """新增农民工返乡就业创业2万名以上 against 促进返乡农民工就业创业2.2万人 (眉山 L75, L17): those helped in the year."""
    t = targets("开展“游子归乡·乐业家乡”行动，促进返乡农民工就业创业2.2万人，发放稳岗返还资金3190万元，城镇新增就业3.4万人。",
                GOALS + "新增农民工返乡就业创业2万名以上。", 2023)
    assert _base(t, "2万名") == "2.2万人"


def test_a_stock_of_people_stays_no_flow() -> None:
    """新增…2万名 is still not measured by a count reached (返乡创业人员达5.2万人): only a clause of helping is a flow."""
    t = targets("返乡创业人员达5.2万人。", GOALS + "新增农民工返乡就业创业2万名以上。", 2023)
    assert _base(t, "2万名") == ""


def test_jointly_built_projects_are_their_own_set() -> None:
    """推动11个共建项目完成投资139.7亿元 (眉山 L65) is not measured by 36个同城重大项目完成投资150.1亿元: 共建 names the set."""
    t = targets("深化9条重点产业链跨区域协作，36个同城重大项目完成投资150.1亿元。",
                GOALS + "深度融入双城同城。协同推进《成渝地区双城经济圈建设规划纲要》138项重点任务，推动11个共建项目完成投资139.7亿元。", 2023)
    assert _base(t, "139.7亿元") == ""
    assert t.loc["139.7亿元", "indicator"].startswith("共建项目")


def test_a_total_after_a_net_addition_is_the_stock_of_its_noun() -> None:
    """高新技术产业增加值增长5%，净增高新技术企业120家，总数550家 (咸宁 L9): the 总数 is of the firms added in the clause
    before, not of the sentence's first clause, so 高新技术企业达620家 finds it."""
    t = targets("高新技术产业增加值增长5%，净增高新技术企业120家，总数550家。", GOALS + "高新技术企业达620家。", 2023)
    assert _base(t, "620家") == "550家"


def test_a_total_after_an_addition_keeps_its_name() -> None:
    """新增规上工业企业86家，总数1073家 (咸宁 L9): named 规上工业企业总数 as before."""
    t = targets("新增规上工业企业86家，总数1073家。", GOALS + "规上工业企业达到1150家。", 2023)
    assert _base(t, "1150家") == "1073家"
