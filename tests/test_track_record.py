"""The track record: targets of year N against the outcomes the next report states for N."""
from __future__ import annotations

from decimal import Decimal as D

import pandas as pd
import pytest

from govreport import track_record as tr
from govreport.track_record import ReportFigures, judge, realisation, target_kind

PARAMS = {"about_rel_tolerance": 0.05, "far_rel_gap": 0.25}


@pytest.mark.parametrize("qualifier, high, direction, good, kind", [
    ("about", None, "increase", "up", "band"),      # 国内生产总值增长7%左右
    ("about", None, "level", "down", "ceiling"),    # 居民消费价格涨幅3%左右
    ("at_most", None, "level", "down", "ceiling"),  # 城镇登记失业率4.5%以内
    ("at_least", None, "level", "up", "floor"),     # 城镇新增就业1000万人以上
    ("", D("7"), "increase", "up", "band"),         # 国内生产总值增长6.5%－7%
    ("", None, "level", "up", "floor"),             # a bare level to reach
    ("", None, "decrease", "", "ceiling"),          # unknown indicator, worded as a cut
])
def test_target_kind_from_wording_and_registry(qualifier, high, direction, good, kind):
    assert target_kind(qualifier, high, direction, good) == kind


@pytest.mark.parametrize("kind, qualifier, value, high, outcome, good, verdict, far", [
    ("band", "about", D("7.5"), None, D("7.4"), "up", "met", False),    # 2014: 7.5%左右 -> 7.4%
    ("band", "about", D("7.5"), None, D("7.0"), "up", "missed", False),  # below the 5 % tolerance
    ("band", "", D("6.5"), D("7"), D("6.7"), "up", "met", False),       # inside the range
    ("band", "", D("6"), D("6.5"), D("5.8"), "up", "missed", False),    # below the range
    ("band", "", D("6"), D("6.5"), D("9"), "up", "met", True),          # far above: met, flagged
    ("ceiling", "about", D("3"), None, D("2"), "down", "met", True),    # CPI 3%左右 -> 2%
    ("ceiling", "about", D("3"), None, D("3.1"), "down", "met", False), # inside the tolerance
    ("ceiling", "at_most", D("4.5"), None, D("4.6"), "down", "missed", False),
    ("floor", "at_least", D("1000"), None, D("1322"), "up", "met", True),
    ("floor", "at_least", D("3.4"), None, D("3.1"), "up", "missed", False),
])
def test_judge(kind, qualifier, value, high, outcome, good, verdict, far):
    got_verdict, got_far, _, _ = judge(kind, qualifier, value, high, outcome, good, PARAMS)
    assert (got_verdict, got_far) == (verdict, far)


def _figures(name, plan_year, rows):
    frame = pd.DataFrame(rows)
    defaults = {"value_high": None, "qualifier": "", "kind": "change", "year_from": pd.NA, "direction": "increase",
                "start": 0, "end": 1, "sentence_start": 0, "sentence_end": 1, "indicator": "x"}
    for column, default in defaults.items():
        if column not in frame:
            frame[column] = [default] * len(frame)
    frame["text"] = frame.get("text", frame.value.astype(str))
    frame["sentence"] = frame.get("sentence", frame.text)
    return ReportFigures(name=name, place="全国", review_year=plan_year - 1, plan_year=plan_year, quantities=frame)


@pytest.fixture
def directions(monkeypatch):
    goods = {"gdp_growth": "up", "cpi": "down", "urban_new_jobs": "up"}
    monkeypatch.setattr(tr, "good_direction", lambda key: goods.get(key, ""))


def test_realisation_pairs_each_target_with_the_next_reports_outcome(directions):
    first = _figures("r2014", 2014, [
        {"role": "target", "year": 2014, "indicator_key": "gdp_growth", "value": D("7.5"), "qualifier": "about", "unit": "%"},
        {"role": "target", "year": 2014, "indicator_key": "cpi", "value": D("3.5"), "qualifier": "about", "unit": "%"},
        {"role": "target", "year": 2014, "indicator_key": "urban_new_jobs", "value": D("10000000"),
         "qualifier": "at_least", "unit": "人", "kind": "level"},
    ])
    second = _figures("r2015", 2015, [
        {"role": "actual", "year": 2014, "indicator_key": "gdp_growth", "value": D("7.4"), "unit": "%"},
        {"role": "actual", "year": 2014, "indicator_key": "gdp_growth", "value": D("7.1"), "unit": "%",
         "year_from": 2010},  # a five-year average is not the year's outcome
        {"role": "actual", "year": 2014, "indicator_key": "cpi", "value": D("2"), "unit": "%"},
        {"role": "target", "year": 2015, "indicator_key": "gdp_growth", "value": D("7"), "qualifier": "about", "unit": "%"},
    ])
    table = realisation([first, second], PARAMS).set_index(["year", "indicator_key"])
    assert table.loc[(2014, "gdp_growth"), "verdict"] == "met"
    assert table.loc[(2014, "gdp_growth"), "outcome_value"] == D("7.4")
    assert table.loc[(2014, "cpi"), ["verdict", "far_from_target", "target_kind"]].tolist() == ["met", True, "ceiling"]
    assert table.loc[(2014, "urban_new_jobs"), "verdict"] == "not_reported"  # the next report is silent
    assert table.loc[(2015, "gdp_growth"), "verdict"] == "no_next_report"
    assert table.loc[(2015, "cpi"), "verdict"] == "not_set"  # targeted in 2014, not in 2015: not a miss
    assert table.loc[(2014, "gdp_growth"), "gap_rel"] == D("-0.013")


def test_hit_rates_count_only_judged_targets(directions):
    table = pd.DataFrame({"indicator_key": ["a", "a", "a", "b"], "verdict": ["met", "missed", "not_reported", "met"]})
    rates = tr.hit_rates(table).set_index("indicator_key")
    assert rates.loc["a", ["judged", "met", "hit_rate"]].tolist() == [2, 1, 0.5]
    assert rates.loc["b", "hit_rate"] == 1.0
