"""The track record: targets of year N against the outcomes the next report states for N."""
from __future__ import annotations

from decimal import Decimal as D

import pandas as pd
import pytest

from govreport.corpus import track_record as tr
from govreport.corpus.history import history, hit_rates, with_history
from govreport.corpus.track_record import ReportFigures, realisation
from govreport.corpus.verdicts import judge, target_kind

PARAMS = {"about_rel_tolerance": 0.05, "far_rel_gap": 0.25, "max_outcome_ratio": 3.0, "max_outcome_points": 10.0}


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
        {"role": "target", "year": 2014, "indicator_key": "cpi", "value": D("3.5"), "qualifier": "about", "unit": "%",
         "sentence": "今年的主要预期目标是：居民消费价格涨幅3.5%左右"},  # last year's own list: can stop
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
    rates = hit_rates(table).set_index("indicator_key")
    assert rates.loc["a", ["judged", "met", "hit_rate"]].tolist() == [2, 1, 0.5]
    assert rates.loc["b", "hit_rate"] == 1.0


# --- the State Council's reports, read by hand: (plan year, key) -> target, outcome, verdict -------
# Each row quotes the target's sentence (report of that year) and the outcome's (the next report).

from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
needs_corpus = pytest.mark.skipif(not (CORPUS / "national_2015.txt").is_file(), reason="../shared/corpus is absent")

NATIONAL = [
    # 2014: 国内生产总值增长7.5%左右 | 2015: 国内生产总值达到63.6万亿元，比上年增长7.4%
    (2014, "gdp_growth", "7.5%", "band", "7.4%", "met"),
    # 2014: 居民消费价格涨幅控制在3.5%左右 | 2015: 价格稳，居民消费价格上涨2%
    (2014, "cpi", "3.5%", "ceiling", "2%", "met"),
    # 2014: 城镇新增就业1000万人以上 | 2015: 就业稳，城镇新增就业1322万人，高于上年
    (2014, "urban_new_jobs", "1000万人", "floor", "1322万人", "met"),
    # 2015: 国内生产总值增长7%左右 | 2016: 国内生产总值达到67.7万亿元，增长6.9%
    (2015, "gdp_growth", "7%", "band", "6.9%", "met"),
    # 2015: 能耗强度下降3.1%以上 | 2016: 单位国内生产总值能耗下降5.6%
    (2015, "energy_intensity_reduction", "3.1%", "floor", "5.6%", "met"),
    # 2015: 进出口增长6%左右 | 2016: 去年我国进出口总额出现下降，预期增长目标未能实现 (no figure)
    (2015, "foreign_trade_growth", "6%", "band", None, "not_reported"),
    # 2016: 国内生产总值增长6.5%－7% (a range) | 2017: 国内生产总值达到74.4万亿元，增长6.7%
    (2016, "gdp_growth", "6.5%－7%", "band", "6.7%", "met"),
    # 2016: 城镇登记失业率4.5%以内 (a ceiling) | 2017: 年末城镇登记失业率4.02%，为多年来最低
    (2016, "registered_unemployment_rate", "4.5%", "ceiling", "4.02%", "met"),
    # 2017: 国内生产总值增长6.5%左右 | 2018 (its review of 2017, after the five-year review):
    # 国内生产总值增长6.9%，居民收入增长7.3%
    (2017, "gdp_growth", "6.5%", "band", "6.9%", "met"),
    # 2017: 城镇新增就业1100万人以上 | 2018: 城镇新增就业1351万人 (not the five years' 6600万人)
    (2017, "urban_new_jobs", "1100万人", "floor", "1351万人", "met"),
    # 2018: 城镇调查失业率5.5%以内 | 2019: 城镇新增就业1361万人、调查失业率稳定在5%左右的较低水平
    (2018, "surveyed_unemployment_rate", "5.5%", "ceiling", "5%", "met"),
]


@pytest.fixture(scope="module")
def national():
    return realisation(tr.folder_figures(CORPUS, "全国"))


@needs_corpus
@pytest.mark.parametrize("year, key, target, kind, outcome, verdict", NATIONAL)
def test_national_targets_against_the_next_reports_outcomes(national, year, key, target, kind, outcome, verdict):
    row = national[(national.year == year) & (national.indicator_key == key)]
    assert len(row) == 1, f"{year} {key}: {len(row)} rows"
    row = row.iloc[0]
    assert (row.target_text, row.target_kind, row.verdict) == (target, kind, verdict)
    assert (row.outcome_text if isinstance(row.outcome_text, str) else None) == outcome
    report = CORPUS / f"{row.target_report}.txt"
    assert report.read_text(encoding="utf-8")[int(row.target_start):int(row.target_end)] == target


@needs_corpus
def test_a_target_that_stopped_being_set_is_not_a_miss(national):
    gdp_2020 = national[(national.year == 2020) & (national.indicator_key == "gdp_growth")]
    assert gdp_2020.verdict.tolist() == ["not_set"]


def test_a_figure_far_from_the_target_is_not_taken_as_its_outcome(directions):
    target = _figures("r2017", 2017, [
        {"role": "target", "year": 2017, "indicator_key": "urban_new_jobs", "value": D("11000000"),
         "qualifier": "at_least", "unit": "人", "kind": "level", "direction": "level"},
    ])
    outcome = _figures("r2018", 2018, [  # a five-year total the extractor did not mark as such
        {"role": "actual", "year": 2017, "indicator_key": "urban_new_jobs", "value": D("66000000"), "unit": "人",
         "kind": "level", "direction": "level"},
        {"role": "actual", "year": 2017, "indicator_key": "urban_new_jobs", "value": D("13510000"), "unit": "人",
         "kind": "level", "direction": "level"},
    ])
    row = realisation([target, outcome], PARAMS).iloc[0]
    assert (row.outcome_value, row.verdict) == (D("13510000"), "met")
    lone = _figures("r2018", 2018, [outcome.quantities.iloc[0].to_dict()])
    row = realisation([target, lone], PARAMS).iloc[0]
    assert row.verdict == "not_reported" and "too far" in row.note


@needs_corpus
def test_track_record_command_and_corpus_output_give_the_same_table(tmp_path):
    import shutil

    from cli_runner import run_cli

    folder = tmp_path / "national"
    folder.mkdir()
    for year in (2016, 2017, 2018):
        shutil.copy(CORPUS / f"national_{year}.txt", folder)
    out = tmp_path / "tr.parquet"
    run = run_cli("track-record", folder, "-o", out)  # the command in this process (tests/cli_runner.py)
    assert run.returncode == 0, run.stderr
    from_folder = pd.read_parquet(out)
    assert set(from_folder.verdict) <= set(tr.VERDICTS) and "met" in set(from_folder.verdict)
    row = from_folder[(from_folder.year == 2016) & (from_folder.indicator_key == "gdp_growth")].iloc[0]
    assert (row.target_text, row.outcome_text, row.verdict) == ("6.5%－7%", "6.7%", "met")

    corpus_out = tmp_path / "corpus_out"
    done = run_cli("corpus", folder, "-o", corpus_out, "-q")
    assert done.returncode == 0, done.stderr
    from_store = tr.track_record(corpus_out)  # read back through DuckDB
    columns = ["year", "indicator_key", "target_text", "outcome_text", "verdict", "target_start", "outcome_start"]
    a = from_folder[columns].astype(str).reset_index(drop=True)
    b = from_store[columns].astype(str).reset_index(drop=True)
    pd.testing.assert_frame_equal(a, b)


def test_history_counts_only_earlier_years_and_sits_beside_each_target():
    table = pd.DataFrame({
        "indicator_key": ["gdp_growth"] * 3 + ["cpi"],
        "year": [2021, 2022, 2023, 2022],
        "verdict": ["met", "missed", "met", "met"],
        "gap_rel": [D("0.35"), D("-0.45"), D("0.04"), D("-0.33")],
    })
    record = history(table, before_year=2023).set_index("indicator_key")
    assert record.loc["gdp_growth", ["history_judged", "history_met", "history_hit_rate"]].tolist() == [2, 1, 0.5]
    assert record.loc["gdp_growth", "history_years"] == "2021–2022"
    targets = pd.DataFrame({"indicator_key": ["gdp_growth", "grain_output"], "value": [D("5"), D("1.3")]})
    shown = with_history(targets, record.reset_index())
    assert shown.history_judged.tolist() == [2, 0]  # no record for grain: 0, said as such


def test_a_place_named_with_its_parent_is_the_same_place():
    assert tr.same_places(["呼伦贝尔市海拉尔区", "海拉尔区", "全国"]) == {
        "海拉尔区": "海拉尔区", "呼伦贝尔市海拉尔区": "海拉尔区", "全国": "全国"}


@needs_corpus
def test_tables_with_history_puts_the_places_record_beside_each_target(tmp_path):
    from govreport import cli

    out = tmp_path / "out"
    assert cli.main(["tables", str(CORPUS / "national_2025.txt"), "-o", str(out), "--history"]) == 0
    targets = pd.read_csv(out / "targets.csv").set_index("indicator_key")
    gdp = targets.loc["gdp_growth"]
    assert gdp.history_judged >= 5 and 0 < gdp.history_hit_rate <= 1 and gdp.history_years.endswith("2024")
    assert (targets.history_judged >= 0).all()  # every target says how much record it has, 0 for none


def test_a_folder_with_no_pair_of_reports_gives_empty_tables_not_errors():
    from govreport.present import track_view

    empty = realisation([])
    assert empty.empty and hit_rates(empty).empty
    assert track_view.hit_rate_table(empty, "en").frame.empty
    assert "No" in track_view.record_summary(empty, "x", "en")


def test_the_gap_chart_is_the_same_picture_every_time():
    from govreport.present import track_view

    table = pd.DataFrame({"gap_rel": [D("0.1"), D("-0.2"), D("0.05"), D("0.3")],
                          "target_kind": ["floor", "ceiling", "band", "floor"],
                          "verdict": ["met", "met", "met", "missed"]})
    first, second = track_view.gap_chart(table, "en").png(), track_view.gap_chart(table, "en").png()
    assert first == second


def test_a_panel_cell_shows_the_value_read_where_the_words_lack_its_unit():
    """居民消费价格指数控制在103左右 sits under the CPI as 103（3%）, not as a bare 103 among 3% cells."""
    from govreport.corpus.panel import headline

    rows = pd.DataFrame({"place": ["甲市", "乙市", "丙市"], "year": [2024, 2024, 2024], "report": ["a", "b", "c"],
                         "role": ["target"] * 3, "indicator_key": ["cpi"] * 3,
                         "text": ["103", "3%", "3%"], "value": [D("3.0"), D(3), D(3)], "unit": ["%", "%", "%"]})
    table = headline(rows)
    assert dict(zip(table["place"], table["cpi"])) == {"甲市": "103（3%）", "乙市": "3%", "丙市": "3%"}
