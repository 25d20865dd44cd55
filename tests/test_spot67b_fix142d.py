"""Held-out set 67 (甘南, 昌都 2023), round fix142d: a bare investment after its sentence's own subject is no other named
set's, and a herd counted in stock (存栏) is a level though the animal's name is not registered."""
from __future__ import annotations

from target_cases import baseline_of, targets


def test_a_bare_investment_after_its_own_subject_takes_no_other_sets_investment() -> None:
    # 甘南 row 70: 兰合、西成铁路甘南段工程进度分别达到20%、15%，完成投资30亿元 vs the municipal projects' 10.23亿元
    t = targets("实施桥梁、供热、供水、管网等市政基础设施项目36项，完成投资10.23亿元。",
                "兰合、西成铁路甘南段工程进度分别达到20%、15%，完成投资30亿元。", 2022)
    assert baseline_of(t, "30亿元") == ""
    # the same set named in the target's sentence keeps its baseline
    t = targets("实施市政基础设施项目36项，完成投资10.23亿元。",
                "实施市政基础设施项目40项，完成投资12亿元。", 2022)
    assert baseline_of(t, "12亿元") == "10.23亿元"


def test_a_herd_in_stock_is_a_level_though_unregistered() -> None:
    # 昌都 row 24: 阿旺绵羊、牦牛、藏猪存栏量分别保持在36万只、159万头、16万头以上 (藏猪 has no key)
    t = targets("阿旺绵羊存栏30万只。",
                "阿旺绵羊、牦牛、藏猪存栏量分别保持在36万只、159万头、16万头以上，并加大出栏力度。", 2022)
    assert t.loc[["16万头"]].iloc[-1]["measure"] == "stock"
    # pigs sold for slaughter stay a flow
    t = targets("阿旺绵羊存栏30万只。", "藏猪出栏16万头以上。", 2022)
    assert t.loc[["16万头"]].iloc[-1]["measure"] == "flow"
    # only the figure's own 、 member, and no herd the year adds to
    t = targets("生猪存栏140万头。", "确保生猪存栏稳定在150万头、蔬菜种植面积稳定在80万亩以上。新增奶牛存栏5000头。", 2022)
    assert t.loc[["80万亩"]].iloc[-1]["measure"] == "flow" and t.loc[["5000头"]].iloc[-1]["measure"] == "flow"


def test_the_first_of_a_count_pair_before_one_noun_takes_that_noun() -> None:
    # 甘南 row 13: 实施生态及地质灾害避险搬迁3486户9328人 vs 完成了…四县2848户1.17万人的生态及地质灾害避险搬迁任务
    t = targets("完成了舟曲、碌曲、玛曲、夏河四县2848户1.17万人的生态及地质灾害避险搬迁任务。",
                "实施生态及地质灾害避险搬迁3486户9328人。", 2022)
    assert baseline_of(t, "3486户") == "2848户" and baseline_of(t, "9328人") == "1.17万人"
    # a pair with no 的 after it keeps its own words: the households of another work find no baseline
    t = targets("完成了四县2848户1.17万人，农村危房改造全面完成。", "实施生态及地质灾害避险搬迁3486户9328人。", 2022)
    assert baseline_of(t, "3486户") == ""
