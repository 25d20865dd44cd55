"""Names that come from the sentence around a figure: the growth of the figure before it, and a
noun after a rate that describes its size rather than what it measures."""
from __future__ import annotations

import pytest

from govreport import extract_quantities, read_text

HEAD = "一、2023年工作回顾\n"


def rows(sentence: str):
    return extract_quantities(read_text(HEAD + sentence + "\n")).set_index("text")


@pytest.mark.parametrize("sentence, figure, subject, key", [
    ("国内生产总值达到63.6万亿元，比上年增长7.4%。", "7.4%", "国内生产总值", "gdp_growth"),
    ("地区生产总值完成192.3亿元，按可比价计算，同比增长6.0%。", "6.0%", "地区生产总值", "gdp_growth"),
    ("社会消费品零售总额完成174.2亿元，同比增长6.2%。", "6.2%", "社会消费品零售总额", "retail_sales_growth"),
])
def test_a_bare_change_is_the_growth_of_the_figure_before_it(sentence, figure, subject, key):
    row = rows(sentence).loc[figure]
    assert row.indicator.startswith(subject) and row.indicator_key == key


def test_a_change_with_its_own_subject_keeps_it():
    row = rows("地区生产总值达到235亿元，财政收入增长8%。").loc["8%"]
    assert row.indicator.startswith("财政收入")


def test_a_noun_that_describes_the_size_is_not_the_subject():
    row = rows("城镇新增就业1361万人、调查失业率稳定在5%左右的较低水平。").loc["5%"]
    assert row.indicator == "调查失业率" and row.indicator_key == "surveyed_unemployment_rate"


def test_at_that_time_is_the_deadline_just_named():
    text = ("二、2016年工作安排\n到2020年，全员劳动生产率提高到12万元以上。届时，我国经济总量超过90万亿元。"
            "今年国内生产总值增长6.5%以上。\n")
    q = extract_quantities(read_text(text)).set_index("text")
    assert q.loc["90万亿元", "year"] == 2020
    assert q.loc["6.5%", "year"] == 2016
