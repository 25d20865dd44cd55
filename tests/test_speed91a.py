"""Speed round 91a (session 37): gates in front of searches and a sentence's state worked out only for a figure that
needs it. Each gate must let through every text the pattern or expression it stands for could accept."""
from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from govreport.extract.gov_levels import _LEVEL_REACH, _level_list, joined_levels
from govreport.extract.lost_leads import _after_year, _patterns, verb_before_year
from govreport.extract.scanner import Token

# characters the year pattern and the level list are made of, with marks and a newline around them
PIECES = st.sampled_from(["启动", "新建", "实施", "2024", "年", "度", "年度", "\n", "，", "、", "和", "省", "市", "县", "项目", "7", "个", "级"])


@settings(deadline=None)
@given(st.lists(PIECES, max_size=10), st.integers(0, 12))
def test_after_year_gate_lets_every_match_through(pieces: list[str], back: int) -> None:
    scan = "".join(pieces)
    for end in range(len(scan) + 1):
        if _patterns()[1].search(scan, max(end - back, 0), end):
            assert _after_year(scan, end), (scan, end)


def test_verb_before_year_still_names_the_batch_verb() -> None:
    scan = "启动2024年度37个新能源项目"
    t = Token(scan.index("37"), scan.index("37") + 3, Decimal(37), "个", "37")
    assert verb_before_year("新能源项目数", scan, 0, t) == "启动新能源项目数"
    assert verb_before_year("新能源项目数", "建设37个新能源项目", 0, Token(2, 5, Decimal(37), "个", "37")) == "新能源项目数"


@settings(deadline=None)
@given(st.lists(PIECES, max_size=10))
def test_joined_levels_two_finds_agree_with_any(pieces: list[str]) -> None:
    text = "".join(pieces) + "重点项目"
    for pos in range(len(text)):
        _level_list()
        old_gate = any(text.find(c, pos + 1, pos + _LEVEL_REACH[0] + 1) >= 0 for c in "、和")
        m = _level_list().match(text, pos) if old_gate else None
        assert joined_levels(text, pos) == ((m.group().replace("、", ""), m.end()) if m else ("", pos))


def test_a_sentence_of_dates_only_is_never_settled() -> None:
    """The rows of a report whose sentences hold a year alone or figures too: the same either way (the full text tests
    compare whole tables); here only that the state is settled by the first figure that is named."""
    from govreport.extract.sentence_state import _SentenceState
    from govreport.report import read_text

    report = read_text("2024年工作回顾。\n全市地区生产总值增长5.2%，完成投资120亿元。\n")
    sentence = report.sentences[-1]
    state = _SentenceState(report, sentence, sentence.start, sentence.end, len(report.sentences) - 1, {})
    assert not state.settled
    state.settle()
    assert state.settled and state.namer is not None and state.mender is not None
