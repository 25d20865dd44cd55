"""Consistency checks: formula, figures with their sentences, tolerance, pass / flag / info
(docs/assumptions.md#consistency-checks)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from govreport.tables import build_checks, build_sector_output, build_subsidies
from test_tables_frames import jinbi_tables, make_frame

D = Decimal


def checks_for(text: str, figures: list[tuple]):
    q = make_frame(text, figures)
    return build_checks(q, build_sector_output(q), build_subsidies(q), review_year=2024)


@pytest.mark.parametrize("figures, status", [
    ([("80万公斤", 800000, "公斤", "actual"), ("2593.97万元", 25939700, "元", "actual"), ("32.42元", "32.42", "元", "actual")], "pass"),
    ([("800万公斤", 8000000, "公斤", "actual"), ("2593.97万元", 25939700, "元", "actual"), ("32.42元", "32.42", "元", "actual")], "flag"),
])
def test_quantity_times_price_against_output_value(figures, status) -> None:
    text = f"完成收购量{figures[0][0]},实现产值2593.97万元,均价达32.42元。"
    row = checks_for(text, figures).iloc[0]
    assert (row.check, row.status) == ("price_times_quantity", status)
    assert row.starts.count(";") == 2 and row.sentences == text


def test_insured_over_rate_pairs_figures_in_order() -> None:
    text = "医疗保险参保90053人、养老保险参保57408人,参保率分别达93%、96.93%。"
    table = checks_for(text, [("90053人", 90053, "人", "actual"), ("57408人", 57408, "人", "actual"),
                              ("93%", 93, "%", "actual", "", "share"), ("96.93%", "96.93", "%", "actual", "", "share")])
    assert list(table["computed"]) == [D(96831), D(59226)]
    assert set(table["status"]) == {"info"}  # no population stated to compare with


@pytest.mark.parametrize("text, figures, status", [
    ("输送新兵25名,其中大学毕业生16人。", [("25名", 25, "名", "actual"), ("16人", 16, "人", "actual")], "pass"),
    ("输送新兵25名,其中大学毕业生30人。", [("25名", 25, "名", "actual"), ("30人", 30, "人", "actual")], "flag"),
    ("建成学校3所、医院2所,共计6所。", [("3所", 3, "所", "actual"), ("2所", 2, "所", "actual"), ("6所", 6, "所", "actual")], "flag"),
])
def test_parts_against_a_stated_total(text, figures, status) -> None:
    row = checks_for(text, figures).iloc[0]
    assert (row.check, row.status) == ("parts_vs_total", status)


def test_growth_rates_are_not_parts() -> None:
    text = "收入增长6%,其中服务业增长7.5%。"
    assert checks_for(text, [("6%", 6, "%", "actual", "", "change"), ("7.5%", "7.5", "%", "actual", "", "change")]).empty


def test_plan_figure_referring_to_the_review_must_agree() -> None:
    text = "谋划重点项目51个。紧盯2024年谋划确定的34个重点项目。"
    table = checks_for(text, [("51个", 51, "个", "actual"), ("2024年", 2024, "年", "meta"), ("34个", 34, "个", "target")])
    row = table[table["check"] == "review_vs_plan"].iloc[0]
    assert (row.computed, row.stated, row.status) == (D(34), D(51), "flag")


def test_no_figures_no_checks_but_the_columns() -> None:
    table = checks_for("没有数字。", [])
    assert table.empty and {"formula", "tolerance", "status", "sentences"} <= set(table.columns)


@pytest.fixture(scope="module")
def jinbi():
    return jinbi_tables()["checks"]


class TestJinbi2024:
    def test_tobacco_quantity_times_price_passes(self, jinbi) -> None:
        row = jinbi[(jinbi["check"] == "price_times_quantity") & (jinbi["subject"] == "烤烟")].iloc[0]
        assert (row.computed, row.status) == (D("25936000.00"), "pass")

    def test_sericulture_quantity_times_price_is_flagged_about_9_9_times(self, jinbi) -> None:
        row = jinbi[(jinbi["check"] == "price_times_quantity") & (jinbi["subject"] == "蚕桑")].iloc[0]
        assert row.status == "flag" and row.ratio == D("9.8824")
        assert "125.63万公斤" in row.explanation

    def test_key_projects_51_vs_34_are_flagged(self, jinbi) -> None:
        row = jinbi[jinbi["check"] == "review_vs_plan"].iloc[0]
        assert (row.stated, row.computed, row.status) == (D(51), D(34), "flag")

    def test_per_recipient_and_implied_population(self, jinbi) -> None:
        per = jinbi[jinbi["check"] == "amount_per_recipient"].set_index("subject")
        assert per.loc["小额信贷", "status"] == "pass" and per.loc["雨露计划", "computed"] == D("2206.29")
        assert list(jinbi[jinbi["check"] == "insured_over_rate"]["computed"]) == [D(96831), D(59226)]

    def test_every_check_cites_figures_that_are_in_the_report(self, jinbi) -> None:
        from test_tables_frames import JINBI

        text = JINBI.read_text(encoding="utf-8")
        for r in jinbi.itertuples():
            spans = zip(r.starts.split(";"), r.ends.split(";"), r.figures.split(";"))
            assert all(text[int(s):int(e)] == f for s, e, f in spans)
            assert r.formula and r.status in ("pass", "flag", "info")
