"""Final held-out spot 38 (阜新 2025), round fix98b: the same measure in the review taken as the baseline where a kind word
says nothing apart (文化/公益 惠民演出; 农业 and 玉米、大豆 单产提升工程), where a title word is an earlier list member's
(省级乡村振兴示范带3条、美丽宜居村62个), and where a fund's amount is named by the fund, not by what it supports."""
from __future__ import annotations

from target_cases import baseline_of, targets

from govreport.tables.plain_kinds import plain_kinds_agree


def test_cultural_and_public_benefit_performances_are_one_measure() -> None:
    # 阜新 L25 (row 16) and L13: 举办文化惠民演出活动100场以上 / 开展公益惠民演出162场
    t = targets("开展公益惠民演出162场。", "举办文化惠民演出活动100场以上，不断丰富群众业余文化生活。")
    assert baseline_of(t, "100场") == "162场"


def test_a_yield_programme_by_field_and_by_crops_is_one() -> None:
    # 阜新 L44 (row 55) and L10: 实施农业单产提升工程115万亩以上 / 实施玉米、大豆单产提升工程109.4万亩
    t = targets("实施玉米、大豆单产提升工程109.4万亩，亩均分别增产500斤、150斤。",
                "粮食种植面积稳定在560万亩，实施农业单产提升工程115万亩以上、保护性耕作270万亩。")
    assert baseline_of(t, "115万亩") == "109.4万亩"


def test_plain_kinds_keep_two_crops_and_other_words_apart() -> None:
    assert plain_kinds_agree("农业", "玉米大豆", "", "单产工程")
    assert not plain_kinds_agree("玉米", "大豆", "", "单产工程")  # two crops: two programmes' areas
    assert not plain_kinds_agree("农业", "大豆", "", "播种面积")  # no programme: 粮食 and 大豆 areas stay apart
    assert plain_kinds_agree("文化", "", "cultural_performances", "")
    assert not plain_kinds_agree("戏曲", "", "cultural_performances", "")


def test_a_title_word_of_an_earlier_member_is_not_the_later_members() -> None:
    # 阜新 L45 (row 64) and L10: 创建省级美丽宜居村46个 / 创建省级乡村振兴示范带3条、美丽宜居村62个
    t = targets("创建省级乡村振兴示范带3条、美丽宜居村62个。", "深入推进农村垃圾综合治理，创建省级美丽宜居村46个。")
    assert baseline_of(t, "46个") == "62个"


def test_a_fund_named_is_not_named_by_what_it_supports() -> None:
    # 阜新 L33 (row 36) and L8: 投入市本级科技资金2000万元，重点支持企业技术攻关… / 投入市本级科技专项资金1895万元
    t = targets("充分发挥创新引领作用，投入市本级科技专项资金1895万元，支持科研项目32个。",
                "充分发挥科技专项资金的引导和撬动作用，投入市本级科技资金2000万元，重点支持企业技术攻关和科技成果转化，实施科技攻关项目30项。")
    assert "技术攻关" not in t.loc["2000万元", "indicator"]
    assert baseline_of(t, "2000万元") == "1895万元"
