"""Targets: commitment word, baseline matching (same / related / none), change required and
feasibility class (docs/assumptions.md#baseline-matching, #feasibility-thresholds)."""
from __future__ import annotations

from decimal import Decimal

import pandas as pd
import pytest

from govreport.tables import build_targets
from test_tables_frames import jinbi_tables, make_frame

D = Decimal
REVIEW = "实现脱贫人口转移就业2571人。开展脱贫劳动力培训540人。"


@pytest.mark.parametrize("plan, figure, commitment, match, baseline", [
    ("完成脱贫劳动力转移就业3000人。", ("3000人", 3000, "人", "target"), "完成", "same", D(2571)),
    ("力争培育农村致富带头人81人以上。", ("81人", 81, "人", "target", "at_least"), "培育", "none", None),
    ("确保粮食播种面积稳定在9.2万亩以上。", ("9.2万亩", 92000, "亩", "target", "at_least"), "稳定在", "none", None),
])
def test_commitment_word_and_baseline(plan, figure, commitment, match, baseline) -> None:
    q = make_frame(REVIEW + plan, [("2571人", 2571, "人", "actual"), ("540人", 540, "人", "actual"), figure])
    row = build_targets(q).iloc[0]
    assert (row.commitment, row.match, row.baseline_value) == (commitment, match, baseline)
    assert row.match_reason  # every match type says why


def test_related_baseline_through_synonyms() -> None:
    text = "谋划2025年重点项目51个,概算总投资103.65亿元。力争储备重大项目30个以上,完成总投80亿元以上。"
    q = make_frame(text, [("2025年", 2025, "年", "meta"), ("51个", 51, "个", "actual"), ("103.65亿元", 10365000000, "元", "actual"),
                          ("30个", 30, "个", "target", "at_least"), ("80亿元", 8000000000, "元", "target", "at_least")])
    table = build_targets(q)
    # 80亿元 shares only generic words (总投) with 103.65亿元: a sibling's match alone is no
    # evidence any more; the real extractor gives both the key project_total_investment (TestJinbi2024)
    assert list(zip(table["text"], table["match"], table["baseline_text"])) == [
        ("30个", "related", "51个"), ("80亿元", "none", "")]


@pytest.fixture(scope="module")
def jinbi():
    return jinbi_tables()["targets"]


class TestJinbi2024:
    def test_transfer_employment_2571_to_3000(self, jinbi) -> None:
        row = jinbi[jinbi["text"] == "3000人"].iloc[0]
        assert (row.match, row.baseline_value, row.change_abs, row.change_pct) == ("key", D(2571), D(429), D("16.7"))
        assert row.feasibility == "modest" and row.commitment == "完成"

    def test_support_funds_1992_to_4688_wan(self, jinbi) -> None:
        row = jinbi[jinbi["text"] == "4688万元"].iloc[0]
        assert (row.baseline_value, row.ratio, row.feasibility) == (D(19920000), D("2.3534"), "very_stretch")
        assert row.commitment == "争取"

    def test_major_projects_reserved_have_a_related_baseline(self, jinbi) -> None:
        rows = jinbi.set_index("text")
        assert (rows.loc["30个", "match"], rows.loc["30个", "baseline_text"]) == ("key", "51个")  # key_projects
        assert (rows.loc["80亿元", "match"], rows.loc["80亿元", "baseline_text"]) == ("key", "103.65亿元")

    def test_only_the_plan_part_gives_targets(self, jinbi) -> None:
        assert "51个" not in set(jinbi["text"]) and len(jinbi) >= 15
        assert set(jinbi["feasibility"]) <= {"met_already", "below_last_year", "modest", "stretch", "very_stretch", "no_baseline"}

    def test_provenance_points_into_the_report(self, jinbi) -> None:
        from test_tables_frames import JINBI

        text = JINBI.read_text(encoding="utf-8")
        for r in jinbi.itertuples():
            assert text[r.start:r.end] == r.text
            if pd.notna(r.baseline_start):
                assert text[int(r.baseline_start):int(r.baseline_end)] == r.baseline_text


def test_a_threshold_is_neither_a_target_nor_a_baseline() -> None:
    from govreport import extract_quantities, read_text

    text = "政府工作报告\n一、2023年工作回顾\n新开工亿元以上项目917个。\n二、2024年重点工作\n新开工亿元以上项目1000个。\n"
    q = extract_quantities(read_text(text))
    assert q[q.kind == "threshold"].text.tolist() == ["亿元", "亿元"]
    table = build_targets(q)
    assert table.text.tolist() == ["1000个"]
    assert table.baseline_text.tolist() == ["917个"]


def test_family_keys_and_actions_are_checked_data() -> None:
    """Every family key is a registry key; every action verb is listed once, with a known action."""
    from govreport.lexicon import indicator_registry, read_rows
    from govreport.tables.figures import words
    assert set(words()["family_keys"]) <= set(indicator_registry())
    rows = read_rows("tables_actions.csv")
    verbs = [r["verb"] for r in rows]
    assert len(verbs) == len(set(verbs))
    assert {a for r in rows for a in r["action"].split("|")} <= {"", "attract", "sign", "under_way", "start", "build", "supply",
                                                                "allocate", "run", "keep", "raise", "cut", "improve",
                                                                "demolish", "treat", "prepare", "deliver", "create", "report",
                                                                "restructure", "buy"}  # (撤并, 调整: audit 33; 购置, 采购: fix170b)
