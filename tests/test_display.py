"""Bilingual yearbook tables: headers, units, exact numbers, deterministic HTML; prose amounts."""
from __future__ import annotations

from decimal import Decimal

import pandas as pd
import pytest

from govreport.present.display import Col, format_amount, format_number, header, show, split_unit, yearbook_table

FRAME = pd.DataFrame({
    "sector_zh": ["农作物", "蚕桑"],
    "sector_en": ["crops", "sericulture"],
    "value_yuan": [Decimal("501000000"), Decimal("81306700")],
    "share": [Decimal("0.4259"), None],
})
COLUMNS = {"sector_zh": Col("产业", en_column="sector_en"), "value_yuan": Col("产值", "万元", decimals=2),
           "share": Col("占所列合计", "%", times=Decimal(100), decimals=1)}


@pytest.mark.parametrize("label, unit, lang, expected", [
    ("产值", "万元", "zh", "产值(万元)"),
    ("产值", "万元", "en", "Output value (10,000 yuan)"),
    ("产值", "万元", "bi", "产值(万元) Output value (10,000 yuan)"),
    ("产值", "亿元", "en", "Output value (100 million yuan)"),
    ("面积", "亩", "en", "Area (mu)"),
    ("需增长", "百分点", "en", "Change required (percentage points)"),
    ("数字个数", "人次", "en", "Figures (person-times)"),
])
def test_header_follows_the_yearbook_convention(label, unit, lang, expected):
    assert header(label, unit, lang) == expected


@pytest.mark.parametrize("unit, factor, base", [("万元", 10000, "元"), ("亿元", 100000000, "元"), ("元", 1, "元"),
                                                ("万亩", 10000, "亩"), ("%", 1, "%")])
def test_split_unit(unit, factor, base):
    assert split_unit(unit)[:2] == (Decimal(factor), base)


@pytest.mark.parametrize("value, places, expected", [
    (Decimal("1234567.891"), 2, "1,234,567.89"), (Decimal("0.005"), 2, "0.01"), (None, 0, "—"),
    (float("nan"), 1, "—"), (Decimal("-0.001"), 2, "0.00"), (2206.2937, 0, "2,206"),
])
def test_format_number(value, places, expected):
    assert format_number(value, places) == expected


@pytest.mark.parametrize("value, unit, lang, expected", [
    (Decimal("501000000"), "元", "zh", "5.01亿元"),
    (Decimal("501000000"), "元", "en", "501 million yuan"),
    (Decimal("81306700"), "元", "zh", "8130.67万元"),
    (Decimal("10365000000"), "元", "en", "10.37 billion yuan"),
    (Decimal("2571"), "人", "zh", "2571人"),
    (Decimal("93"), "%", "en", "93%"),
])
def test_format_amount_for_prose(value, unit, lang, expected):
    assert format_amount(value, unit, lang) == expected


def test_numbers_are_exact_scaled_and_right_aligned():
    table = yearbook_table(FRAME, COLUMNS, lang="bi", name="t")
    assert list(table.frame.columns) == ["产业 Industry", "产值(万元) Output value (10,000 yuan)",
                                         "占所列合计(%) Share of listed sum (%)"]
    assert table.frame.iloc[:, 1].tolist() == ["50,100.00", "8,130.67"]
    assert table.frame.iloc[:, 2].tolist() == ["42.6", "—"]
    assert table.frame.iloc[:, 0].tolist() == ["农作物 crops", "蚕桑 sericulture"]
    html = table.to_html()
    assert "#T_t td.col1" in html and "text-align: right" in html
    assert "产值(万元)<br>Output value (10,000 yuan)" in html


def test_languages_choose_cells_and_headers():
    zh = yearbook_table(FRAME, COLUMNS, lang="zh")
    en = yearbook_table(FRAME, COLUMNS, lang="en")
    assert zh.frame.iloc[:, 0].tolist() == ["农作物", "蚕桑"]
    assert en.frame.iloc[:, 0].tolist() == ["crops", "sericulture"]
    assert list(en.frame.columns)[1] == "Output value (10,000 yuan)"
    with pytest.raises(ValueError):
        yearbook_table(FRAME, COLUMNS, lang="fr")


def test_html_and_repr_are_deterministic():
    a, b = yearbook_table(FRAME, COLUMNS, name="x"), yearbook_table(FRAME, COLUMNS, name="x")
    assert a.to_html() == b.to_html()
    assert 'id="T_x"' in a.to_html()
    assert "0x" not in repr(a)


def test_empty_table_says_so():
    table = show(pd.DataFrame(columns=FRAME.columns), "sector_output", "en")
    assert "empty" in table._repr_html_()
    assert "empty" in repr(table)


def test_every_view_header_has_an_english_label():
    from govreport.glossaries import label_glossary as glossary
    from govreport.present.display import views

    missing = sorted({c.label for v in views().values() for c in v.values() if c.label not in glossary()})
    assert missing == []
