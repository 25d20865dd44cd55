"""Held-out audit 62 (通辽, 锦州, 长治, 漯河, 达州 2023), round fix134b: names (a bare rate of the projects the sentence opens
with, a bare capacity of the projects the clause before counts, a count of things a 对 clause works on, the fame of brands
counted, a verb of causing opening the name)."""
from __future__ import annotations

from target_cases import targets


def _name(t, text: str) -> str:  # type: ignore[no-untyped-def]
    return str(t.loc[[text]].iloc[-1]["indicator"])


def test_a_bare_rate_of_production_takes_the_projects_the_sentence_opens_with() -> None:
    # 漯河 13: 加快“三个五百亿”重大项目建设，…，力争投产率达到60%以上
    t = targets("重大项目投产率达到55%。", "加快“三个五百亿”重大项目建设，用好“重大项目指挥部+工作专班”机制，力争投产率达到60%以上。")
    assert _name(t, "60%") == "三个五百亿重大项目投产率"
    # a rate with its own subject keeps it
    t = targets("新建学校2所。", "加快重大项目建设，力争新建项目开工率达到80%。")
    assert _name(t, "80%") == "新建项目开工率"


def test_a_bare_capacity_takes_the_class_of_projects_counted_before_it() -> None:
    # 通辽 37: 实施新能源项目27个，新增装机380万千瓦 (review: 建成装机309万千瓦)
    t = targets("建成新能源装机309万千瓦。", "推动绿电大规模替代，实施新能源项目27个，新增装机380万千瓦。")
    assert _name(t, "380万千瓦") == "新能源新增装机容量"
    # no counted class right before: left bare
    t = targets("新建学校2所。", "推动绿电大规模替代，新增装机380万千瓦。")
    assert _name(t, "380万千瓦") == "新增装机容量"


def test_a_count_a_targeted_clause_works_on_is_of_the_things_worked_on() -> None:
    # 长治 80: 对主城区7条主次干道及“三河一渠”沿线开展建筑外立面整治
    t = targets("新建学校2所。", "对主城区7条主次干道及“三河一渠”沿线开展建筑外立面整治。")
    assert _name(t, "7条") == "建筑外立面整治主次干道数"
    # no 对 before the count: the work after is no part of the name
    t = targets("新建学校2所。", "新建5条道路，开展绿化提升。")
    assert _name(t, "5条") == "新建道路数"


def test_the_fame_of_brands_counted_is_no_part_of_what_is_counted() -> None:
    # 锦州 41: 大幅提升北镇葡萄、义县肉羊等10余个品牌知名度和市场占有率
    t = targets("新建学校2所。", "大幅提升北镇葡萄、义县肉羊等10余个品牌知名度和市场占有率。")
    assert "10余个" not in set(t["text"]) or _name(t, "10余个") == "品牌数"
    # a share of the market stated as a level keeps its name
    t = targets("新建学校2所。", "农产品市场占有率达到30%。")
    assert _name(t, "30%") == "农产品市场占有率"


def test_a_verb_of_causing_opens_no_name() -> None:
    # 达州 37: 促使民营市场主体贷款余额增长12%以上
    t = targets("新建学校2所。", "促使民营市场主体贷款余额增长12%以上。")
    assert _name(t, "12%") == "民营市场主体贷款余额增长"
    # 促进 stays where it is a change of its own (kind change)
    t = targets("新建学校2所。", "促进农村劳动力转移就业30万人。")
    assert "30万人" in set(t["text"])
