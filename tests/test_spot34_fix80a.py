"""Spot audit 34 (安顺 2024), round fix80a: a bare measure's growth takes the subject of the level
before it, and a count whose noun is a verb-opened modifier before 的 counts the head after 的."""
from __future__ import annotations

import pytest

from govreport.extract import extract_quantities
from govreport.extract.grown_subjects import grown_subject
from govreport.extract.modified_heads import head_after_modifiers
from govreport.report import read_text

PLAN = "二、2024年工作安排\n"


def _names(text: str) -> dict[str, str]:
    q = extract_quantities(read_text(PLAN + text))
    return dict(zip(q["text"], q["indicator"]))


def test_value_added_growth_takes_the_industry_of_the_output_before() -> None:
    # 安顺 L59 (row 25): 增加值增长 is the 医药及旅游食品产业's
    names = _names("力争医药及旅游食品产业产值达110亿元以上，增加值增长15%以上。")
    assert names["15%"] == "医药及旅游食品产业增加值增长"
    assert names["110亿元"] == "医药及旅游食品产业产值"


@pytest.mark.parametrize(("before", "base", "subject"), [
    ("医药及旅游食品产业产值", "增加值增长", "医药及旅游食品产业"),
    ("工业总产值", "增加值增长", "工业"),  # the longer measure word is taken off whole
    ("医药及旅游食品产业产值", "投资增长", ""),  # not a grown_measure word
    ("产值", "增加值增长", ""),  # nothing left of the subject
])
def test_grown_subject(before: str, base: str, subject: str) -> None:
    assert grown_subject(before, base) == subject


def test_count_before_a_verb_opened_modifier_counts_the_head() -> None:
    # 安顺 L67 (row 28): 5个彰显屯堡文化元素的文旅项目 counts projects, not elements
    names = _names("抓好大明屯堡旅游度假区建设，谋划实施5个彰显屯堡文化元素的文旅项目，让屯堡文化绽放时代光彩。")
    assert names["5个"] == "谋划实施文旅项目数"


def test_head_after_a_verb_opened_modifier() -> None:
    scan = "谋划实施5个彰显屯堡文化元素的文旅项目，"
    end = scan.index("个") + 1
    assert head_after_modifiers(scan, end, "彰显屯堡文化元素") == "文旅项目"
    assert head_after_modifiers(scan, end, "屯堡文化元素") == "屯堡文化元素"  # no opening verb: as before
