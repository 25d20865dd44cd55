"""Held-out set 58 (阳江, 邵阳, 盘锦 2023), round fix128d: baselines missed because a review figure's name or key was off
(a growth named by its basis word, a key's own head noun read as a scope, a transport project set's investment, the money
of a set of projects built, a span of title levels against its floor, an alliance counted in 家 or 个)."""
from __future__ import annotations

from target_cases import baseline_of, class_of, targets


def test_a_growth_after_a_basis_word_is_the_levels() -> None:
    # 阳江 row 5: 地方一般公共预算收入78.3亿元，按可比口径增长7.2%
    t = targets("地方一般公共预算收入78.3亿元，按可比口径增长7.2%。", "地方一般公共预算收入增长6%。", 2022)
    assert baseline_of(t, "6%") == "7.2%" and class_of(t, "6%") == "below_last_year"
    # the level's verb is no part of the change's name (聊城: 一般公共预算收入完成229亿元，同口径增长7%)
    t = targets("一般公共预算收入完成229亿元，同口径增长7%。", "一般公共预算收入增长6%。", 2022)
    assert t.loc[["6%"]].iloc[-1]["baseline_indicator"] == "一般公共预算收入增长"
    # a growth after a level with no basis word in its clause is left to the rules before (no basis, no carried subject here)
    t = targets("地方一般公共预算收入78.3亿元，带动就业增长7.2%。", "地方一般公共预算收入增长6%。", 2022)
    assert baseline_of(t, "6%") == ""


def test_the_keys_own_head_before_its_wording_is_no_scope() -> None:
    # 阳江 row 16: 87家企业实现“小升规” counts 小升规企业
    t = targets("新增2家百亿级企业，87家企业实现“小升规”。", "提升“个转企”“小升规”工作实效，力争全年新增80家规上企业。", 2022)
    assert baseline_of(t, "80家") == "87家" and class_of(t, "80家") == "below_last_year"
    # a narrower set before the wording stays a scope (工业企业 is no head of 小升规企业)
    t = targets("87家服务业企业实现“小升规”。", "力争全年新增80家规上企业。", 2022)
    assert baseline_of(t, "80家") == ""


def test_a_transport_project_sets_investment_is_transport_investment() -> None:
    # 阳江 row 33: 强力攻坚38个重点交通项目、完成投资120亿元
    t = targets("强力攻坚38个重点交通项目、完成投资120亿元。", "推进36个交通重点项目加快建设，力争全年交通投资达150亿元。", 2022)
    assert baseline_of(t, "150亿元") == "120亿元" and class_of(t, "150亿元") == "stretch"
    # another set's investment is no transport investment
    t = targets("强力攻坚38个重点产业项目、完成投资120亿元。", "力争全年交通投资达150亿元。", 2022)
    assert baseline_of(t, "150亿元") == ""


def test_money_put_into_building_a_set_of_projects_is_that_sets_investment() -> None:
    # 阳江 row 11: 全面升级产业园区，投入34.4亿元建设78个基础设施项目 (the target's sentence speaks of 园区 too)
    review = "全面升级产业园区，投入34.4亿元建设78个基础设施项目，新建成12.9万平方米标准厂房。"
    t = targets(review, "坚持促升级，实施年度投资39.5亿元的73个基础设施项目，推进园区“九通一平”建设。", 2022)
    assert baseline_of(t, "39.5亿元") == "34.4亿元" and class_of(t, "39.5亿元") == "modest"
    # a target of another set of projects takes none
    t = targets(review, "坚持促升级，实施年度投资39.5亿元的73个产业项目，推进园区“九通一平”建设。", 2022)
    assert baseline_of(t, "39.5亿元") == ""
    # nor one whose sentence names no 园区 at all: the park's projects are not the target's
    t = targets(review, "实施年度投资39.5亿元的73个基础设施项目。", 2022)
    assert baseline_of(t, "39.5亿元") == ""


def test_a_span_of_levels_takes_its_floors_additions() -> None:
    # 邵阳 row 46: 新增省级龙头企业26家 in a ；-chain on farming, for 新增省级以上农业产业化龙头企业10家
    review = "深入推进“六大强农”行动，培育省级农业品牌11个、“两品一标”农产品312个；新增省级龙头企业26家；新增省级现代农业产业园2个。"
    t = targets(review, "加快农业科技创新园建设，新增省级以上农业产业化龙头企业10家。", 2022)
    assert baseline_of(t, "10家") == "26家" and class_of(t, "10家") == "below_last_year"
    # the other way round (a review span for one level) stays apart
    t = targets(review.replace("新增省级龙头企业26家", "新增省级以上龙头企业26家"), "加快农业科技创新园建设，新增省级农业产业化龙头企业10家。", 2022)
    assert baseline_of(t, "10家") == ""
    # and a stock of the span is not measured by the floor's stock
    t = targets(review.replace("新增省级龙头企业26家", "省级龙头企业达到26家"), "加快农业科技创新园建设，省级以上农业产业化龙头企业达到30家。", 2022)
    assert baseline_of(t, "30家") == ""


def test_a_leading_firm_alone_outside_farming_stays_unkeyed() -> None:
    # a ；-chain on trade: 龙头企业 alone is no farm firm (key_contexts), so no key reaches across
    t = targets("外贸进出口增长5%；新增外贸龙头企业26家；", "加快农业科技创新园建设，新增省级以上农业产业化龙头企业10家。", 2022)
    assert baseline_of(t, "10家") == ""


def test_an_alliance_is_counted_in_either_counter() -> None:
    # 盘锦 row 28: 新组建实质性产学研联盟20个 and 新建产学研联盟40家
    t = targets("全市新培育雏鹰、瞪羚等创新主体20家，新建产学研联盟40家。", "新组建实质性产学研联盟20个。", 2022)
    assert baseline_of(t, "20个") == "40家" and class_of(t, "20个") == "below_last_year"
    # things that are no body (projects) in 个 do not take a count in 家
    t = targets("新建产学研合作企业40家。", "实施产学研合作项目20个。", 2022)
    assert baseline_of(t, "20个") == ""
