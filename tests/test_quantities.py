"""The quantities table of the first report, scored against the hand-checked answer key, and
the constructs the issue names, each as (sentence, expected rows)."""
from __future__ import annotations

import csv
import importlib.util
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from govreport import extract_quantities, read_report, read_text
from govreport.extract.quantity_frame import to_csv_frame

ROOT = Path(__file__).resolve().parents[1]
REPORT = ROOT / "data" / "raw" / "jinbi_2024.txt"
GOLD = ROOT / "tests" / "fixtures" / "gold" / "jinbi_2024_quantities.csv"
SCORER = ROOT / "tests" / "fixtures" / "score_quantities.py"
SHARED_SCORER = ROOT.parent / "shared" / "tools" / "score_quantities.py"


def load_scorer():
    spec = importlib.util.spec_from_file_location("score_quantities", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def report():
    return read_report(REPORT)


@pytest.fixture(scope="module")
def table(report):
    return extract_quantities(report)


@pytest.fixture(scope="module")
def scores(table, tmp_path_factory):
    path = tmp_path_factory.mktemp("q") / "q.csv"
    to_csv_frame(table).to_csv(path, index=False)
    scorer = load_scorer()
    return scorer.score(scorer.load(str(GOLD)), scorer.load(str(path)))


def test_scorer_copy_is_the_shared_one():
    if not SHARED_SCORER.exists():
        pytest.skip("../shared is not beside the checkout")
    assert SCORER.read_bytes() == SHARED_SCORER.read_bytes()


@pytest.mark.parametrize("metric, floor", [("f1", 0.99), ("value", 0.99), ("unit", 0.99), ("qualifier", 0.98),
                                           ("role", 0.98), ("year", 0.98), ("category", 0.90),
                                           ("indicator_dice", 0.65)])
def test_answer_key_floors(scores, metric, floor):
    assert scores[metric] >= floor, {k: v for k, v in scores.items() if k in ("missed", "spurious", "wrong")}


def test_every_digit_run_is_covered_once(report, table):
    """Every Arabic digit run of the report lies inside exactly one row (meta and label included)."""
    import re

    spans = list(zip(table.start, table.end))
    for m in re.finditer(r"\d+", report.scan):
        inside = [s for s in spans if s[0] <= m.start() and m.end() <= s[1]]
        assert len(inside) == 1, (m.group(), m.start())


def test_rows_trace_back_to_the_text(report, table):
    for row in table.itertuples():
        assert row.text == report.text[row.start:row.end]
        assert row.sentence == report.text[row.sentence_start:row.sentence_end]
        assert row.sentence_start <= row.start < row.end <= row.sentence_end
    assert list(table.start) == sorted(table.start)
    assert all(a <= b for a, b in zip(table.end[:-1], table.start[1:]))  # no overlaps


def test_meta_and_label_rows(table):
    meta = table[table.role == "meta"]
    label = table[table.role == "label"]
    assert {"2024年", "01月", "10日", "0110001"} <= set(meta.text)
    assert {"3815", "1262", "123456", "12345", "5年"} <= set(label.text)
    assert meta.year.isna().all() and label.year.isna().all()
    assert (meta.indicator == "").all()


def rows_of(sentence: str):
    table = extract_quantities(read_text(sentence))
    return table[table.role.isin(["actual", "target"])]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("新识别纳入监测帮扶对象25户76人。", [("25户", "25", "户"), ("76人", "76", "人")]),
        ("发放雨露计划143人31.55万元。", [("143人", "143", "人"), ("31.55万元", "315500", "元")]),
        ("完成宅基地联审联批3批次25宗2082.1平方米。",
         [("3批次", "3", "批次"), ("25宗", "25", "宗"), ("2082.1平方米", "2082.1", "平方米")]),
        ("累计出栏生猪86501头、肉牛5141头、家禽53.5万羽。",
         [("86501头", "86501", "头"), ("5141头", "5141", "头"), ("53.5万羽", "535000", "羽")]),
        ("参保率分别达93%、96.93%。", [("93%", "93", "%"), ("96.93%", "96.93", "%")]),
        ("分别高4.2、4.3和3.2个百分点。",
         [("4.2", "4.2", "个百分点"), ("4.3", "4.3", "个百分点"), ("3.2个百分点", "3.2", "个百分点")]),
        ("增长5%—6%。", [("5%—6%", "5", "%")]),
        ("补助3至5万元。", [("3至5万元", "30000", "元")]),
        ("新建10-15个。", [("10-15个", "10", "个")]),
    ],
)
def test_compound_and_list_forms(sentence, expected):
    rows = rows_of(sentence)
    assert [(r.text, r.value, r.unit) for r in rows.itertuples()] == [(t, Decimal(v), u) for t, v, u in expected]


def test_ranges_keep_both_ends():
    row = rows_of("预期增长5%—6%。").iloc[0]
    assert (row.value, row.value_high) == (Decimal(5), Decimal(6))


def test_indicator_inherits_the_sentence_topic(table):
    by_text = dict(zip(table.text, table.indicator))
    assert "烤烟" in by_text["2593.97万元"] and "产值" in by_text["2593.97万元"]
    # 饲养蚕种…，产茧1241.51万公斤，实现产值8130.67万元，均价达64.72元: the value and the price
    # are those of the cocoons just produced, not of the silkworm eggs reared
    assert by_text["1241.51万公斤"] == "茧产量" and "茧" in by_text["8130.67万元"] and "茧" in by_text["64.72元"]
    assert "农作物" in by_text["5.01亿元"]


def test_each_rate_goes_to_its_own_subject(table):
    rates = table[table.text.isin(["93%", "96.93%"])]
    assert "医疗" in rates.iloc[0].indicator and "养老" in rates.iloc[1].indicator


def test_roles_follow_the_parts(report, table):
    plan = report.parts["plan"]
    quantities = table[table.role.isin(["actual", "target"])]
    assert (quantities[quantities.start < plan.start].role == "actual").all()
    assert (quantities[quantities.start >= plan.start].role == "target").all()
    assert set(quantities[quantities.role == "actual"].year) == {2024}
    assert set(quantities[quantities.role == "target"].year) == {2025}


def test_cue_free_role_depends_on_the_part_and_paragraph_only(report):
    """extract_quantities works out the role of a figure in a sentence without any cue once
    per part and paragraph context and reuses it: quantity_role must read nothing else there."""
    from govreport.extract.roles import quantity_role
    from govreport.extract.scanner import scan_tokens

    tokens = scan_tokens(report.scan)[::5]
    for part in ("review", "plan", "other"):
        for term, then_year in ((False, None), (True, None), (False, 2030)):
            decisions = {quantity_role(report, t, max(0, t.start - 9), part, True, term, then_year) for t in tokens}
            assert len(decisions) == 1, (part, term, then_year, decisions)


def test_cli_writes_the_table_and_scores(tmp_path):
    out = tmp_path / "q.csv"
    done = subprocess.run([sys.executable, "-m", "govreport", "quantities", str(REPORT), "-o", str(out)],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    with out.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert rows[0].keys() >= {"start", "end", "text", "value", "unit", "qualifier", "role", "year", "indicator",
                              "indicator_en", "category", "section", "sentence"}
    scorer = load_scorer()
    assert scorer.score(scorer.load(str(GOLD)), scorer.load(str(out)))["f1"] >= 0.99


def test_cli_help_explains_both_commands():
    done = subprocess.run([sys.executable, "-m", "govreport", "--help"], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0 and "quantities" in done.stdout and "tables" in done.stdout


def test_extraction_leaves_the_garbage_collector_as_it_found_it():
    import gc

    from govreport import extract_quantities, read_text

    report = read_text("一、2023年工作回顾\n全年产值增长5%。")
    assert gc.isenabled()
    extract_quantities(report)
    assert gc.isenabled()
    gc.disable()
    try:
        extract_quantities(report)
        assert not gc.isenabled()
    finally:
        gc.enable()
