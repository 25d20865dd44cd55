"""Round 172, fix172a (held-out audit 90 株洲 2016, set 89 宝鸡 2014): report structure. A closing glossary heading whose
words stand in brackets (【名词解释】, 〔注释〕, ［名词解释］) heads the notes as a bare one does, so its definitions
(「“146”工程：2015-2016年，重点建设10个…」, 「3条城际干线：…」) are no targets; and a sentence stating the plan year's
main expected goals (全市经济社会发展主要预期目标是：…) opens the plan when a plan heading the reader cannot know
(**今后工作**), or none, left it in the review — unless it is last year's (去年…), the goals met, or the term's
(今后五年，…). Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

import pandas as pd
import pytest

from govreport import extract_quantities, read_text
from govreport.tables import build_targets


def _read(text: str) -> tuple[pd.DataFrame, dict[str, tuple[int, int]]]:
    report = read_text(text)
    t = build_targets(extract_quantities(report), text=report.text)
    return t, {p: (s.start, s.end) for p, s in report.parts.items()}


def _rows(t: pd.DataFrame) -> list[tuple[str, int, str]]:
    """(target text, year, baseline text) of every row, in order."""
    return [(str(r["text"]), int(r["year"]), "" if pd.isna(r["baseline_text"]) else str(r["baseline_text"]))
            for _, r in t.iterrows()]


_HEAD = "——2016年2月1日在某市人民代表大会上\n\n某市市长 某某\n\n各位代表：\n\n现在，我代表市人民政府向大会作工作报告，请予审议。\n\n"
_ZZ_REVIEW = "一、2015年工作回顾\n\n2015年，全市地区生产总值增长9.5%，全年建成标准厂房264万平方米。\n\n"
_ZZ_PLAN = ("二、2016年工作安排\n\n今年全市经济社会发展的主要预期目标是：GDP增长9%以上。全年实施重点项目200个以上。\n\n"
            "各位代表，拼搏正当其时，圆梦适得其势。让我们锐意进取、奋力拼搏！\n\n")
_ZZ_NOTES = ("1. 中国制造2025：是强化高端制造业的国家战略规划。\n\n"
             "3. 创新创业园区“146”工程：2015-2016年，重点建设10个创新创业园区，建成400万平方米标准厂房，引进600家企业入园。\n\n"
             "7. 3条城际干线：洞株路（株洲）、铜板路（株洲段）和S330武广高铁株洲站至沪昆高铁韶山站连接线（株洲段）。\n\n"
             "26. 市属三所职业院校：湖南汽车工程职业学院、湖南化工职业技术学院、株洲市幼儿师范学校。\n")
_ZZ_GOALS = [("9%", 2016, "9.5%"), ("200个", 2016, "")]


@pytest.mark.parametrize("line", ["【名词解释】", "〔名词解释〕", "［名词解释］", "[注释]", "**【名词解释】**", "【 名词解释 】："],
                         ids=["lenticular", "tortoise", "fullwidth-square", "ascii-square", "bold", "spaced-colon"])
def test_a_bracketed_glossary_heading_holds_no_targets(line: str) -> None:
    # 株洲 2016 rows 19–23: 「【名词解释】」 (17921) was not seen, its definitions became 2016 targets (10个, 400万平方米 against
    # 264万平方米, 600家, 3条, 三所); the 2015-2016年 span of one gives no row either
    text = _HEAD + _ZZ_REVIEW + _ZZ_PLAN + line + "\n\n" + _ZZ_NOTES
    t, parts = _read(text)
    assert _rows(t) == _ZZ_GOALS
    assert parts["notes"] == (text.index(line), len(text)) and parts["plan"][1] == text.index(line)


def test_a_bracketed_line_of_other_words_heads_no_notes() -> None:
    # near miss: a bracketed line naming no glossary word (【民生实事】) divides nothing; its goals stay the plan's
    text = _HEAD + _ZZ_REVIEW + _ZZ_PLAN + "【民生实事】\n\n全年新增城镇就业5万人，改造棚户区1.97万套。\n"
    t, parts = _read(text)
    assert "notes" not in parts
    assert _rows(t) == [*_ZZ_GOALS, ("5万人", 2016, ""), ("1.97万套", 2016, "")]


_REVIEW = ("——2024年2月1日在某市人民代表大会上\n\n某市市长 某某\n\n各位代表：\n\n现在，我代表市人民政府向大会作工作报告，请予审议。\n\n"
           "一、2023年工作回顾\n\n过去的一年，全年实现地区生产总值1600亿元，比上年增长6%；全社会固定资产投资增长15%。\n\n")
_GOALS = "地区生产总值增长7%左右，全社会固定资产投资增长20%。"
_LATER = "\n\n年内发展规模以上工业企业40户以上。\n\n三、大力发展现代农业\n\n确保粮食总产达到145万吨以上。\n"


@pytest.mark.parametrize("opening", [
    "**今后工作**\n\n全市经济社会发展主要预期目标是：",
    "**今后工作**\n\n今年，是全面深化改革的重要一年。今年经济社会发展的主要预期目标是：",
    "**今后工作**\n\n今年，是全面深化改革的重要一年。2024年主要预期目标是：",
    "今年，是全面深化改革的重要一年。综合考虑各方面因素，建议今年全市经济社会发展的主要预期目标为：",
], ids=["place-no-year", "this-year-mid-paragraph", "plan-year-mid-paragraph", "proposed-after-a-lead-clause"])
def test_a_goals_sentence_left_in_the_review_opens_the_plan(opening: str) -> None:
    # 宝鸡 2014 (set 89): 「主要预期目标是：生产总值增速…达到13%左右…」 (4396) under a missed plan heading read as 2013 actuals
    text = _REVIEW + opening + _GOALS + _LATER
    t, parts = _read(text)
    assert _rows(t) == [("7%", 2024, "6%"), ("20%", 2024, "15%"), ("40户", 2024, ""), ("145万吨", 2024, "")]
    sentence = opening.rfind("。") + 1 if "。" in opening else opening.rfind("\n") + 1
    assert parts["plan"][0] == len(_REVIEW) + sentence  # the plan starts at the goals sentence itself


@pytest.mark.parametrize("sentence", [
    "去年主要预期目标是：地区生产总值增长6.5%，全社会固定资产投资增长12%。",
    "2023年主要预期目标全面完成，地区生产总值增长6.5%，全社会固定资产投资增长12%。",
    "今后五年，全市经济社会发展的主要预期目标是：地区生产总值年均增长6.5%左右，全社会固定资产投资年均增长12%。",
    "年初确定的目标总体实现。2023年主要预期目标是：地区生产总值增长6.5%，全社会固定资产投资增长12%。",
], ids=["last-year", "goals-met", "the-term", "the-review-year"])
def test_last_years_or_the_terms_goals_stay_where_they_are(sentence: str) -> None:
    # near misses: last year's goals, the goals met, the term's and the reviewed year's (2023 under 一、2023年工作回顾) open no
    # plan; the plan heading still does
    text = _REVIEW + sentence + "\n\n**今后工作**\n\n全年新增贷款125亿元。\n\n三、大力发展现代农业\n\n确保粮食总产达到145万吨以上。\n"
    t, parts = _read(text)
    assert _rows(t) == [("145万吨", 2024, "")]
    assert parts["plan"][0] == text.index("三、大力发展现代农业")


def test_a_goals_sentence_opens_the_plan_in_a_text_without_headings() -> None:
    # no heading at all: 过去的一年 opens the review, and 为此，要重点抓好以下工作 (a lead before the formula) opened nothing,
    # so every goal was read as review; the goals sentence opens the plan
    text = ("2024年政府工作报告\n\n过去的一年，全年实现地区生产总值1600亿元，比上年增长6%；全社会固定资产投资增长15%。\n\n"
            "全市经济社会发展主要预期目标是：" + _GOALS + "\n\n为此，要重点抓好以下工作：\n\n确保粮食总产达到145万吨以上。\n")
    t, parts = _read(text)
    assert _rows(t) == [("7%", 2024, "6%"), ("20%", 2024, "15%"), ("145万吨", 2024, "")]
    assert parts["plan"][0] == text.index("全市经济社会发展")
