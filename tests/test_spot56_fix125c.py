"""Held-out audit 56 (梅州, 滁州 2023), round fix125c: names that keep a per-place scope (各县（市、区）分别…, 各县…常年保持,
各N after a first clause listing areas)."""
from __future__ import annotations

from target_cases import targets


def _name(t, text: str) -> str:
    return str(t.loc[[text]].iloc[-1]["indicator"])


def test_each_county_apart_keeps_the_place_despite_a_class_amount() -> None:
    # 梅州 row 14: 各县（市、区）分别引进1个投资超10亿元的工业项目
    t = targets("引进亿元以上工业项目50个。", "力争全年引进60个亿元以上工业项目，各县（市、区）分别引进1个投资超10亿元的工业项目。")
    assert _name(t, "1个").startswith("每个县")
    # without 分别: a class amount keeps the name without the place (the rule before)
    t = targets("引进亿元以上工业项目50个。", "全市引进2个投资超50亿元的大项目。")
    assert not _name(t, "2个").startswith("每个")


def test_each_county_keeping_a_stock_is_per_county() -> None:
    # 梅州 row 17: 各县（市、区）常年保持300-500亩连片熟地储备
    t = targets("处置低效工业用地2000亩。", "加大土地一级市场开发力度，各县（市、区）常年保持300-500亩连片熟地储备。")
    assert _name(t, "300-500亩").startswith("每个县")
    # a city-wide stock kept: no place
    t = targets("处置低效工业用地2000亩。", "全市常年保持3000亩连片熟地储备。")
    assert not _name(t, "3000亩").startswith("每个")


def test_each_count_after_listed_areas_is_per_area() -> None:
    # 滁州 rows 30–32
    t = targets("签约亿元以上项目100个。", "加快天长—六合、明光—盱眙毗邻区建设，力争落地50亿元以上项目各1个。")
    assert _name(t, "1个").startswith("每个毗邻区")
    t = targets("签约亿元以上项目100个。", "加快定远、凤阳、明光与南京园区合作共建，确保落户10亿元以上工业项目各2个，力争签约30亿元以上项目各1个。")
    assert _name(t, "2个").startswith("每个园区") and _name(t, "1个").startswith("每个园区")
    # 各 over the clause's own members: left alone
    t = targets("签约亿元以上项目100个。", "全面提速顶山—汊河、浦口—南谯新型功能区建设，全年新签约、新投产10亿元以上项目各10个以上。")
    assert not _name(t, "10个").startswith("每个")
