"""Audit 39 (fix47l): shared figures, lists and non-targets — a 分别 list whose members close the clause before
(…资金到位率，分别达到…), one growth a 、 list reaches by 均实现…增长, one gap in points an 、 pair shares, a rank class
counted entrants enter (3家以上园区跻身全省30强), a facility used (用好400亿元…贷款), and a level goal and its growth
each with 以上 (docs/assumptions.md#shared-lists, #non-targets). Sentences from city_chenzhou_2024, city_shiyan_2024
and city_sanya_2024."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from govreport.tables import build_targets

HEAD = "某市2024年政府工作报告\n一、2023年工作回顾\n去年全市地区生产总值增长5%。\n二、2024年主要目标任务\n"


def _targets(body: str):
    return build_targets(extract_quantities(read_text(HEAD + body + "\n"))).set_index("text", drop=False)


def test_fenbie_members_closing_the_clause_before_name_each_figure() -> None:
    """力争新引进项目当年合同履约率、开工率、资金到位率，分别达到90%、80%、30%以上 (CZ24#53-55): not all named 分别."""
    t = _targets("健全招商引资全生命周期服务体系，力争新引进项目当年合同履约率、开工率、资金到位率，分别达到90%、80%、30%以上。")
    assert t.loc["90%", "indicator"].endswith("合同履约率")
    assert t.loc["80%", "indicator"].endswith("开工率")
    assert t.loc["30%", "indicator"].endswith("资金到位率")


def test_one_growth_reached_by_each_measure_of_a_subject_gives_a_row_each() -> None:
    """力争市属国企主营收入、利润总额、上缴税费均实现10%以上增长 (CZ24#56-58): three growth floors of 市属国企."""
    t = _targets("实施国企改革深化提升行动，力争市属国企主营收入、利润总额、上缴税费均实现10%以上增长。")
    rows = t.loc[["10%"]]
    assert list(rows["indicator"]) == ["市属国企主营收入增长", "市属国企利润总额增长", "市属国企上缴税费增长"]
    assert set(rows["measure"]) == {"growth_rate"} and set(rows["target_kind"]) == {"floor"}


def test_one_gap_in_points_over_the_average_is_each_members() -> None:
    """力争片区进出口、实际使用外资增幅高于全市平均水平5个百分点以上 (CZ24#43, #44): one floor per member."""
    t = _targets("着力打造“自贸示范片区”，力争片区进出口、实际使用外资增幅高于全市平均水平5个百分点以上，跨境电商交易额增长10%以上。")
    rows = t.loc[["5个百分点"]]
    assert list(rows["indicator"]) == ["片区进出口增幅高于全市平均水平", "实际使用外资增幅高于全市平均水平"]
    assert set(rows["target_kind"]) == {"floor"}


def test_the_rank_class_counted_entrants_enter_is_no_target() -> None:
    """力争3家以上园区跻身全省30强 (CZ24#37): the 30 names the class the parks enter; 跻身全国90强 stays a rank."""
    t = _targets("支持郴州经开区创建国家级经开区，力争3家以上园区跻身全省30强。")
    assert "3家" in t.index and "30" not in t.index
    assert (_targets("推动综合保税区跻身全国90强。").unit == "位").any()


def test_a_facility_used_is_no_amount_to_reach() -> None:
    """精准用好400亿元工业技改专属贷款 (Shiyan L55): the size of a credit line to use, no target."""
    t = _targets("办好“金融早春行”活动，提档升级“301”贷款模式，精准用好400亿元工业技改专属贷款。")
    assert "400亿元" not in t.index


def test_a_growth_with_its_own_floor_after_a_level_goal_is_a_goal() -> None:
    """力争免税购物销售额324亿元以上，同比增长8%以上 (Sanya #9): two goals; 安排科技投入716亿元，比上年增长19.2% stays
    a restatement of the amount."""
    t = _targets("力争免税购物销售额324亿元以上，同比增长8%以上。")
    assert {"324亿元", "8%"} <= set(t.index)
    assert "19.2%" not in _targets("今年中央财政安排科技投入716亿元，比上年增长19.2%。").index


def test_the_class_counted_firms_entered_is_a_label() -> None:
    """4家企业入选2023年中国民营企业500强 (city_jinan_2024): the 500 names the class, no place of the city's."""
    q = extract_quantities(read_text("某市政府工作报告\n一、2023年工作回顾\n4家企业入选2023年中国民营企业500强。\n")).set_index("text")
    assert q.loc["500", "role"] == "label" and q.loc["4家", "role"] == "actual"
