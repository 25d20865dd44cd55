"""Round 157, fix157d (held-out set 78): the same measure's review figure refused over a manner word (无偿/免费 of a
service given), a synonym of the network (乡村公路 for 农村公路) and a benefit wording (惠及居民N户 of an old-compound
renovation's households). Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

from tests.target_cases import baseline_of, targets


def test_a_manner_word_on_one_side_is_no_other_action() -> None:
    # 资阳 row 9: 对符合法定条件的公民提供法律援助 and the review's 无偿提供法律援助, one service
    t = targets("（2）对符合条件的困难群众无偿提供法律援助8000人次，办理法律援助案件7200件。",
                "（13）对符合条件的困难群众提供法律援助8500人次。")
    assert baseline_of(t, "8500人次") == "8000人次"


def test_a_manner_word_leaves_other_things_apart() -> None:
    # boundary: the manner word goes, the thing served stays (健康体检 is no 法律援助)
    t = targets("（2）对建档立卡贫困人口无偿提供健康体检8000人次。",
                "（13）对符合条件的困难群众提供法律援助8500人次。")
    assert baseline_of(t, "8500人次") == ""


def test_village_roads_are_rural_roads() -> None:
    # 贵港 row 27: 乡村公路 is the network the review calls 农村公路
    t = targets("新建改建农村公路420公里，新增通二级公路乡镇3个。", "改扩建乡村公路260公里以上。")
    assert baseline_of(t, "260公里") == "420公里"


def test_households_benefiting_from_the_old_compound_renovation() -> None:
    # 三门峡 row 25: 实施老旧小区改造项目N个，惠及居民M户 gives the households of the renovation
    t = targets("实施老旧小区改造项目210个，惠及居民2.6万户。", "加快实施1.8万户老旧小区改造。")
    assert baseline_of(t, "1.8万户") == "2.6万户"


def test_households_benefiting_from_another_work_are_not_taken() -> None:
    # boundary: 惠及居民M户 after a clause of another work (供水管网) is no baseline of the old compounds' households
    t = targets("改造供水管网120公里，惠及居民2.6万户。", "加快实施1.8万户老旧小区改造。")
    assert baseline_of(t, "1.8万户") == ""
