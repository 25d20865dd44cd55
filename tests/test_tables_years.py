"""sector_output and subsidies carry year and role, and never add or share across them."""
from __future__ import annotations

from decimal import Decimal

from govreport.tables import build_sector_output, build_subsidies, sector_totals
from test_tables_frames import make_frame

D = Decimal


def test_sector_shares_stay_within_role_and_year() -> None:
    text = "蚕桑产值8000万元。烤烟产值2000万元。力争蚕桑产值达到1亿元。"
    q = make_frame(text, [("8000万元", 80000000, "元", "actual"), ("2000万元", 20000000, "元", "actual"),
                          ("1亿元", 100000000, "元", "target")])
    table = build_sector_output(q).set_index("text")
    assert (table.loc["1亿元", "role"], table.loc["1亿元", "year"]) == ("target", 2025)
    assert table.loc["8000万元", "share_as_listed"] == D("0.8000")  # of 1亿元 of actuals, not of 2亿元
    assert table.loc["1亿元", "share_as_listed"] == D("1.0000")
    totals = sector_totals(build_sector_output(q))
    assert totals.loc[totals.view == "as_listed", "total_yuan"].iloc[0] == D(100000000)


def test_subsidies_have_year_and_role() -> None:
    text = "发放临时救助43.44万元。发放高龄津贴143.48万元。"
    q = make_frame(text, [("43.44万元", 434400, "元", "actual"), ("143.48万元", 1434800, "元", "actual")])
    table = build_subsidies(q)
    assert set(zip(table["role"], table["year"])) == {("actual", 2024)}
