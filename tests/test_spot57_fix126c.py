"""Held-out set 57 (梧州, 安康 2023), round fix126c: figures that are no targets — a capacity inside an example's name in a
等 list, the last of a 、 list of money size classes before a park, and designated sets coordinated (统筹…建设)."""
from __future__ import annotations

from target_cases import targets


def test_a_capacity_inside_an_examples_name_is_no_goal() -> None:
    # 梧州 row 13: 力争翅冀精品高效钢材、沐邦高科10GW TOPCON光伏电池生产基地、…等项目尽快竣工投产
    review = "翅冀精品高效钢材、沐邦高科10GW TOPCON光伏电池生产基地、建晖纸业林浆纸一体化等260个项目开竣工。"
    plan = ("力争翅冀精品高效钢材、沐邦高科10GW TOPCON光伏电池生产基地、永达1780mm高端轻工板材、"
            "金海不锈钢固溶及制品绿色生产线等项目尽快竣工投产。")
    assert "10GW" not in set(targets(review, plan)["text"])
    # a capacity added as the year's goal, no example list around it, stays
    t = targets("新增光伏装机容量5GW。", "新增光伏装机容量10GW以上。")
    assert "10GW" in set(t["text"])


def test_the_last_of_bare_money_classes_before_a_park_is_no_goal() -> None:
    # 梧州 row 15: 加快打造千亿元、五百亿元产业园区
    review = "园区规上工业产值增长10%。"
    plan = "做大做强粤桂合作特别试验区（梧州）、临港经济区，加快打造千亿元、五百亿元产业园区。"
    assert "五百亿元" not in set(targets(review, plan)["text"])
    # a measure's amount before the list mark keeps the next amount a goal of its own
    t = targets("工业投资100亿元。", "完成工业投资120亿元、园区投资50亿元。")
    assert {"120亿元", "50亿元"} <= set(t["text"])


def test_designated_sets_coordinated_are_no_goals() -> None:
    # 安康 rows 47-50: 统筹平利县国家乡村振兴示范县和4个乡村振兴重点帮扶县、13个示范镇、10个重点帮扶镇、252个重点帮扶村建设
    review = "脱贫人口人均纯收入增长14%。"
    plan = "统筹平利县国家乡村振兴示范县和4个乡村振兴重点帮扶县、13个示范镇、10个重点帮扶镇、252个重点帮扶村建设。"
    got = set(targets(review, plan)["text"])
    assert not {"4个", "13个", "10个", "252个"} & got
    # 统筹 with a verb after it: the projects carried out, a goal
    t = targets("实施工业投资项目300个。", "统筹实施工业投资项目380个以上。")
    assert "380个" in set(t["text"])
