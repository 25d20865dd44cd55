"""Round 168, fix168a (held-out set 86 徐州 2016): a review headed by a plan's name beside its last year
(一、“十二五”及2015年经济社会发展回顾) that sums up the five years throughout, with no paragraph of the year's own: its flows
(幼儿园502所, 250.5万农村人口饮水安全问题得到解决) are the term's, no baseline of a one-year goal; levels reached and
figures dated to the year stay. Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

import pandas as pd

from govreport import extract_quantities, read_text
from govreport.tables import build_targets

_RECAP = ("全市生产总值2015年预计实现5300亿元，五年年均增长11%。"
          "社会事业协调发展，新改扩建中小学220所、幼儿园500所，城镇化率由54%提高到61%。"
          "新农村建设进展顺利，新增高标准农田100万亩，250万农村人口饮水安全问题得到解决。\n")
_PLAN = ("三、2016年政府工作的主要目标任务\n"
         "新改扩建110所幼儿园，城镇化率达到62%，解决好农村120万人饮水安全问题。\n")


def _table(heading: str, recap: str = _RECAP) -> pd.DataFrame:
    text = f"政府工作报告\n一、{heading}\n{recap}二、“十三五”时期的奋斗目标\n{_PLAN}"
    return build_targets(extract_quantities(read_text(text)), text=text).set_index("text", drop=False)


def _baseline(t: pd.DataFrame, text: str) -> str:
    got = t.loc[[text]].iloc[-1]["baseline_text"]
    return "" if pd.isna(got) else str(got)


def test_the_flows_of_a_whole_term_recap_are_no_baselines() -> None:
    t = _table("“十二五”及2015年经济社会发展回顾")
    assert _baseline(t, "110所") == "" and _baseline(t, "120万人") == ""
    assert t.loc[["110所"]].iloc[-1]["feasibility"] == "no_baseline"


def test_a_level_reached_in_the_recap_stays_the_years() -> None:
    # 城镇化率由54%提高到61%: the level at the term's end, 2015's, still the baseline
    t = _table("“十二五”及2015年经济社会发展回顾")
    assert _baseline(t, "62%") == "61%"


def test_a_one_year_paragraph_keeps_its_flows() -> None:
    # boundary: a paragraph opening the year (2015年，…) makes the flows after it the year's
    recap = ("“十二五”期间，全市生产总值年均增长11%。\n2015年，社会事业协调发展，新改扩建中小学220所、幼儿园500所，"
             "250万农村人口饮水安全问题得到解决。\n")
    t = _table("“十二五”及2015年经济社会发展回顾", recap)
    assert _baseline(t, "110所") == "500所"


def test_a_year_heading_alone_keeps_its_flows() -> None:
    # boundary: a heading naming the year alone (2015年工作回顾) is a one-year review
    t = _table("2015年工作回顾")
    assert _baseline(t, "110所") == "500所"
