"""Charts: the CJK font comes from pip (mplfonts), Chinese renders without warnings, images are stable."""
from __future__ import annotations

import warnings
from decimal import Decimal

import pandas as pd
import pytest
from matplotlib import font_manager

from govreport.present import charts, display

SECTORS = pd.DataFrame({
    "sector": ["crops", "tobacco", "livestock"],
    "sector_zh": ["农作物", "烤烟", "畜牧业"],
    "sector_en": ["crops", "flue-cured tobacco", "livestock"],
    "parent": ["", "crops", ""],
    "value_yuan": [Decimal("501000000"), Decimal("25939700"), Decimal("468000000")],
    "start": [10, 20, 30],
})


def test_font_is_the_one_mplfonts_ships():
    path = charts.cjk_font_path()
    assert path.name == "NotoSansCJKsc-Regular.otf"
    assert "mplfonts" in path.parts
    name = charts.use_cjk_font()
    assert name == "Noto Sans CJK SC"
    found = font_manager.findfont(font_manager.FontProperties(family=name), fallback_to_default=False)
    assert found == str(path)


@pytest.mark.parametrize("lang", ["zh", "en", "bi"])
def test_chinese_chart_renders_without_any_warning(lang):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "Glyph … missing from font" would become an error
        fig = charts.sector_output_chart(SECTORS, lang=lang, place="金碧镇")
        png = fig.png()
    assert png.startswith(b"\x89PNG")


def test_minus_sign_and_chinese_title_render_cleanly():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fig = charts.barh(["减少项"], [Decimal("-5")], title="各产业产值", value_label="产值", unit="元")
        fig.png()


def test_png_is_byte_identical_between_renders():
    first = charts.sector_output_chart(SECTORS, "zh").png()
    second = charts.sector_output_chart(SECTORS, "zh").png()
    assert first == second
    assert b"tIME" not in first  # no timestamp chunk


def test_chart_has_title_axis_label_with_unit_and_fixed_size():
    fig = charts.sector_output_chart(SECTORS, "zh", place="金碧镇")
    ax = fig.axes[0]
    assert ax.get_title() == "金碧镇：各产业产值"
    assert ax.get_xlabel() == "产值(万元)"
    assert [t.get_text() for t in ax.get_yticklabels()] == ["农作物", "畜牧业", "烤烟"]
    assert tuple(fig.get_size_inches()) == (charts.WIDE[0], fig.get_size_inches()[1])
    en = charts.sector_output_chart(SECTORS, "en").axes[0]
    assert en.get_title() == display.term("各产业产值", "en") != "各产业产值"
    assert en.get_xlabel() == "Output value (10,000 yuan)"


def test_chart_labels_are_all_in_the_glossary():
    for zh in ["各产业产值", "各项补贴和帮扶资金", "目标相对基数的倍数", "各部分篇幅", "各类别的数字个数",
               "产值", "金额", "目标/基数", "占全文比重", "数字个数", "一级产业", "所属产业已列出的子产业"]:
        assert display.term(zh, "en") != zh, zh


def test_empty_table_gives_a_sentence_not_an_empty_plot():
    out = charts.sector_output_chart(SECTORS.iloc[0:0], "en")
    assert isinstance(out, charts.Nothing)
    assert "empty" in out._repr_markdown_()


def test_repr_is_deterministic():
    fig = charts.sector_output_chart(SECTORS, "zh")
    assert repr(fig) == "<Chart: 各产业产值>"
