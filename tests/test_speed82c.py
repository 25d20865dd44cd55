"""Speed round 82c: the serial part of a two-core read (read_text before the fork)."""
from __future__ import annotations

import numpy  # noqa: F401  (fold._fold_positions looks numpy up where it is loaded)
from hypothesis import given, settings
from hypothesis import strategies as st

from govreport.report.reflow import FOOTER_SLACK, _FOOTER, _too_few_spaces, reflow_pasted

# pieces of a text near the line between "too few spaces" and not: prose, spaces of all kinds,
# page footers of every form (the longest ones too, with runs of no-break spaces before them)
_FOOTERS = st.sampled_from([" — 1 —", " - 23 -", "\xa0\xa0—— 1234 ——", " 第1页", " 第 12 页 共 30 页",
                            "\xa0\xa0\xa0第1234页共5678页", " －－9999－－", "  第3页"])
_PIECES = st.one_of(st.integers(0, 400).map(lambda n: "汉" * n), st.sampled_from([" ", "\xa0", "\u3000", "\n", "1", "—"]),
                    _FOOTERS, st.integers(1, 30).map(lambda n: "\xa0" * n))


@settings(deadline=None)
@given(st.lists(_PIECES, max_size=60))
def test_too_few_with_footer_slack_holds_without_the_footers(pieces: list[str]) -> None:
    text = "".join(pieces)
    if _too_few_spaces(text, FOOTER_SLACK):
        assert _too_few_spaces(_FOOTER.sub("", text))


def test_a_long_report_with_some_spaces_is_decided_before_the_footer_pattern() -> None:
    text = ("各位代表：" + "汉" * 500 + " ") * 100  # a space every 500 characters (jinbi ×41: one in 480)
    assert _too_few_spaces(text, FOOTER_SLACK)
    assert reflow_pasted(text) is None


def test_the_footer_slack_is_tight_enough_to_matter_and_safe_at_its_edge() -> None:
    """The longest footer (12 characters counted in the size, one space) removed from a text just
    on the "too few" side with the slack: still too few without it."""
    footer = " 第1234页共5678页 "
    decided = 0
    for fill in range(700, 900):
        text = ("汉" * fill + footer) * 20
        assert _FOOTER.sub("", text).count("页") == 0
        if _too_few_spaces(text, FOOTER_SLACK):
            decided += 1
            assert _too_few_spaces(_FOOTER.sub("", text))
    assert 0 < decided < 200


def _fold_positions_wide(text: str) -> list[int]:
    """fold._fold_positions as it was: every text through UTF-32."""
    import numpy as np

    from govreport.report import fold

    fold._fold_positions("x")  # (makes the table)
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    hits = fold._FOLD_TABLE[0][np.minimum(codes, 0xFFFF)] | (codes > 0xFFFF)
    return [int(k) for k in np.flatnonzero(hits).tolist()]


_FOLD_CHARS = st.sampled_from(list("增長２０．５％億亿　 ab12。，\uff10\u0663\ud800\udfff\U0001d7ce\U0001f600汉"))


@settings(deadline=None)
@given(st.lists(_FOLD_CHARS, max_size=80).map("".join))
def test_fold_positions_of_bmp_texts_are_the_wide_ones(text: str) -> None:
    from govreport.report.fold import _fold_positions, _scan_folds

    found = _fold_positions(text)
    assert found == _fold_positions_wide(text)
    assert found == [m.start() for m in _scan_folds()[0].finditer(text)]
    assert all(type(k) is int for k in found)
