"""Held-out audit 55 (汉中, 秦皇岛, 泰州, 景德镇 2023), round fix124b: names that say what is measured (a floor per chain,
a shared head carried back to a parallel modifier, an aim word that names nothing, a measure the 、 sibling does not
share, the households' work after 老年人家庭, a network kind among works named by examples)."""
from __future__ import annotations

from target_cases import targets


def _names(review: str, plan: str) -> dict[str, str]:
    """The targets' names by their text."""
    t = targets(review, plan)
    return dict(zip(t["text"], t["indicator"]))


def test_a_count_per_chain_keeps_the_chain() -> None:
    # 汉中 row 19: 确保每条产业链有4个以上优质龙头项目签约落地 (a floor per chain, not a total)
    got = _names("新增优质项目50个。", "确保每条产业链有4个以上优质龙头项目签约落地。")
    assert got["4个"] == "每条产业链优质龙头项目签约落地数"
    # no 每条 before the count: the name as before
    assert _names("新增优质项目50个。", "确保全市产业链有4个以上优质龙头项目签约落地。")["4个"] == "优质龙头项目签约落地数"


def test_a_parallel_modifier_takes_its_siblings_head() -> None:
    # 秦皇岛 row 9: 谋划开辟2条外贸、5条内贸航线 (外贸 is a kind of 航线)
    got = _names("开通航线3条。", "谋划开辟2条外贸、5条内贸航线。")
    assert got["2条"].endswith("外贸航线数") and got["5条"].endswith("内贸航线数")
    # nouns of their own (初中, 初级中学: no modifier of one head) stay apart
    got = _names("新建学校2所。", "新建2所初中、5所初级中学。")
    assert got["2所"] == "新建初中数"


def test_an_aim_word_opening_the_clause_names_nothing() -> None:
    # 泰州 row 19: 紧扣收集率提高到60%目标推动城镇生活污水处理提质攻坚 (紧扣 = closely following)
    got = _names("污水处理率95%。", "紧扣收集率提高到60%目标推动城镇生活污水处理提质攻坚。")
    assert "紧扣" not in got["60%"] and got["60%"].startswith("收集率")
    # a rate named in full is left alone
    assert _names("污水处理率95%。", "城镇生活污水集中收集率提高到60%。")["60%"] == "城镇生活污水集中收集率"


def test_revenue_after_assets_shares_the_subject_not_the_measure() -> None:
    # 景德镇 row 20: 力争国有资产总额突破3000亿元、营收突破280亿元
    got = _names("资产总额近3000亿元。", "做优做强做大市属国有资本和国有企业，力争国有资产总额突破3000亿元、营收突破280亿元。")
    assert got["3000亿元"] == "国有资产总额" and got["280亿元"] == "国有营收"
    # a sibling that is no measure of the same subject keeps its own name (营业收入 was named so before)
    got = _names("资产总额近3000亿元。", "力争企业资产总额突破3000亿元、营业收入突破280亿元。")
    assert got["280亿元"] == "营业收入"


def test_households_of_the_elderly_keep_the_work_done_in_them() -> None:
    # 景德镇 row 35: 实施500户特殊困难老年人家庭居家适老化改造
    got = _names("完成500户适老化改造。", "实施500户特殊困难老年人家庭居家适老化改造。")
    assert got["500户"].endswith("特殊困难老年人家庭居家适老化改造户数")
    # people counted (名), no households: the people, as before
    got = _names("服务老年人1000名。", "为2000名特殊困难失能老年人购买居家养老上门服务。")
    assert "特殊困难失能老年人" in got["2000名"] and "家庭" not in got["2000名"]


def test_a_network_kind_among_example_works_is_not_the_pipes() -> None:
    # 秦皇岛 row 54: …雨污分流整治等项目，改造老旧管网80.7公里 (no 雨污 said of the pipes)
    plan = "推进海绵城市建设，实施重点路段积水点改造、雨污分流整治等项目，改造老旧管网80.7公里，完善供水、排水、供热、燃气等市政设施。"
    got = _names("改造老旧管网163.7公里。", plan)
    assert got["80.7公里"] == "老旧管网改造长度"
    # a kind named by the clause before (no example works): the pipes are of that kind
    got = _names("改造老旧管网20公里。", "深化城镇燃气安全隐患排查整治，更新改造老旧管网30公里。")
    assert "燃气管网" in got["30公里"]
