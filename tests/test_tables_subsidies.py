"""Subsidies: which payments count, their programme and group, recipients and per-recipient
amounts (docs/assumptions.md#what-counts-as-a-subsidy)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from govreport.tables import build_subsidies, group_totals
from test_tables_frames import jinbi_tables, make_frame

D = Decimal


@pytest.mark.parametrize("text, figures, expected", [
    # programme, group: the verb goes, the longest keyword decides the group
    ("及时发放城乡低保1558.6万元、经济困难老年人服务补贴18.13万元。",
     [("1558.6万元", 15586000, "元", "actual"), ("18.13万元", 181300, "元", "actual")],
     [("城乡低保", "social_assistance"), ("经济困难老年人服务补贴", "social_assistance")]),
    ("核实耕地地力保护补贴514.8万元,兑现省级公益林惠民资金119.56万元。",
     [("514.8万元", 5148000, "元", "actual"), ("119.56万元", 1195600, "元", "actual")],
     [("耕地地力保护补贴", "agri_subsidy"), ("省级公益林惠民资金", "ecology")]),
    # money that names no programme, a planned amount and a standard are not payments
    ("完成固定资产投资3.01亿元。争取衔接资金4688万元以上。最低生活保障标准提升至1413元。",
     [("3.01亿元", 301000000, "元", "actual"), ("4688万元", 46880000, "元", "target", "at_least"),
      ("1413元", 1413, "元", "actual")],
     []),
])
def test_which_payments_count_and_their_group(text, figures, expected) -> None:
    table = build_subsidies(make_frame(text, figures))
    assert list(zip(table["programme"], table["group"])) == expected


def test_recipients_in_the_same_clause_give_a_per_recipient_amount() -> None:
    text = "发放雨露计划143人31.55万元、小额信贷81户405万元。"
    q = make_frame(text, [("143人", 143, "人", "actual"), ("31.55万元", 315500, "元", "actual"),
                          ("81户", 81, "户", "actual"), ("405万元", 4050000, "元", "actual")])
    table = build_subsidies(q)
    assert list(zip(table["programme"], table["recipients"], table["recipient_unit"], table["per_recipient_yuan"])) == [
        ("雨露计划", D(143), "人", D("2206.29")), ("小额信贷", D(81), "户", D("50000.00"))]
    assert list(table["group"]) == ["poverty_alleviation", "credit"]
    assert [text[s:e] for s, e in zip(table["recipients_start"], table["recipients_end"])] == ["143人", "81户"]


def test_a_count_in_another_clause_is_not_the_recipients() -> None:
    q = make_frame("救助困难群众500人,发放临时救助43.44万元。",
                   [("500人", 500, "人", "actual"), ("43.44万元", 434400, "元", "actual")])
    assert build_subsidies(q).iloc[0].recipients is None


@pytest.fixture(scope="module")
def jinbi():
    return jinbi_tables()["subsidies"]


class TestJinbi2024:
    def test_seven_social_assistance_programmes_total_3054_42_wan(self, jinbi) -> None:
        social = jinbi[jinbi["group"] == "social_assistance"]
        assert len(social) == 7
        assert sum(social["amount_yuan"]) == D("30544200")
        assert set(social["group_total_yuan"]) == {D("30544200")}

    def test_yulu_plan_is_about_2206_yuan_per_person(self, jinbi) -> None:
        row = jinbi[jinbi["programme"] == "雨露计划"].iloc[0]
        assert (row.per_recipient_yuan, row.recipient_unit) == (D("2206.29"), "人")

    def test_microcredit_is_5_wan_per_household(self, jinbi) -> None:
        row = jinbi[jinbi["programme"] == "小额信贷"].iloc[0]
        assert (row.per_recipient_yuan, row.recipient_unit, row.group) == (D("50000"), "户", "credit")

    def test_every_group_is_present_and_shares_add_up(self, jinbi) -> None:
        assert set(jinbi["group"]) == {"social_assistance", "agri_subsidy", "poverty_alleviation", "ecology", "credit"}
        for _, sub in jinbi.groupby("group"):
            assert abs(sum(sub["share_of_group"]) - 1) <= D("0.0005")
        assert group_totals(jinbi).iloc[0].group == "social_assistance"


def test_the_start_of_a_raised_standard_is_no_payment() -> None:
    # national 2016: 整合城乡居民基本医保制度，财政补助由每人每年380元提高到420元 (380元 is last year's standard)
    text = "整合城乡居民基本医保制度，财政补助由每人每年380元提高到420元。"
    q = make_frame(text, [("380元", 380, "元", "actual"), ("420元", 420, "元", "target")])
    assert build_subsidies(q).empty
