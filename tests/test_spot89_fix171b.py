"""Round 171, fix171b (held-out set 89): baselines of another measure or none. 网上可办率 (what can be started online) is
no baseline of 网办率 (what is handled online); a review amount after a 、 list of nouns with no amounts of their own
(城市道路、管网98.2公里) is a joint total, no member's; 实际到位X is 到位X; a count after 实现 in a clause ending in 全覆盖
is the whole set, no yearly flow's. Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

from tests.target_cases import baseline_of, targets


def test_available_online_is_no_baseline_of_handled_online() -> None:
    # 鞍山 row 15: 力争政务服务网办率达到70% against 政务服务网上可办率达到100%
    t = targets("深入推进“一网通办”，政务服务网上可办率达到100%。", "加快推进“一网通办”，力争政务服务网办率达到75%。")
    assert baseline_of(t, "75%") == ""


def test_available_online_still_measures_available_online() -> None:
    # boundary: the same 网上可办率 in both parts stays a baseline
    t = targets("深入推进“一网通办”，政务服务网上可办率达到90%。", "加快推进“一网通办”，政务服务网上可办率达到100%。")
    assert baseline_of(t, "100%") == "90%"


def test_actual_opening_the_name_restates_arrived() -> None:
    # 衢州 row 14: 实际到位市外资金 measures 到位市外资金
    t = targets("招大引强成效明显，实际到位市外资金210.5亿元、增长25%。", "强化招商引资，全年到位市外资金280亿元以上。")
    assert baseline_of(t, "280亿元") == "210.5亿元"


def test_a_count_a_coverage_goal_reaches_whole_takes_no_flow() -> None:
    # 莆田 row 21: 实现88个贫困村脱贫摘帽全覆盖 against the year's 32个贫困村脱贫摘帽
    review = "脱贫攻坚成效明显，全年减少贫困人口1.2万人，30个贫困村脱贫摘帽。"
    t = targets(review, "坚决打赢脱贫攻坚战，实现90个贫困村脱贫摘帽全覆盖。")
    assert baseline_of(t, "90个") == ""
    t = targets(review, "坚决打赢脱贫攻坚战，推动40个贫困村脱贫摘帽。")  # boundary: a count of the year's exits keeps it
    assert baseline_of(t, "40个") == "30个"


def test_a_joint_total_of_a_noun_list_is_no_members() -> None:
    # 鞍山 row 34: 改造供暖、燃气等管网56公里 took 维修改造城市道路、管网98.2公里 (the member with the same head noun)
    review = "建成16处停车场，维修改造城市道路、管网90.5公里，改造老旧小区240万平方米，惠及群众4万户。"
    t = targets(review, "实施城市更新行动，改造老旧小区200万平方米，改造供暖、燃气等管网50公里。")
    assert baseline_of(t, "50公里") == ""


def test_a_member_with_its_own_amount_keeps_its_baseline() -> None:
    # boundary: where the review gives the pipes their own amount, the head-noun member still finds it
    review = "建成16处停车场，维修改造管网50.5公里、城市道路40公里，改造老旧小区240万平方米，惠及群众4万户。"
    t = targets(review, "实施城市更新行动，改造老旧小区200万平方米，改造供暖、燃气等管网56公里。")
    assert baseline_of(t, "56公里") == "50.5公里"
