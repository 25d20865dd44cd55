"""Speed round 99: cheaper tests before per-figure work (a gate, a set, a few first characters, a slice instead of a
startswith at an offset, a value kept for the paragraph or text asked last). Each is the old expression's answer."""
from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from govreport.extract import carried_verbs, grade_members, name_holders, scopes
from govreport.extract.industry_scopes import capital_reached, industry_scoped, owner_opened
from govreport.extract.name_tails import FirstChars, _firsts, _words
from govreport.extract.zone_intake import zone_of_intake
from govreport.lexicon import name_subjects
from govreport.report.chars import Prefixes, first_opening
from govreport.report.structure import read_text

ROOT = Path(__file__).resolve().parents[1]
_PIECES = st.sampled_from(list("为此将还拟安排投入资金新建引进、，一级二级数个") + ["新引进", "引育", "工业总产值", "旅客吞吐量", "增资至"])
_TEXTS = st.lists(_PIECES, max_size=10).map("".join)


@settings(deadline=None)
@given(st.lists(st.text(alphabet="为此将还拟安排", min_size=1, max_size=3), max_size=6), _TEXTS)
def test_first_chars_isdisjoint_is_the_set_test(words: list[str], name: str) -> None:
    assert FirstChars(tuple(words)).isdisjoint(name) == frozenset(w[0] for w in words).isdisjoint(name)
    assert _firsts("plan_modals").isdisjoint(name) == frozenset(w[0] for w in _words("plan_modals")).isdisjoint(name)


# many first characters (more than Prefixes tests with one startswith) and few
_MANY = st.lists(st.text(alphabet="甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉", min_size=1, max_size=3), min_size=13, max_size=30)


@settings(deadline=None)
@given(st.one_of(_MANY, st.lists(st.text(alphabet="甲乙丙", max_size=3), max_size=5)),
       st.text(alphabet="甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉", max_size=5))
def test_prefixes_open_as_startswith_does_with_few_or_many_first_characters(words: list[str], text: str) -> None:
    assert Prefixes(words).opens(text) == text.startswith(tuple(words))


@settings(deadline=None)
@given(_TEXTS, st.integers(0, 3))
def test_first_opening_at_zero_or_later_is_the_generator(text: str, at: int) -> None:
    words = ("新引进", "引进", "新建", "一级")
    assert first_opening(text, words, at) == next((w for w in words if text.startswith(w, at)), "")


@settings(deadline=None)
@given(_TEXTS)
def test_counted_new_verb_is_the_generator(prev: str) -> None:
    assert carried_verbs._counted_new_verb(prev) == next((v for v in carried_verbs._new_verbs() if prev.endswith(v + "数")), "")
    assert carried_verbs._opens_own_verb(prev) == prev.startswith(carried_verbs._own_verbs())


def _old_held_by_place(scan: str, sentence_start: int, figure_start: int, name: str) -> bool:
    for measure in name_subjects()["held_measures"]:
        if name.endswith(measure) and len(name) > len(measure):
            holder, place = name_holders._holder_of(scan, sentence_start, figure_start, measure)
            return place and name == holder + measure
    return False


def test_held_by_place_gate_keeps_the_old_answers() -> None:
    scan = "支持藤县建设产业园，力争工业总产值达到540亿元"
    at = scan.index("540")
    for name in ("藤县工业总产值", "工业总产值", "规上工业总产值", "产值", "藤县旅客吞吐量", ""):
        assert name_holders.held_by_place(scan, 0, at, name) == _old_held_by_place(scan, 0, at, name)
    assert name_holders.held_by_place(scan, 0, at, "藤县工业总产值")


def test_industry_scopes_read_their_words_once_and_answer_as_before() -> None:
    assert industry_scoped("发展古雷石化产业，全年完成固定资产投资超220亿元", 0, 18, "固定资产投资") == "古雷石化固定资产投资"
    assert capital_reached("潭城融资担保集团增资至70亿元", 11, "潭城融资担保集团增资") == "潭城融资担保集团注册资本"
    assert capital_reached("潭城融资担保集团增资至70亿元", 11, "产值") == "产值"
    scan = "扩充上市企业培育库，新入库企业超50家"
    assert owner_opened(scan, 0, scan.index("50"), "新入库企业") != "新入库企业"


def test_zone_intake_verbs_as_prefixes() -> None:
    scan = "提档升级南浔·广安东西部协作产业园，新引进落户企业5个以上"
    assert zone_of_intake(scan, 0, scan.index("5个"), "新引进落户企业数").startswith("南浔·广安东西部协作产业园")


@settings(deadline=None)
@given(_TEXTS, _TEXTS, st.sampled_from(["个", "家", "%"]))
def test_grade_member_gate_only_skips_what_neither_rule_changes(name: str, after: str, unit: str) -> None:
    m = grade_members.GRADE_THEN_SIBLING.match(after)
    if m is None or not name.endswith(grade_members.COUNTED) or m.group(2) != unit or m.group(1) == m.group(3):
        old = grade_members.sibling_work(name, after, unit)
    else:
        old = grade_members.grade_member(name, after, unit)
    assert grade_members.grade_member(name, after, unit) == old


def _old_plan_cue_at(scan: str, start: int, end: int, plan_year: int | None) -> int:
    from govreport.cue_words import cue_pattern
    m = cue_pattern("plan", "plan_next", "commit").search(scan, start, end)
    at = m.start() if m else -1
    for y in scopes.YEAR.finditer(scan, start, end):
        if plan_year is not None and int(y.group(1)) >= plan_year and (at < 0 or y.start() < at):
            at = y.start()
            break
    return at


def test_plan_cue_at_and_sentence_context_as_before_on_a_report() -> None:
    text = (ROOT / "data/raw/jinbi_2024.txt").read_text(encoding="utf-8")
    text += "\n——这五年，全区生产总值增长6%。五年来，改革纵深推进，完成投资3500亿元。到2025年，建成公园10个。届时，绿地达到5处。\n"
    report = read_text(text)
    for year in (None, 2020, 2024, 2030):
        for s in report.sentences:
            assert scopes._plan_cue_at(report.scan, s.start, s.end, year) == _old_plan_cue_at(report.scan, s.start, s.end, year)
    first = [scopes.sentence_context(report, s.paragraph, s.start) for s in report.sentences]
    scopes._LAST_PARAGRAPH.clear()
    scopes._LAST_LEADS.clear()
    again = [scopes.sentence_context(report, s.paragraph, s.start) for s in reversed(report.sentences)][::-1]
    assert first == again
    assert any(term for term, _ in first) and any(then for _, then in first)

