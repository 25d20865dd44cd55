"""Spot audits 38 (武威, 抚顺 2025), round fix97a: the same measure in other words taken (安防工程 as 安全防护工程, 公益惠民演出 as
惠民演出, 新增…等规上工业企业 as the flow of firms newly above the size line), another set refused (开复工 against 新开工), and a
count joined by 和 to a sibling count no longer named by the sibling's thing."""
from __future__ import annotations

from govreport.extract.loose_keys import without_examples
from target_cases import baseline_of, targets


def test_safety_works_short_form() -> None:
    # 武威 L14/L62 (row 75): 安防工程 is the short form of 安全防护工程
    t = targets("硬化村组道路500公里，建成生命安防工程304公里。", "实施农村公路生命安全防护工程230公里，改造危桥10座。")
    assert baseline_of(t, "230公里") == "304公里"


def test_flow_verb_examples_taken_out_of_the_key() -> None:
    # 抚顺 L6/L22 (row 17): 新增昆仑汉兴等规上工业企业33户 counts firms newly above the size line
    assert without_examples("新增昆仑汉兴等规上工业企业户数") == "新增规上工业企业户数"
    assert without_examples("新增省优秀中等职业学校数") == "新增省优秀中等职业学校数"  # 中等: no examples
    t = targets("工业稳中有进，新增昆仑汉兴等规上工业企业33户。", "力争升规入库工业企业30户以上。")
    assert baseline_of(t, "30户") == "33户"


def test_public_benefit_performances_are_performances() -> None:
    # 抚顺 L11/L51 (row 67)
    t = targets("开展“浑河大舞台”等惠民演出250余场。", "举办公益惠民演出活动100场。")
    assert baseline_of(t, "100场") == "250余场"


def test_started_or_resumed_is_not_newly_started() -> None:
    # 抚顺 L7/L23 (row 31)
    t = targets("把项目建设作为重中之重，新开工亿元以上项目36个、增长9.1%。", "开复工亿元以上项目154个、增长20%。")
    assert baseline_of(t, "154个") != "36个"
    # the growth right after a count restates the count's goal: no target of its own (fix108c, held-out audit 44 怀化 G6)
    t = targets("把项目建设作为重中之重，新开工亿元以上项目36个、增长9.1%。", "新开工亿元以上项目40个、增长20%。")
    assert "20%" not in t.index and baseline_of(t, "40个") == "36个"


def test_count_joined_to_a_sibling_count_keeps_its_own_thing() -> None:
    # 武威 L18/L62 (row 73)
    t = targets("建成乡镇综合养老服务中心12个、村级互助幸福院40个。", "改造建设12个乡镇综合养老服务中心和40个村级互助幸福院。")
    assert baseline_of(t, "40个") == "40个"
    assert baseline_of(t, "12个") == "12个"
    # no verb before the other count: the two things are one subject (德阳: 8名科技人才和1个创新团队入选…计划 is no team fostered)
    t = targets("8名科技人才和1个创新团队入选“天府青城计划”。", "引育科技创新团队2个、科技创新人才40人以上。")
    assert baseline_of(t, "2个") == ""
