"""Held-out audits 49 (邯郸, 遵义, 吕梁, 嘉兴 2023), round fix115c: review figures named from an aside lose their key, a flow
word after its noun, an emphasis verb on a project set, works joined by 、, the short form 规模工业, a neutral 项目 in a scope,
starts against completions, a pilot list against completions, and a paragraph's run-in industry."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from target_cases import baseline_of, class_of, targets


def _names(review: str) -> dict[str, str]:
    """The indicator of each figure of ``review`` (a review part), by its text."""
    text = f"政府工作报告\n一、2024年工作回顾\n{review}\n二、2025年重点工作\n地区生产总值增长5%。\n"
    q = extract_quantities(read_text(text))
    return dict(zip(q["text"], q["indicator"]))


def test_a_growth_after_a_years_since_aside_is_the_levels() -> None:
    # 邯郸 G1: 一般公共预算收入完成355.2亿元，总量时隔10年重回全省第3位，增长13.1%
    review = "一般公共预算收入完成355.2亿元，总量时隔10年重回全省第3位，增长13.1%、居全省第1位。"
    assert _names(review)["13.1%"] == "一般公共预算收入增长"
    t = targets(review, "一般公共预算收入增长7%左右。")
    assert baseline_of(t, "7%") == "13.1%" and class_of(t, "7%") == "below_last_year"
    # no aside of years: a bare growth after another clause keeps its rule (the clause's subject)
    assert _names("一般公共预算收入完成355.2亿元，税收收入增长8%。")["8%"] == "税收收入增长"


def test_a_bare_output_after_an_opening_production_comment() -> None:
    # 邯郸 G1: 粮食生产再获丰收，总产108.6亿斤
    review = "粮食生产再获丰收，总产108.6亿斤，总量全省第一。"
    assert _names(review)["108.6亿斤"] == "粮食总产量"
    t = targets(review, "粮食总产达到106亿斤以上。")
    assert baseline_of(t, "106亿斤") == "108.6亿斤" and class_of(t, "106亿斤") == "below_last_year"
    # an opening clause of no 生产: no grain output read into it
    assert not _names("农田建设再获丰收，总产108.6亿斤。")["108.6亿斤"].startswith("粮食")


def test_a_flow_word_after_its_noun_is_the_years_addition() -> None:
    # 邯郸 G2: 规模以上工业企业新增420家 is the baseline of 新增规模以上工业企业300家
    t = targets("规模以上工业企业新增420家、总量历史性突破2000家。", "新增规模以上工业企业300家。")
    assert baseline_of(t, "300家") == "420家" and class_of(t, "300家") == "below_last_year"
    # the stock stays the stock's: no flow for a target of the level
    t = targets("规模以上工业企业新增420家、总量历史性突破2000家。", "规模以上工业企业达到2300家。")
    assert baseline_of(t, "2300家") != "420家"


def test_an_emphasis_verb_on_a_project_set_is_no_other_action() -> None:
    # 邯郸 G3: 突出抓好620个省市重点项目 and 实施省市重点项目430项
    t = targets("实施建设项目3902个，突出抓好620个省市重点项目。", "实施省市重点项目430项。")
    assert baseline_of(t, "430项") == "620个" and class_of(t, "430项") == "below_last_year"
    # another set (省级, not 省市) stays apart
    t = targets("突出抓好620个市级重点项目。", "实施省级重点项目30项。")
    assert baseline_of(t, "30项") == ""


def test_works_joined_by_a_comma_mark_are_two() -> None:
    # 邯郸 G4: 新建、改造污水处理厂15座 counts two works; 提标改造 (after the noun) is one of them
    review = "新建、改造污水处理厂15座。"
    t = targets(review, "完成38座污水处理厂提标改造。")
    assert baseline_of(t, "38座") == ""
    # the same two works: the same measure
    t = targets(review, "新建、改造污水处理厂20座。")
    assert baseline_of(t, "20座") == "15座"


def test_short_form_of_above_size_industry() -> None:
    # 遵义 G1: 规模工业增加值增长10.3% and 规模以上工业增加值增长11%左右
    t = targets("工业经济持续保持良好势头，规模工业增加值增长10.3%。", "规模以上工业增加值增长11%左右。")
    assert baseline_of(t, "11%") == "10.3%" and class_of(t, "11%") == "modest"


def test_a_neutral_project_word_in_a_scope() -> None:
    # 遵义 G2: 产业项目到位资金 and 产业到位资金
    t = targets("深入开展产业大招商，产业到位资金800亿元。", "实现产业项目到位资金800亿元以上。")
    assert baseline_of(t, "800亿元") == "800亿元"
    # another scope stays apart (外资项目 is not 产业)
    t = targets("深入开展产业大招商，产业到位资金800亿元。", "实现省外项目到位资金300亿元以上。")
    assert baseline_of(t, "300亿元") == ""


def test_starts_are_no_completions() -> None:
    # 吕梁 G6: 启动37个老旧小区改造 (starts) and 23个老旧小区改造完工 (completions)
    t = targets("23个老旧小区改造完工。", "启动37个老旧小区改造。")
    assert baseline_of(t, "37个") == ""
    # completions against completions stay one measure
    t = targets("23个老旧小区改造完工。", "完成40个老旧小区改造。")
    assert baseline_of(t, "40个") == "23个"


def test_a_pilot_list_is_no_completion() -> None:
    # 嘉兴 G2: 33个村列入省级未来乡村建设试点 is no baseline of 建成省级未来乡村20个以上
    review = "33个村列入省级未来乡村建设试点。"
    t = targets(review, "建成省级未来乡村20个以上。")
    assert baseline_of(t, "20个") == ""
    t = targets(review, "力争40个村列入省级未来乡村建设试点。")
    assert baseline_of(t, "40个") == "33个"


def test_a_run_in_industry_leads_a_bare_output() -> None:
    # 吕梁 G7: 非常规天然气产业，…力争产量突破35亿立方米 and 非常规天然气产量突破30亿立方米
    review = "非常规天然气产量突破30亿立方米，增速全省第一。"
    plan = "非常规天然气产业，围绕“采－输－用”链条，加大临兴、三交北、石楼北等区块开发力度，力争产量突破35亿立方米；推动管道建成投用。"
    t = targets(review, plan)
    assert baseline_of(t, "35亿立方米") == "30亿立方米" and class_of(t, "35亿立方米") == "modest"
    # another industry's lead: no baseline from the gas output
    t = targets(review, "煤炭产业，加大先进产能释放力度，力争产量突破1亿吨。")
    assert baseline_of(t, "1亿吨") == ""
