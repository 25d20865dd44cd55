"""Targets after the audit of three unseen reports (audit 16: national 2003, Yunnan 2026, Qingdao 2024): five-year
totals of an end-of-term review, baselines under other verbs or the same name, institute names with numerals, level
lists and Chinese-numeral amounts. One test per rule, on paraphrased sentences run through the real reader and extractor."""
from __future__ import annotations

from target_cases import targets


def _no_baseline(row) -> bool:
    return str(row["baseline_text"]) in ("", "nan", "None")


def test_a_sentence_opening_five_years_states_the_terms_totals() -> None:
    """五年全社会…累计完成…，特别是发行N亿元国债: a five-year total, no baseline of one year's issue."""
    t = targets("五年全社会固定资产投资累计完成20万亿元，特别是发行5000亿元长期建设国债。",
                "今年拟发行1200亿元长期建设国债。")
    assert _no_baseline(t.loc["1200亿元"])

