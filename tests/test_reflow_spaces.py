"""report/reflow.py: the count of spaces that tells a long text with a few spaces from a one-line
PDF copy before its pieces are measured (a bound, so it never turns a real copy away)."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from govreport.report.reflow import _too_few_spaces, reflow_pasted
from test_audit54_fix72p import PROSE, one_line_copy


@settings(max_examples=40, deadline=None)
@given(st.integers(16, 120), st.integers(4, 30))
def test_a_one_line_copy_of_any_column_has_spaces_enough(width: int, footer_every: int) -> None:
    copy = one_line_copy(PROSE * 3, width, footer_every)
    assert not _too_few_spaces(copy)


def test_a_long_text_with_a_few_spaced_headings_is_no_copy() -> None:
    paragraph = "全镇新建改建农村户厕1200座，新修产业路35公里，新增高标准农田2.5万亩。" * 20
    text = "\n".join(f"第{i}部分 工作回顾\n{paragraph}" for i in range(40))  # 40 spaces, ~60,000 characters
    assert _too_few_spaces(text)
    assert reflow_pasted(text) is None
