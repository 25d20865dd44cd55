"""Held-out audit 65 (延边, 昌吉 2023), round fix139b: baselines and measures still wrong after round 138 (livestock
brought to a level is the herd kept, a stock; a demonstration title inserted between shared words narrows nothing)."""
from __future__ import annotations

from target_cases import baseline_of, class_of, targets


def test_livestock_brought_to_a_level_is_the_herd() -> None:
    # 延边 rows 10-11: 肉牛发展到70.6万头 (review 肉牛发展到66万头): the herd, a stock, not the cattle sold for slaughter
    t = targets("肉牛发展到66万头。", "争取吉林省东部肉牛产业集群项目18个，肉牛发展到70.6万头，增长7%。", 2022)
    row = t.loc[["70.6万头"]].iloc[-1]
    assert row["indicator_key"] == "cattle_inventory" and row["measure"] == "stock" and row["indicator"] == "肉牛饲养量"
    assert baseline_of(t, "70.6万头") == "66万头" and class_of(t, "70.6万头") == "modest"
    # the slaughter said: a flow still (肉牛出栏发展到…: the cattle sold)
    t = targets("肉牛出栏52万头。", "肉牛出栏发展到60万头。", 2022)
    assert t.loc[["60万头"]].iloc[-1]["indicator_key"] == "cattle_slaughtered"


def test_a_demonstration_title_between_shared_words_narrows_nothing() -> None:
    # 昌吉 row 27: 打造绿色制造项目20个 against the review's 绿色制造示范项目20个
    t = targets("实施重点技术改造项目30个、绿色制造示范项目20个。", "打造绿色制造项目20个。", 2022)
    assert baseline_of(t, "20个") == "20个" and class_of(t, "20个") == "modest"
    # the title word not between the shared words (绿色制造示范工厂): no baseline as before
    t = targets("实施重点技术改造项目30个、绿色制造示范工厂20个。", "打造绿色制造项目20个。", 2022)
    assert baseline_of(t, "20个") == ""


def test_an_inserted_title_needs_the_rest_said_whole() -> None:
    # the review's verb not said by the target (升级改造…夜经济街区 against 打造夜经济示范街区): no baseline as before
    t = targets("打造夜经济示范街区23条。", "升级改造元宝街等23条夜经济街区。", 2022)
    assert baseline_of(t, "23条") == ""
