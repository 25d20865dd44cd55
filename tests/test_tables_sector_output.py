"""Sector output: which figures are output values, which sector each belongs to, and the two
overlap views (docs/assumptions.md#overlapping-sector-values)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from govreport.tables import build_sector_output, sector_totals
from test_tables_frames import jinbi_tables, make_frame

D = Decimal


@pytest.mark.parametrize("text, figures, expected", [
    # the sector is named in an earlier clause of the sentence
    ("播种农作物12.97万亩,实现产值5.01亿元。",
     [("12.97万亩", 129700, "亩", "actual"), ("5.01亿元", 501000000, "元", "actual")],
     [("crops", D(501000000))]),
    # the sector is named in the output value's own clause
    ("肉类总产量10130.34吨,畜牧业总产值达4.68亿元。",
     [("10130.34吨", "10130.34", "吨", "actual"), ("4.68亿元", 468000000, "元", "actual")],
     [("livestock", D(468000000))]),
    # the clause names something the lexicon does not know: 'other', not a borrowed sector
    ("烤烟等产业规模全省第一，“八大特色产业”实现综合产值536亿元。",
     [("536亿元", 53600000000, "元", "actual")],
     [("other", D(53600000000))]),
    # processing farm products is industry, not crops
    ("培育农业产业化龙头企业37家，农产品加工产值突破3000亿元。",
     [("37家", 37, "家", "actual"), ("3000亿元", 300000000000, "元", "actual")],
     [("industry", D(300000000000))]),
    # money that is not an output value, and an output growth rate, give no row
    ("完成固定资产投资3.01亿元，工业产值增长5%。",
     [("3.01亿元", 301000000, "元", "actual"), ("5%", 5, "%", "actual", "", "change")],
     []),
])
def test_output_values_and_their_sector(text, figures, expected) -> None:
    table = build_sector_output(make_frame(text, figures))
    assert list(zip(table["sector"], table["value_yuan"])) == expected


def test_other_figures_sit_beside_the_output_value() -> None:
    text = "种植烤烟6000余亩,完成收购量80万公斤,实现产值2593.97万元,均价达32.42元。"
    q = make_frame(text, [("6000余亩", 6000, "亩", "actual", "more_than"), ("80万公斤", 800000, "公斤", "actual"),
                          ("2593.97万元", 25939700, "元", "actual"), ("32.42元", "32.42", "元", "actual")])
    row = build_sector_output(q).iloc[0]
    assert (row.sector, row.area_mu, row.quantity, row.quantity_unit, row.average_price_yuan) == (
        "tobacco", D(6000), D(800000), "公斤", D("32.42"))
    assert text[row.start:row.end] == "2593.97万元" and text[row.price_start:row.price_end] == "32.42元"


def test_hectares_are_fifteen_mu() -> None:
    q = make_frame("种植蔬菜2万公顷,产值10亿元。", [("2万公顷", 20000, "公顷", "actual"), ("10亿元", 1000000000, "元", "actual")])
    assert build_sector_output(q).iloc[0].area_mu == D(300000)


def test_two_views_instead_of_a_silent_sum() -> None:
    text = "播种农作物10万亩,实现产值4亿元。种植烤烟1万亩,实现产值1亿元。畜牧业总产值5亿元。"
    q = make_frame(text, [("10万亩", 100000, "亩", "actual"), ("4亿元", 400000000, "元", "actual"),
                          ("1万亩", 10000, "亩", "actual"), ("1亿元", 100000000, "元", "actual"),
                          ("5亿元", 500000000, "元", "actual")])
    table = build_sector_output(q).set_index("sector")
    assert table.loc["tobacco", "in_nested_total"] == False  # noqa: E712 - inside crops
    assert table.loc["tobacco", "share_of_parent"] == D("0.25")
    assert table.loc["crops", "share_as_listed"] == D("0.4")  # of 10亿, tobacco counted twice
    assert table.loc["crops", "share_nested"] == D("0.4444")  # of 9亿, tobacco left inside crops
    totals = sector_totals(table.reset_index()).set_index("view")
    assert totals.loc["as_listed", "total_yuan"] == D(1000000000)
    assert totals.loc["nested", "total_yuan"] == D(900000000)


def test_empty_input_gives_an_empty_table_with_its_columns() -> None:
    table = build_sector_output(make_frame("没有数字。", []))
    assert table.empty and "value_yuan" in table.columns


@pytest.fixture(scope="module")
def table():
    return jinbi_tables()["sector_output"].set_index("sector")


class TestJinbi2024:
    """The first report, through the real extractor (issue 3's expected figures)."""

    def test_five_sectors_with_their_stated_values(self, table) -> None:
        assert {k: table.loc[k, "value_yuan"] for k in table.index} == {
            "crops": D("501000000"), "sericulture": D("81306700"), "tobacco": D("25939700"),
            "livestock": D("468000000"), "vegetables": D("100000000")}

    def test_vegetables_is_a_lower_bound(self, table) -> None:
        assert table.loc["vegetables", "qualifier"] == "more_than"
        totals = sector_totals(table.reset_index()).set_index("view")
        assert totals.loc["as_listed", "qualifier"] == "at_least"

    def test_tobacco_and_vegetables_are_shown_inside_crops(self, table) -> None:
        assert not table.loc["tobacco", "in_nested_total"] and not table.loc["vegetables", "in_nested_total"]
        assert table.loc["tobacco", "share_of_parent"] == D("0.0518")

    def test_sector_figures_beside_the_value(self, table) -> None:
        assert table.loc["crops", "area_mu"] == D(129700)
        assert table.loc["sericulture", "average_price_yuan"] == D("64.72")
        assert "生猪86501头" in table.loc["livestock", "head_counts"]
        assert table.loc["crops", "yuan_per_mu"] == D("3862.76")


def test_a_whole_chain_takes_the_sector_named_before_and_no_value_per_mu() -> None:
    # 毕节 2024: 全产业链 says how wide the value is, not which sector; 420万亩 is forest used, no sown area
    text = "林下经济利用森林面积达420万亩，实现全产业链产值60亿元。"
    q = make_frame(text, [("420万亩", 4200000, "亩", "actual"), ("60亿元", 6000000000, "元", "actual")])
    row = build_sector_output(q).iloc[0]
    assert (row.sector, row.area_mu) == ("forestry", D(4200000)) and row.yuan_per_mu is None


def test_tianma_is_a_medicinal_herb() -> None:
    # 毕节 2024: 推进天麻产业高质量发展三年行动，实现综合产值30亿元
    text = "推进天麻产业高质量发展三年行动，实现综合产值30亿元。"
    row = build_sector_output(make_frame(text, [("30亿元", 3000000000, "元", "target")])).iloc[0]
    assert (row.sector, row.sector_zh) == ("herbs", "中药材")
