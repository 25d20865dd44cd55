"""Spot audit 35 (赤峰 2024): the review states the same measure in other words, and no baseline was found.
规模以上固定资产投资 is the statistical scope of 固定资产投资 itself; a verb inside an example project's title
(…学校新建项目、…等15所学校开工建设) is not the action on the set counted."""
from __future__ import annotations

import re

from target_cases import baseline_of, targets

from govreport.tables.kinds_apart import first_action

REVIEW = ("预计全市地区生产总值增长5%左右，固定资产投资增长9%左右，社会消费品零售总额增长5.5%左右。"
          "赤峰二中国际实验学校新建项目、松山区第十七小学等15所学校开工建设，新增学位8460个。")
PLAN = ("地区生产总值增长7%左右，规模以上固定资产投资增长25%左右，社会消费品零售总额增长7%左右。"
        "持续优化学位供给，新开工建设16所学校，新增学位6060个。")


def test_fai_above_scale_is_the_fai_of_the_review() -> None:
    """规模以上固定资产投资增长25% takes the review's 固定资产投资增长9% (赤峰 row 1)."""
    t = targets(REVIEW, PLAN, 2023)
    assert baseline_of(t, "25%") == "9%"


def test_verb_in_an_example_title_is_not_the_sets_action() -> None:
    """新开工建设16所学校 takes …新建项目、…等15所学校开工建设 (start, not the title's 新建) (赤峰 row 90)."""
    t = targets(REVIEW, PLAN, 2023)
    assert baseline_of(t, "16所") == "15所"


def test_first_action_skips_a_title_verb_only() -> None:
    """新建项目、 closes a list member (a title); 新建学校 does not."""
    scan = re.compile("新建|开工建设")
    found = first_action(scan, "赤峰二中国际实验学校新建项目、松山区第十七小学等15所学校开工建设")
    assert found is not None and found.group() == "开工建设"
    found = first_action(scan, "新建学校15所")
    assert found is not None and found.group() == "新建"


AMOUNT_PLAN = "晶硅光伏产业产值达到1200亿元以上。钢铁产业产值保持在1000亿元以上，铝产业产值达到1200亿元。"


def test_amount_each_member_of_a_list_reaches() -> None:
    """稀土、晶硅光伏、钢铁、铝业产值并肩站上千亿元台阶: each industry's output is at 1000亿元 (包头 2025 rows 21, 25, 26;
    铝业 is 铝产业)."""
    t = targets("稀土、晶硅光伏、钢铁、铝业产值并肩站上千亿元台阶。", AMOUNT_PLAN)
    assert baseline_of(t, "1200亿元") == "千亿元台阶"  # 铝产业产值, the last row written 1200亿元
    assert t.loc[["1200亿元"], "baseline_text"].tolist() == ["千亿元台阶", "千亿元台阶"]
    assert baseline_of(t, "1000亿元") == "千亿元台阶"


def test_amount_of_a_list_without_each_word_is_no_members() -> None:
    """稀土、晶硅光伏、铝业产值达到1000亿元 (no 并肩/均): one amount for the list, no member's baseline; with 并肩站上
    the last member's."""
    t = targets("稀土、晶硅光伏、铝业产值达到1000亿元。", "铝产业产值达到1200亿元。")
    assert baseline_of(t, "1200亿元") == ""
    t = targets("稀土、晶硅光伏、铝业产值并肩站上千亿元台阶。", "铝产业产值达到1200亿元。")
    assert baseline_of(t, "1200亿元") == "千亿元台阶"


def test_funds_from_outside_the_region_are_investment_attracted() -> None:
    """到位资金580亿元 takes 全年到位国内区外资金500亿元 (赤峰 row 9)."""
    t = targets("全年到位国内区外资金500亿元。", "全年签约落地亿元以上项目不少于100个，到位资金580亿元以上。", 2023)
    assert baseline_of(t, "580亿元") == "500亿元"
