"""Held-out audit 51 (江门, 商丘 2023) and set 50 (齐齐哈尔, 楚雄), round fix118e: a growth restating a planned amount against
its matched baseline, a list spelled out before its N大 set name, a zone named just before a bare measure, 改造 before
项目 as the projects' kind, a named programme's money-classed projects apart from all key projects, a power capacity reached
as a level, 成功上市 as a year's flow, and a shared rate against a base year after the levels it compares."""
from __future__ import annotations

from target_cases import baseline_of, class_of, targets


def _measure(t, text: str) -> str:  # type: ignore[no-untyped-def]
    return str(t.loc[[text]].iloc[-1]["measure"])


def test_a_growth_restating_a_matched_amount_is_no_goal() -> None:
    # 江门 row 69: 各级财政安排民生支出367.94亿元，增长5% after 民生类支出350.4亿元 (367.94/350.4 = 1.050)
    review = "全年民生类支出350.4亿元，占一般公共预算支出比重77.3%。"
    t = targets(review, "今年各级财政安排民生支出367.94亿元，增长5%。", 2022)
    assert baseline_of(t, "367.94亿元") == "350.4亿元" and "5%" not in t.index
    # a whole rate the amounts do not give stays a goal
    t = targets(review, "今年各级财政安排民生支出367.94亿元，增长8%。", 2022)
    assert "8%" in t.index
    # a round amount: the whole rate may be a rounded goal
    t = targets("全年民生类支出350亿元。", "今年各级财政安排民生支出367亿元，增长5%。", 2022)
    assert "5%" in t.index


def test_a_list_before_its_set_name_sums_the_named_set() -> None:
    # 江门 row 56: 陈皮、…、禽蛋六大特色优势农业产业链总产值 and 六大特色优势农业产业全链条总产值
    review = "六大特色优势农业产业全链条总产值533.9亿元、增长27.6%。"
    t = targets(review, "实现陈皮、大米、茶叶、鳗鱼、马冈鹅、禽蛋六大特色优势农业产业链总产值达680亿元。", 2022)
    assert baseline_of(t, "680亿元") == "533.9亿元" and class_of(t, "680亿元") == "stretch"
    # without the set's name in the review: a part is no baseline of the list's sum
    t = targets("禽蛋产业链总产值53.9亿元。", "实现陈皮、大米、茶叶、鳗鱼、马冈鹅、禽蛋六大特色优势农业产业链总产值达680亿元。", 2022)
    assert baseline_of(t, "680亿元") == ""


def test_a_zone_named_just_before_scopes_a_bare_measure() -> None:
    # 江门 row 13: 高标准建设江门大型产业集聚区，新征土地1.5万亩 and 江门大型产业集聚区新征地2.4万亩
    review = "平台建设加快推进，江门大型产业集聚区新征地2.4万亩。"
    t = targets(review, "高标准建设江门大型产业集聚区，新征土地1.5万亩。", 2022)
    assert baseline_of(t, "1.5万亩") == "2.4万亩"
    # the sentence names no zone: the zone's figure is no baseline
    t = targets(review, "全市新征土地1.5万亩。", 2022)
    assert baseline_of(t, "1.5万亩") == ""


def test_renovation_projects_started_are_renovations_started() -> None:
    # 江门 row 50: 推动不少于56个老旧小区开工改造 and 65个城镇老旧小区改造项目开工
    t = targets("65个城镇老旧小区改造项目开工。", "推动不少于56个老旧小区开工改造。", 2022)
    assert baseline_of(t, "56个") == "65个" and class_of(t, "56个") == "below_last_year"
    # renovation projects finished are another stage (the verb after 项目 is the action)
    t = targets("65个城镇老旧小区改造项目竣工。", "推动不少于56个老旧小区开工改造。", 2022)
    assert baseline_of(t, "56个") == ""


def test_money_classed_projects_investment_is_not_all_key_projects() -> None:
    # 商丘 G5: the 451工程's 190 projects of 10亿元以上 and 全年实施重点项目701个，完成投资3317亿元
    review = "全年实施重点项目701个，完成投资3317亿元。"
    plan = "重点实施项目建设“451工程”，推进40个40亿元以上项目、50个20亿元以上项目、100个10亿元以上项目，完成投资2500亿元以上。"
    assert baseline_of(targets(review, plan, 2022), "2500亿元") == ""
    # a plan of key projects with no money class keeps that baseline
    t = targets(review, "实施重点项目700个，完成投资3500亿元以上。", 2022)
    assert baseline_of(t, "3500亿元") == "3317亿元"


def test_a_power_capacity_reached_is_a_level() -> None:
    # 齐齐哈尔 (set 50): 新能源规模达到300万千瓦 is the capacity there will be
    t = targets("绿电规模达到260万千瓦。", "风、光、生物质等新能源规模达到300万千瓦。", 2022)
    assert _measure(t, "300万千瓦") == "stock"
    # new capacity added stays a flow
    t = targets("新增新能源装机60万千瓦。", "新增新能源装机达到80万千瓦。", 2022)
    assert _measure(t, "80万千瓦") == "flow"


def test_a_successful_listing_is_the_years_flow() -> None:
    # 楚雄 (set 50): 成功上市企业1户 is a new listing in the year
    t = targets("上市企业达到3户。", "新增规模以上工业企业20户以上，成功上市企业1户。", 2022)
    assert _measure(t, "1户") == "flow"
    t = targets("上市企业达到3户。", "上市企业达到4户。", 2022)
    assert _measure(t, "4户") == "stock"


def test_a_shared_rate_against_a_base_year_compares_the_levels() -> None:
    # 江门 row 54: 力争接待游客超1500万人次，旅游总收入超200亿元，均比2019年增长20%以上
    plan = "力争接待游客超1500万人次，旅游总收入超200亿元，均比2019年增长20%以上。"
    t = targets("接待游客1200万人次。", plan, 2022)
    assert "20%" not in t.index and "1500万人次" in t.index
    # against last year the rate stays a goal
    t = targets("接待游客1200万人次。", "力争接待游客超1500万人次，旅游总收入超200亿元，均比上年增长20%以上。", 2022)
    assert "20%" in t.index
