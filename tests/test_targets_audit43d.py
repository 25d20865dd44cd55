"""Audit 43 (fix54d): a plan part opened by a bare line without ordinal (全力实现2024年高质量发展的奋斗目标), goals
that were missed (sets named by example that build or create, a count of polluted days, a share of funds
to spend), non-targets read (a money class listed before another, the size of a policy in force) and a length of work
read as a kept stock (docs/assumptions.md#parts-and-years, #non-targets). Sentences from city_yiyang_2024,
city_liaocheng_2024 and city_jilin_2024."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from govreport.tables import build_targets

HEAD = "某市2024年政府工作报告\n一、2023年工作回顾\n去年全市地区生产总值增长5%。\n二、2024年主要目标任务\n"


def _targets(body: str):
    return build_targets(extract_quantities(read_text(HEAD + body + "\n"))).set_index("text", drop=False)


YIYANG = ("各位代表：\n现在，我代表市人民政府，向大会作工作报告。\n奋力完成2023年高质量发展的各项任务\n"
          "2023年，全市地区生产总值同比增长4.1%，固定资产投资比上年增长5.2%。\n"
          "一年来，我们深入实施产业发展“千百十”工程，完成了一批重大项目，取得了较好成效。\n"
          "一年来，我们强力实施“四张清单”推进模式，争取上级竞争性项目资金146.6亿元，取得新的进展。\n"
          "全力实现2024年高质量发展的奋斗目标\n"
          "今年经济社会发展主要预期目标是：地区生产总值增长6.5%，规模工业增加值增长7%，固定资产投资增长7%以上，"
          "地方一般公共预算收入增长6%左右，社会消费品零售总额增长7%。\n"
          "今年，我们将重点抓好以下八个方面工作：\n一、着力推进产业立市\n"
          "培强产业主体。深入实施新增规模以上工业企业行动，强化企业梯次培育，新增规模工业企业100家。\n"
          "我们必须把产业立市作为第一路径，勇于建立新优势、开辟新领域、制胜新赛道。\n"
          "二、着力激发内需活力\n促进消费提振。推动消费从疫后恢复转向持续扩大，力争社会消费品零售总额增长7%。\n")


def test_a_bare_line_naming_the_plan_year_and_its_goals_starts_the_plan() -> None:
    """益阳 2024: 全力实现2024年高质量发展的奋斗目标 (no ordinal) after the review of 2023 opens the plan; the
    headline goals before 一、 are targets (YY #1–#5). The review's own line (奋力完成2023年…各项任务) stays review."""
    report = read_text(YIYANG)
    assert report.parts["plan"].start == YIYANG.index("全力实现2024年")
    t = build_targets(extract_quantities(report)).set_index("text", drop=False)
    assert {"6.5%", "6%"} <= set(t.index) and "4.1%" not in t.index


def test_sets_named_by_example_that_are_built_or_created_are_goals() -> None:
    """推进临濮等4条高速和中环高架前期工作 (LC #37), 建设冠州国际陆港等3条铁路专用线 (LC #71), 拓展城市治理等20个数字场景 (LC #65)."""
    assert "4条" in _targets("加快济东等5条高速建设，推进临濮等4条高速和中环高架前期工作，谋划实施济聊高速改扩建项目。").index
    assert "3条" in _targets("建设冠州国际陆港等3条铁路专用线，新改扩建项目原则上采用清洁运输方式。").index
    assert "20个" in _targets("拓展城市治理等20个数字场景，加快实现城市慧治“一网统揽”。").index


def test_days_of_heavy_pollution_are_a_count_of_days() -> None:
    """重污染天气控制在6天以内 (LC #67): a ceiling on the days, not a span of time."""
    t = _targets("完善大气污染防治长效机制，PM2.5浓度下降2%以上，重污染天气控制在6天以内。")
    assert t.loc["6天", "target_kind"] == "ceiling"


def test_a_share_of_funds_to_spend_is_a_goal() -> None:
    """中央衔接资金65%以上用于产业发展 (JL #73): a share to reach, not a threshold that classes what follows."""
    assert _targets("中央衔接资金65%以上用于产业发展，保持脱贫人口就业总体稳定。").loc["65%", "target_kind"] == "floor"


def test_a_money_class_before_another_and_a_policy_size_are_no_goals() -> None:
    """过50亿元、过100亿元项目 (LC41): both thresholds class the projects; 深入落实人才新政27条 (JL73): a policy's size."""
    t = _targets("到位资金500亿元以上，每个县（市、区）力争引进1-2个过50亿元、过100亿元项目。")
    assert "50亿元" not in t.index and "500亿元" in t.index
    assert "27条" not in _targets("深入落实人才新政27条，加大绿电交易指标争取力度，为企业提供信贷支持900亿元。").index


def test_a_length_of_work_after_a_keep_word_is_a_flow() -> None:
    """巩固提升农村电网900公里 (JL58): the year's work on 900 km, not a kept stock (so no met_already)."""
    t = _targets("大力开展乡村建设行动，新改建农村公路490公里，巩固提升农村电网900公里。")
    assert t.loc["900公里", "measure"] == "flow"
