"""Held-out audit 62 (通辽, 锦州, 长治, 漯河, 达州 2023), round fix133d: names that say what is measured (a year's investment
past the set's total, a 、 list that modifies a site head after it, a carried topic without how the thing is run)."""
from __future__ import annotations

import pandas as pd
from target_cases import targets


def _name(t: pd.DataFrame, text: str) -> str:
    """The indicator name of the last target row written ``text``."""
    return str(t.loc[[text]].iloc[-1]["indicator"])


def test_a_years_investment_past_the_sets_total_is_the_sets() -> None:
    # 长治 row 74: 重点实施116个城建项目，总投资408亿元，年度完成投资134亿元
    t = targets("完成城建投资100亿元。", "重点实施116个城建项目，总投资408亿元，年度完成投资134亿元。")
    assert _name(t, "134亿元") == "城建项目年度完成投资"
    # a total with no counted set before it: no projects to take
    t = targets("完成城建投资100亿元。", "加快城市更新，总投资408亿元，年度完成投资134亿元。")
    assert "城建项目" not in _name(t, "134亿元")


def test_a_list_before_a_site_head_modifies_the_head() -> None:
    # 锦州 row 40: 建设8个农业新品种、新技术推广示范基地 (the bases are counted, not the varieties)
    t = targets("新建公园5个。", "建设8个农业新品种、新技术推广示范基地。")
    assert "农业新品种新技术推广示范基地" in _name(t, "8个")
    # two heads of their own stay two things counted together
    t = targets("新建公园5个。", "建设8个文化广场、健身中心。")
    assert _name(t, "8个") == "建设文化广场和健身中心数"


def test_a_carried_topic_drops_how_the_thing_runs() -> None:
    # 达州 row 30: 推动金垭机场高标准高效运营，力争航线达到35条
    t = targets("金垭机场正式通航、航线增至27条。", "推动金垭机场高标准高效运营，力争航线达到35条。")
    assert _name(t, "35条") == "金垭机场航线数"
    # the running with no manner before it is the thing's own (公交运营线路)
    t = targets("新建公园5个。", "推动公交运营，力争线路达到35条。")
    assert _name(t, "35条") == "公交运营线路数"
