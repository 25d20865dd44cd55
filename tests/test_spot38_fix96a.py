"""Spot audits 38 (朝阳, 巴彦淖尔, 中卫 2025), round fix96a: the same measure in the review taken — 行政村 as 村, 盐碱化耕地 as
盐碱地, a bare 营业总收入 after its subject, a growth of N倍 as N × 100 %, a 累计 stock named with its sentence's 新增."""
from __future__ import annotations

from target_cases import baseline_of, targets


def test_village_is_the_administrative_village() -> None:
    # 朝阳 L26/L64 (row 28)
    t = targets("完成82个行政村生活污水治理。", "实施43个村生活污水治理。")
    assert baseline_of(t, "43个") == "82个"
    t = targets("完成82个自然村生活污水治理。", "实施43个村生活污水治理。")  # 自然村: another set
    assert baseline_of(t, "43个") == ""


def test_saline_farmland_treated_is_saline_land_treated() -> None:
    # 巴彦淖尔 L7/L28 (row 21)
    t = targets("治理盐碱地12.2万亩。", "治理盐碱化耕地30.2万亩。")
    assert baseline_of(t, "30.2万亩") == "12.2万亩"


def test_bare_total_revenue_after_the_targets_subject() -> None:
    # 巴彦淖尔 L8/L32 (row 34)
    t = targets("优化重组5家市属国企，业务拓展至13个省区，预计营业总收入达到44.1亿元、增长61.5%。",
                "市属国企营业总收入增长6%左右、达到46亿元以上。")
    assert baseline_of(t, "46亿元") == "44.1亿元"
    t = targets("优化重组5家县属企业，预计营业总收入达到44.1亿元。", "市属国企营业总收入达到46亿元以上。")  # another subject
    assert baseline_of(t, "46亿元") == ""


def test_growth_of_n_times_is_a_growth_rate() -> None:
    # 中卫 L7 (row 56): 增长7倍 = 700 %
    t = targets("实际利用外资2.4亿美元、增长7倍。", "实际利用外资增长10%。")
    assert baseline_of(t, "10%") == "7倍"
    row = t.loc[["10%"]].iloc[-1]
    assert float(row["baseline_value"]) == 700 and row["baseline_unit"] == "%"
    t = targets("实际利用外资2.4亿美元、是上年的7倍。", "实际利用外资增长10%。")  # no verb of growth right before it
    assert baseline_of(t, "10%") == ""


def test_running_total_named_with_the_flow_is_the_stock() -> None:
    # 中卫 L6 (row 38): 新增标准机架5.4万架、累计达到12.1万架 — the stock is 12.1万架
    t = targets("新增标准机架5.4万架、累计达到12.1万架。", "标准机架达到26万架。")
    assert baseline_of(t, "26万架") == "12.1万架"
    t = targets("新增标准机架5.4万架、累计达到12.1万架。", "新增标准机架6万架。")  # the flow keeps the flow
    assert baseline_of(t, "6万架") == "5.4万架"
