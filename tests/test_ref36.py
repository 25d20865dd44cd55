"""ref36 (a readability refactor): ``Figure.after``, the counterpart of ``Figure.before``, replaces ~25 hand-written
slices ``fig.sentence[fig.rel_end:]``; ``report.chars.is_ideograph`` replaces ``"\\u4e00" <= c <= "\\u9fff"`` written out
in eight modules. Both on real figures from the reader and extractor."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from govreport.report.chars import is_ideograph
from govreport.tables.figures import Figure, figures

TEXT = "一、2024年工作回顾\n全市地区生产总值增长5.2%，新建学校12所。\n"


def _figures() -> list[Figure]:
    return figures(extract_quantities(read_text(TEXT)))


def test_before_and_after_are_the_sentence_around_the_figure() -> None:
    figs = _figures()
    assert figs
    for fig in figs:
        assert fig.after == fig.sentence[fig.rel_end:]
        assert fig.before + fig.sentence[fig.rel_start:fig.rel_end] + fig.after == fig.sentence
    growth = next(f for f in figs if f.text.startswith("5.2"))
    assert growth.after.startswith("，新建学校")


def test_is_ideograph_is_the_basic_cjk_block_only() -> None:
    assert is_ideograph("一") and is_ideograph("鿿") and is_ideograph("学")
    assert not is_ideograph("") and not is_ideograph("5") and not is_ideograph("，") and not is_ideograph("“")
    assert not is_ideograph("\u3400") and not is_ideograph("\uf900")  # Extension A, compatibility: left to decode.py and the PDF reader
