"""Speed round 81a (speed only): each faster form gives exactly what the plain one it replaced gave."""
from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings, strategies as st

from govreport.lexicon import unit_field
from govreport.tables.scope_groups import (_context, _name_only, _one_way, _one_way_later, _ranked, _scopes, name_words_of, other_scope,
                                           scope_words)
from govreport.tables.figures import Figure
from govreport.tables.measures import RATE_UNITS
from govreport.tables.member_lists import own_member_context
from govreport.tables.name_scopes import _SCOPES, _scope_of, scope_of
from govreport.tables.title_inserts import fuller_title
from govreport.tables.work_stages import CLAUSE_MARKS, _clause

PIECES = ["省级", "国家级", "市级", "以上", "开工", "签约", "百亿级", "十亿级", "城建", "乡村振兴", "美丽乡村", "保有量",
          "第二批", "项目", "企业", "新增", "其中", "分别", "、", "，", "；", "。", "：", "甲", "乙"]
UNITS = ["个", "家", "%", "亿元", ""]


def _figure(sentence: str, at: int, indicator: str, unit: str, start: int = 100) -> Figure:
    """A figure '5' + unit standing at ``at`` in ``sentence``, named ``indicator``."""
    text = "5" + unit
    sentence = sentence[:at] + text + sentence[at:]
    return Figure(1, start + at, start + at + len(text), text, Decimal(5), unit, "", "target", 2024, indicator, "", "", "",
                  "plan", sentence, start, start + len(sentence))


def _old_clause(fig: Figure) -> str:
    before = fig.before
    before = before[max(before.rfind(c) for c in CLAUSE_MARKS) + 1:]
    after = fig.sentence[max(fig.rel_end, 0):]
    cut = min((i for i in (after.find(c) for c in CLAUSE_MARKS) if i >= 0), default=len(after))
    return before + "|" + after[:cut]


def _old_other_scope(target: Figure, fig: Figure) -> str:
    groups, _, _, both, shares = _scopes()
    for name, group in groups:
        if name in shares and target.unit not in RATE_UNITS:
            continue
        mine, theirs = (name_words_of(target, group), name_words_of(fig, group)) if name in _name_only() \
            else (scope_words(target, group), scope_words(fig, group))  # (names only: fix84c; one way: fix86a)
        if (ranked := tuple(_ranked().get(name, ()))) and scope_words(target, group, ranked) == scope_words(fig, group, ranked):
            continue
        if name in _one_way() and not (theirs - mine and unit_field(target.unit, "kind") == _one_way()[name]
                                       and not any(w in fig.indicator for w in _one_way_later())):
            continue
        if mine != theirs and (mine and theirs or name not in both) and not (name == "title" and fuller_title(target.indicator, fig.indicator, group)) \
                and (theirs or group.search(target.indicator) or group.search(own_member_context(_context(target)))):
            return name
    return ""


sentences = st.lists(st.sampled_from(PIECES), max_size=14).map("".join)
names = st.lists(st.sampled_from(PIECES[:16]), max_size=5).map("".join)


@settings(deadline=None)
@given(sentences, st.integers(0, 40), names, st.sampled_from(UNITS))
def test_work_stage_clause_is_the_plain_searches(sentence: str, at: int, indicator: str, unit: str) -> None:
    fig = _figure(sentence, min(at, len(sentence)), indicator, unit)
    assert _clause(fig) == _old_clause(fig)


@settings(deadline=None)
@given(sentences, st.integers(0, 40), names, st.sampled_from(UNITS), sentences, st.integers(0, 40), names, st.sampled_from(UNITS))
def test_other_scope_skipping_groups_named_nowhere_changes_nothing(s1: str, a1: int, n1: str, u1: str, s2: str, a2: int, n2: str,
                                                                   u2: str) -> None:
    target, fig = _figure(s1, min(a1, len(s1)), n1, u1), _figure(s2, min(a2, len(s2)), n2, u2, start=500)
    assert other_scope(target, fig) == _old_other_scope(target, fig)


def test_other_scope_still_finds_a_group_on_one_side() -> None:
    target = _figure("力争省级专精特新企业达到", 12, "省级专精特新企业", "家")
    fig = _figure("新增国家级专精特新企业", 11, "国家级专精特新企业", "家", start=500)
    assert other_scope(target, fig) == _old_other_scope(target, fig) == "level"


def test_scope_of_is_kept_per_name_and_key() -> None:
    _SCOPES.clear()
    for name in ["数字贸易进出口额", "一般贸易进出口总额", "新增城镇就业", "26家企业成为省级专精特新中小企业", "中心城区空气质量优良天数比例"]:
        for key in ["trade_total", "urban_jobs", "good_air_days", ""]:
            assert scope_of(name, key) == _scope_of(name, key)
            assert scope_of(name, key) == _scope_of(name, key)  # (the kept answer)
    assert len(_SCOPES) == 20
