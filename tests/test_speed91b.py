"""Speed round 91b (speed only): a reading kept per figure (``figures.per_figure``) answers what the reading itself does."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Any, Callable

import pytest
from hypothesis import given, settings, strategies as st

from govreport import native
from govreport.tables.figures import Figure, per_figure
from govreport.tables.measures import measure_of, states_level

PIECES = ["累计", "新增", "净增", "达到", "增至", "提高到", "总量", "余额", "培育", "分别", "其中", "企业", "项目", "标准",
          "全年", "较年初", "同比", "、", "，", "；", "甲", "乙"]
UNITS = ["个", "家", "%", "百分点", "亿元", "元", "万人", ""]
KEYS = ["", "gdp_growth", "new_urban_jobs", "fixed_asset_investment", "no_such_key"]


def _figure(sentence: str, at: int, indicator: str, unit: str, kind: str = "", key: str = "", start: int = 100) -> Figure:
    """A figure '5' + unit standing at ``at`` in ``sentence``, named ``indicator``."""
    text = "5" + unit
    sentence = sentence[:at] + text + sentence[at:]
    return Figure(1, start + at, start + at + len(text), text, Decimal(5), unit, "", "target", 2024, indicator, "", "", kind,
                  "plan", sentence, start, start + len(sentence), key)


def _raw(kept: Callable[[Figure], Any]) -> Callable[[Figure], Any]:
    """The reading a ``per_figure`` memo wraps (pure mode: the closure's cell)."""
    return next(c.cell_contents for c in kept.__closure__ or () if callable(c.cell_contents))


def test_read_once_per_equal_figure_and_afresh_when_replaced() -> None:
    calls: list[Figure] = []

    def read(fig: Figure) -> str:
        calls.append(fig)
        return fig.indicator + fig.unit

    kept = per_figure(read)
    a, b = _figure("新增企业", 4, "企业", "家"), _figure("新增企业", 4, "企业", "家")  # equal, two objects
    assert a is not b and a == b
    assert kept(a) == kept(b) == "企业家" and len(calls) == 1
    changed = replace(a, unit="个")  # (per_year, as_growth: a figure changed by replace)
    assert kept(changed) == "企业个" and len(calls) == 2


def test_falsy_answers_are_kept_too() -> None:
    calls: list[Figure] = []

    def read(fig: Figure) -> bool:
        calls.append(fig)
        return False

    kept = per_figure(read)
    fig = _figure("甲", 1, "甲", "个")
    assert kept(fig) is False and kept(fig) is False and len(calls) == 1


def test_emptied_when_full() -> None:
    calls: list[Figure] = []

    def read(fig: Figure) -> str:
        calls.append(fig)
        return fig.indicator

    kept = per_figure(read, size=2)
    figs = [_figure("甲乙", 1, name, "个") for name in ("甲", "乙", "丙")]
    assert [kept(f) for f in figs + figs] == ["甲", "乙", "丙", "甲", "乙", "丙"]
    assert len(calls) == 6  # (emptied at two: nothing kept grows past it)


@pytest.mark.skipif(native.status().startswith("compiled"), reason="a compiled memo hides the reading it wraps (no __closure__); pure mode checks it")
@settings(deadline=None)
@given(st.lists(st.tuples(st.lists(st.sampled_from(PIECES), min_size=1, max_size=8), st.integers(0, 8), st.sampled_from(UNITS),
                          st.sampled_from(["", "change", "level"]), st.sampled_from(KEYS)), min_size=1, max_size=6),
       st.lists(st.integers(0, 5), max_size=12))
def test_measures_kept_per_figure_are_the_readings(specs: list[tuple[list[str], int, str, str, str]], order: list[int]) -> None:
    figs = []
    for pieces, at, unit, kind, key in specs:
        sentence = "".join(pieces)
        at = min(at, len(sentence))
        figs.append(_figure(sentence, at, sentence[:at][-4:] or "甲", unit, kind, key))
    for i in list(range(len(figs))) + [i % len(figs) for i in order]:  # each figure, then again in any order
        fig = figs[i]
        assert measure_of(fig) == _raw(measure_of)(fig)
        assert states_level(fig) == _raw(states_level)(fig)
