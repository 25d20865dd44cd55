"""Targets after audit 26 (notes targets_26: Tianjin 2026, Hainan 2026, Shenyang 2024 from outside the corpus):
one test per rule, on paraphrased sentences run through the real reader and extractor."""
from __future__ import annotations

from target_cases import targets


def test_a_normal_year_without_xia_is_a_condition_not_a_scope() -> None:
    # 确保正常年景粮食产量… (no 下): the condition says under what harvest, not which grain
    t = targets("粮食总产量突破75亿斤，创历史新高。", "确保正常年景粮食产量达到72亿斤以上。")
    assert t.loc["72亿斤", "baseline_text"] == "75亿斤"


def test_a_share_before_its_noun_takes_the_review_share_of_the_same_noun() -> None:
    t = targets("初中毕业生升学率稳步提高，62.5%的初中毕业生升入普通高中。",
                "办好初中教育，初中毕业生升学基本全覆盖、65%升入普通高中。")
    assert t.loc["65%", "indicator"] == "升入普通高中比例" and t.loc["65%", "baseline_text"] == "62.5%"


def test_an_urban_district_opening_a_phrase_narrows_nothing() -> None:
    # 新增城区绿地 in the review and 新增绿地 in the plan: one measure (城区 trimmed from the front of a phrase)
    t = targets("建成口袋公园25座，新增城区绿地9.5平方公里。", "新建社区公园30座，新增绿地4平方公里以上。")
    assert t.loc["4平方公里", "baseline_text"] == "9.5平方公里"
