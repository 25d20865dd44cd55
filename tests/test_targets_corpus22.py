"""Targets after audit 22 (docs/audits/targets_22.md: national_2023, Shenzhen 2024, Hailar 2016 of the
corpus), the target-side fault classes: one test per rule, on paraphrased sentences run through the
real reader and extractor."""
from __future__ import annotations

from name_cases import names
from target_cases import targets


def test_the_work_named_after_a_counts_noun_names_the_count() -> None:
    """年内完成N + noun + 的 + work + 任务/工作: the noun worked on, not the noun alone (a stock)."""
    assert names("年内完成15条背街小巷的建设改造任务。")["15条"] == "背街小巷建设改造数"
    assert names("全面完成860户农村危房的新建、维修、拆除工作。")["860户"] == "农村危房新建维修拆除户数"
    assert names("完成2万亩防护林带的补植、管护任务。")["2万亩"] == "防护林带补植管护面积"
    # no work after 的: the noun stays (…个村的 of a class is not read as work)
    assert names("年内建成12个村的文化广场。")["12个"] != "村文化广场建设数"


def test_a_task_shared_by_a_list_is_every_members_work() -> None:
    """…、N亩大棚建设任务: the shared 建设 is the first member's too (仓储库建设面积, not 仓储库面积)."""
    got = names("年内完成3万平方米冷库、500亩温室建设任务。")
    assert got["3万平方米"] == "冷库建设面积" and got["500亩"] == "温室建设面积"
    got = names("年内完成主城区甲路、乙路等9条道路、老旧小区15条配套道路的建设改造任务。")
    assert got["9条"] == "道路建设改造数" and got["15条"] == "配套道路建设改造数"
    # members with work of their own, closed by a member with no count (…、绿化修复工作): no shared work
    got = names("完成12个老旧小区环境综合整治、30个老旧小区地面硬化、绿化修复工作。")
    assert got["12个"] == "老旧小区环境综合整治数" and got["30个"] == "老旧小区地面硬化数"


def test_replanting_and_tending_plantings_is_no_afforestation() -> None:
    """补植/管护 of 退耕还林 land tends plantings that exist: no afforestation key."""
    t = targets("完成造林2万亩。", "完成4万亩退耕还林工程的补植、管护任务。")
    assert t.loc["4万亩", "indicator"] == "退耕还林工程补植管护面积"
    assert not t.loc["4万亩", "indicator_key"]
    assert t.loc["4万亩", "match"] == "none"


def test_a_type_word_of_the_reviews_figure_does_not_refuse_a_same_key_baseline() -> None:
    """年内建成15座公厕 and 建成8座水冲式公厕 (key sanitary_toilets): 水冲式 is a type the target does not contradict."""
    t = targets("投资500万元建成8座水冲式公厕。", "年内建成15座公厕。")
    assert t.loc["15座", "baseline_text"] == "8座"
    # a target naming another kind of its own stays apart
    t = targets("投资500万元建成8座水冲式公厕。", "年内改造15座旱厕。")
    assert t.loc["15座", "match"] == "none"


def test_a_modern_ranch_built_is_the_task_of_building_one() -> None:
    """完成N个现代牧场建设任务 and 建成M个现代化牧场: one noun (现代化 = 现代), one action (build)."""
    t = targets("奶源基地建设加快推进，建成3个现代化牧场。", "年内完成甲村、乙村等6个现代牧场建设任务。")
    assert t.loc["6个", "baseline_text"] == "3个"
    assert t.loc["6个", "feasibility"] == "stretch"
    # the task of renovating households keeps its match (改造任务 and 年度改造任务)
    t = targets("全面完成了12000户的年度改造任务。", "全力完成今年7000户改造任务。")
    assert t.loc["7000户", "baseline_text"] == "12000户"


def test_a_start_is_no_baseline_of_the_same_plants_under_way() -> None:
    """加快建设3座水质净化厂 and 开工建设3座水质净化厂 (key sewage_plants): another stage, no baseline;
    the same stage keeps it (新建 and 建成: build)."""
    t = targets("开工建设3座水质净化厂，建成污水管网200公里。", "加快建设3座水质净化厂。")
    assert t.loc["3座", "match"] == "none"
    t = targets("建成2座水质净化厂。", "新建3座水质净化厂。")
    assert t.loc["3座", "baseline_text"] == "2座"


def _keys(sentence: str) -> dict[str, str]:
    from govreport import extract_quantities, read_text
    table = extract_quantities(read_text("一、2023年工作回顾\n" + sentence + "\n"))
    return dict(zip(table.text, table.indicator_key))


def test_trade_in_services_is_no_foreign_trade_in_goods() -> None:
    """服务贸易进出口 is keyed service_trade (its own measure), never foreign_trade; a name mixing it with
    goods trade takes neither; and the target finds the review's service-trade total."""
    assert _keys("服务贸易进出口额达900亿美元。")["900亿美元"] == "service_trade"
    assert _keys("服务贸易进出口增长9%。")["9%"] == "service_trade_growth"
    assert _keys("跨境电商服务贸易和外贸企业进出口均增长9%。")["9%"] == ""
    assert _keys("外贸进出口总额增长4%。")["4%"] == "foreign_trade_growth"
    t = targets("服务贸易进出口增长15.0%、总额1200亿美元，外贸进出口总额3.5万亿元。", "服务贸易进出口额达1300亿美元。")
    assert t.loc["1300亿美元", "baseline_text"] == "1200亿美元"


def test_an_increment_of_online_retail_sales_is_no_level() -> None:
    assert _keys("新增限额以上网络零售额200亿元。")["200亿元"] == ""
    assert _keys("网络零售额达到900亿元。")["900亿元"] == "online_retail"


def test_an_amount_after_a_list_of_kinds_of_one_head_is_their_sum() -> None:
    """新增A贷款、B贷款、绿色贷款超N亿元: the sum of the loans, not the last member's key (green_loans)."""
    assert _keys("新增普惠小微贷款、涉农贷款、绿色贷款超6000亿元。")["6000亿元"] == ""
    assert _keys("绿色贷款余额达到500亿元。")["500亿元"] == "green_loans"
    # two funds of one fund noun keep the key their wording names (audit 11's rule)
    assert _keys("落实财政衔接资金、沪滇帮扶资金8亿元。")["8亿元"] == "poverty_funds"


def test_projects_listed_and_reported_are_no_baseline_of_projects_built() -> None:
    """推进…5个“平急两用”公共基础设施项目建设 and 梳理上报…62个“平急两用”公共基础设施首批项目 (audit 20,
    N24#46): projects listed and reported up, another stage than work under way — no baseline, even by name."""
    t = targets("梳理上报7个保障性住房先导项目、62个“平急两用”公共基础设施首批项目。",
                "推进甲地块等5个保障性住房和乙片区等8个城中村改造项目、5个“平急两用”公共基础设施项目建设。")
    row = t[t["indicator"].str.contains("平急两用")].iloc[0]
    assert row["match"] == "none"


def test_a_second_noun_after_he_may_run_to_twelve_characters() -> None:
    """开展N个园区光储超充和车网互动一体化示范应用 (audit 22, S24#21): the name keeps the member after 和 and the
    head (not 园区光储超充数)."""
    assert names("开展80个园区光储超充和车网互动一体化示范应用。")["80个"] == "园区光储超充和车网互动一体化示范应用数"
    # joined, too long to keep whole: not joined, so the name is not cut to the second alone (unseen audit 24, Guizhou)
    assert names("加快推进5个百万头生猪养殖重点项目建设和奶业养殖加工一体化发展。")["5个"] == "百万头生猪养殖重点项目建设数"


def test_xinzeng_before_examples_stays_in_the_counts_name() -> None:
    """新增A、B、C等30个数字孪生应用场景 (audit 22, S24#92): the examples leave the name, 新增 stays (the
    scenes added, not all of them)."""
    assert names("新增防汛调度、桥梁监测、燃气安全等25个数字孪生应用场景。")["25个"] == "新增数字孪生应用场景数"
    assert names("新开工甲、乙等23个项目。")["23个"] == "新开工项目数"
