"""Speed round 87a: gates before per-figure scans in the mender (carried verbs, lost heads) and the recap run worked
out once per paragraph. Each gate is a necessary condition of what it skips: the results are the old expressions'."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from govreport.extract import name_heads, scopes
from govreport.extract.carried_verbs import CLASS_HEAD, CLASS_WORD, _any_opens, _carried_new
from govreport.extract.scanner import Token
from govreport.report.chars import Prefixes
from govreport.report.structure import read_text

_CHARS = st.sampled_from(list("新增建技改项目产业方面，,以上企业、汉一") + ["方面", "产业", "以上项目", "技改项目"])
_TEXTS = st.lists(_CHARS, max_size=12).map("".join)
ROOT = Path(__file__).resolve().parents[1]


@settings(deadline=None)
@given(st.lists(_TEXTS, max_size=8), _TEXTS)
def test_prefixes_first_character_gate_is_startswith(words: list[str], text: str) -> None:
    assert Prefixes(words).opens(text) == text.startswith(tuple(words))


@settings(deadline=None)
@given(st.lists(_TEXTS, max_size=6), st.lists(_TEXTS, min_size=1, max_size=4))
def test_any_opens_is_the_generator(names: list[str], words: list[str]) -> None:
    assert _any_opens(names, Prefixes(words)) == any(n.startswith(tuple(words)) for n in names)


@settings(deadline=None)
@given(_TEXTS)
def test_class_word_is_in_every_class_head_match(name: str) -> None:
    if CLASS_HEAD.match(name):
        assert CLASS_WORD in name


def test_carried_new_still_scopes_a_part_by_its_whole_class() -> None:
    scan = "新引进3亿元以上制造业项目180个，其中10亿元以上项目35个"
    before = {scan.index("180个") + 4: "新引进3亿元以上制造业项目数"}
    start = scan.index("35个")
    assert _carried_new("10亿元以上项目数", scan, scan.index("其中"), start, before) == "新引进10亿元以上制造业项目数"


@settings(deadline=None)
@given(_TEXTS, _TEXTS, st.sampled_from(["力争产值达", "产值增长", "确保全年产值"]))
def test_aspect_gate_skips_only_sentences_the_pattern_cannot_open(lead: str, rest: str, goal: str) -> None:
    scan = lead + rest + goal + "350亿元"
    start, at = 0, len(scan) - 5
    pattern = name_heads._pattern("aspect")
    if scan.find(name_heads.ASPECT, start, min(at, start + name_heads.ASPECT_REACH)) < 0:
        assert pattern.match(scan, start, at) is None
    t = Token(at, len(scan), Decimal(350), "亿元", "350", "亿")
    gated = name_heads._aspect_measure(scan, start, t, "产值", frozenset({"产值"}))
    lead_m = pattern.match(scan, start, at)
    assert gated == "" or lead_m is not None


@settings(deadline=None)
@given(_TEXTS)
def test_industry_count_gate_needs_a_scoped_word(name: str) -> None:
    scan = "加快推动木材产业智能提升，实施" + name + "86个"
    t = Token(len(scan) - 3, len(scan), Decimal(86), "个", "86")
    result = name_heads._industry_count(scan, 0, scan.index("实施"), t, name)
    if not any(w in name for w in name_heads._words("industry_scoped_counts")):
        assert result == ""


def test_industry_count_still_names_the_industry() -> None:
    scan = "加快推动木材产业智能提升，实施技改项目86个"
    t = Token(scan.index("86"), len(scan), Decimal(86), "个", "86")
    assert name_heads._industry_count(scan, 0, scan.index("实施"), t, "实施技改项目数") == "木材产业技改项目数"


def _old_recap_run_cut(report, index: int) -> int:  # the expression before 87a: every sentence before it asked again
    sentences = report.sentences
    here = sentences[index]
    if not 0 <= here.paragraph < len(report.paragraphs):
        return -1
    scan = report.scan
    at = report.paragraphs[here.paragraph].start
    at += 1 if scan.startswith("在", at) else 0
    if not scan.startswith(scopes._recap_openers(), at):
        return -1
    first = index
    while first > 0 and sentences[first - 1].paragraph == here.paragraph:
        first -= 1
    if any(scopes._plan_cue_at(scan, s.start, s.end, report.plan_year) >= 0 for s in sentences[first:index]):
        return -1
    cut = scopes._plan_cue_at(scan, here.start, here.end, report.plan_year)
    return here.end if cut < 0 else cut


def test_recap_run_cut_with_and_without_runs_is_the_old_expression() -> None:
    text = (ROOT / "data/raw/jinbi_2024.txt").read_text(encoding="utf-8")
    text += "\n过去一年，我们自觉接受各方监督，全年办理人大代表建议394件。出台政府规章1件，确保政府工作依法运行。全年完成投资5亿元。\n"
    report = read_text(text)
    runs: dict[int, int] = {}
    order = list(range(len(report.sentences)))
    for index in order[::-1] + order:  # (any order: the per-paragraph entry is the same)
        old = _old_recap_run_cut(report, index)
        assert scopes.recap_run_cut(report, index) == old
        assert scopes.recap_run_cut(report, index, runs) == old


def test_carried_parallel_reads_both_marks() -> None:
    from govreport.extract.carried_parallels import MARKS
    assert len(MARKS) == 2  # carried_parallel searches for each of the two by name
