"""Spot audits 36 (保定, 邢台, 衡水, 双鸭山, 乌海 2024), round fix87d: size classes and thresholds that are no goals (超亿元10户,
超50亿元、100亿元企业, 5000万元以上项目, a named list reaching a scale class), the province's own programme (省定20项民生工程),
and clear goals given a row (…等N个项目尽快签约 / 投入运行, 突出抓好…等N个项目建设, a count before a noun opened by letters,
a 均 list of two areas)."""
from __future__ import annotations

from target_cases import targets

from govreport.extract import extract_quantities
from govreport.report import read_text
from govreport.tables.figures import figures
from govreport.tables.scale_reached import reaches_scale_class
from govreport.tables.non_targets import not_a_target


def _plan(sentence: str) -> dict[str, str]:
    """Each plan figure's text -> why it is no target ('' when it is one)."""
    figs = figures(extract_quantities(read_text("一、2023年工作回顾\n全市生产总值增长5%。\n二、2024年重点工作\n" + sentence)))
    return {f.text: not_a_target(f) for f in figs if f.part == "plan"}


def _rows(plan: str) -> dict[str, str]:
    t = targets("全市生产总值增长5%。", plan, 2023)
    return dict(zip(t["text"], t["indicator"]))


def test_money_thresholds_of_firm_tiers_are_no_goals() -> None:
    # 双鸭山 L19 (rows 11, 13, 15): 亿元, 千万元, 百万元 define the 十百千 tiers, the counts after them are the goals
    rows = _rows("加快形成产值超亿元10户、超千万元200户、超百万元1000户的“十百千”企业梯队。")
    assert not {"亿元", "千万元", "百万元"} & set(rows)
    assert {"200户", "1000户"} <= set(rows)


def test_a_later_amount_of_a_class_list_is_a_class_too() -> None:
    # 衡水 L29 (row 24): 在超50亿元、100亿元企业上实现突破 — 100亿元 shares 超 with 50亿元
    why = _plan("在超50亿元、100亿元企业上实现突破。")
    assert why["100亿元"] and why["50亿元"]


def test_a_money_floor_before_projects_classes_them_after_a_goal_verb() -> None:
    # 邢台 L23 (row 13): 实现5000万元以上项目签约、落地量质双升
    assert "classes the projects" in _plan("紧盯央企和行业领军企业，实现5000万元以上项目签约、落地量质双升。")["5000万元"]
    assert _plan("全年完成投资5000万元以上。")["5000万元"] == ""


def test_a_named_list_reaching_a_scale_class_is_a_set() -> None:
    # 保定 L29 (row 7): its sibling 6个…达到2000亿级 has no row; members longer than four characters
    assert reaches_scale_class("3个产业集群达到1000亿级，发展物探")
    assert not reaches_scale_class("3个产业集群产值增长10%")
    why = _plan("推动电力装备、商贸物流2个产业集群达到2000亿级，家纺箱包、都市农业、超低能耗建筑3个产业集群达到1000亿级。")
    assert why["3个"] and why["2个"]


def test_the_provinces_own_programme_is_its_list() -> None:
    # 衡水 L55 (row 52): 继续实施好省定20项民生工程和市20件民生实事
    assert "own list" in _plan("继续实施好省定20项民生工程和市20件民生实事。")["20项"]
    assert "own list" in _plan("积极回应群众关切，办好34项重要民生实事，兜牢民生底线。")["34项"]  # 办好 keeps its 好


def test_examples_closed_by_a_count_that_is_signed_or_put_in_operation() -> None:
    # 衡水 L35: …等39个在谈项目尽快签约 (its siblings 加快落地, 早日投产 are kept); 邢台 L45: …等9项输变电工程投入运行
    assert _plan("推进深州菜鸟智慧物流园等39个在谈项目尽快签约。")["39个"] == ""
    assert _plan("推动220千伏柏宁、隆尧西等9项输变电工程投入运行。")["9项"] == ""
    assert _plan("加快推进洛阳等10个国家物流枢纽。")["10个"]  # a set named by example stays one


def test_emphasised_projects_named_by_example_are_the_years() -> None:
    # 乌海 L21: 突出抓好包银高铁乌海段等14个投资50亿元以上重大项目建设 (like 抓好…等41个…项目)
    assert _plan("突出抓好包银高铁乌海段等14个投资50亿元以上重大项目建设。")["14个"] == ""


def test_a_count_before_a_noun_opened_by_letters_is_a_goal() -> None:
    # 保定 L27: 抓好12179户D级房重建任务; 乌海 L25: 加快5个BDO一体化及8个下游深加工项目建设
    rows = _rows("抓好12179户D级房重建任务，确保入冬前完成。加快5个BDO一体化及8个下游深加工项目建设。")
    assert rows["12179户"].startswith("D级房重建")
    assert "BDO一体化" in rows["5个"]
    assert "8个" in rows


def test_a_jun_list_of_two_areas_gives_two_rows() -> None:
    # 双鸭山 L23 (row 34): 棚室蔬菜、鲜食玉米面积均增长5%以上
    t = targets("全市生产总值增长5%。", "棚室蔬菜、鲜食玉米面积均增长5%以上。", 2023)
    assert sorted(t["indicator"]) == ["棚室蔬菜面积增长", "鲜食玉米面积增长"]
