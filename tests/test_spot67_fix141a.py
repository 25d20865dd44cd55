"""Held-out audit 67 (日喀则, 昌都, 甘南, 甘孜, 迪庆 2023), round fix141a: names that say what is measured."""
from __future__ import annotations

import pandas as pd
from target_cases import targets


def _names(t: pd.DataFrame) -> dict[str, str]:
    """Each target text with its name."""
    return dict(zip(t["text"], t["indicator"]))


def test_bare_members_opening_a_list_of_rates_share_the_head_of_the_member_after_them() -> None:
    # 甘南 row 22, 昌都 row 31: the first members share the measure of the member that carries it
    names = _names(targets("秸秆综合利用率达到85%。", "秸秆、畜禽粪便综合利用率和尾菜处理率分别达到90%、78%、70%以上。"))
    assert names["90%"] == "秸秆综合利用率" and names["70%"] == "尾菜处理率"
    names = _names(targets("秸秆综合利用率达到85%。", "农村畜禽粪污、秸秆综合利用率和农膜回收率分别保持在92%、95%、87%以上。"))
    assert names["92%"] == "农村畜禽粪污综合利用率" and names["87%"] == "农膜回收率"
    # negative: the last member carries the shared head itself (粮食、油料和蔬菜产量): each takes it as before
    names = _names(targets("粮食产量280万吨。", "粮食、油料和蔬菜产量分别达到300万吨、20万吨、100万吨。"))
    assert names["20万吨"] == "油料产量"
    # negative: a head of another kind is no rate the first member lacks (GDP is a measure of its own)
    names = _names(targets("地区生产总值增长4%。", "GDP、规模工业增加值、社会消费品零售总额分别增长6%、7%、8%。"))
    assert names["6%"] == "GDP增长"
