"""Round 171, fix171a (held-out set 89): report parts. A plan heading set in Markdown bold that names only the plan year
and its work (**2014年政府工作**) closes the review, so the goals sentence and the sections under it are the plan's; under a
review heading naming the term and the year (一、“十三五”发展成就和2020年工作回顾), the term's counts stated before the
sentence opening the year (各位代表，2020年是极不平凡的一年。, a sentence with no figure) are term totals, no baselines,
while a path's end reached (从45…下降到26…) stays the year's level. Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

import pandas as pd

from govreport import extract_quantities, read_text
from govreport.tables import build_targets


def _targets(text: str) -> pd.DataFrame:
    report = read_text(text)
    return build_targets(extract_quantities(report), text=report.text).set_index("text", drop=False)


def _baseline(t: pd.DataFrame, text: str) -> str:
    got = t.loc[[text]].iloc[-1]["baseline_text"]
    return "" if pd.isna(got) else str(got)


_HEAD = "——2024年2月1日在某市人民代表大会上\n\n某市市长 某某\n\n各位代表：\n\n现在，我代表市人民政府向大会作工作报告，请予审议。\n\n"
_BOLD_REVIEW = ("**2023年工作回顾**\n\n过去的一年，全年实现地区生产总值1600亿元，比上年增长6%；"
                "新增规模以上工业企业64户。\n\n")
_BOLD_PLAN = ("今年，是全面深化改革的重要一年。\n\n"
              "主要预期目标是：生产总值增长7%左右，全社会固定资产投资增长20%。\n\n"
              "**重点抓好五个方面工作：**\n\n"
              "一、突出特色优势产业，推动工业转型升级\n\n聚力主战场。重点项目是长远发展的坚实基础，必须取得突破。"
              "年内发展规模以上工业企业40户以上。\n\n"
              "二、大力发展现代农业，促进农村全面繁荣\n\n扩张特色农业规模。确保粮食总产达到145万吨以上。新发展苹果11万亩。\n")


def test_a_bold_plan_year_line_opens_the_plan() -> None:
    # 宝鸡 「**2014年政府工作**」 (3975): the goals sentence (4396) and sections 一、二 were read as 2013 actuals
    t = _targets(_HEAD + _BOLD_REVIEW + "**2024年政府工作**\n\n" + _BOLD_PLAN)
    assert {"7%", "20%", "40户"} <= set(t["text"])
    assert _baseline(t, "7%") == "6%"
    assert "11万亩" in set(t["text"])


def test_a_bold_review_year_line_opens_no_plan() -> None:
    # the boundary: a bold line naming the review year's work is no plan heading; the later plan heading still opens the plan
    text = (_HEAD + _BOLD_REVIEW + "**2023年政府工作**\n\n全年新增贷款125亿元。\n\n"
            "**2024年工作安排**\n\n" + _BOLD_PLAN)
    t = _targets(text)
    assert "125亿元" not in set(t["text"]) and {"7%", "40户"} <= set(t["text"])


_TERM_REVIEW = ("政府工作报告\n\n一、“十三五”发展成就和2020年工作回顾\n\n"
                "“十三五”时期是砥砺奋进、开拓创新的五年。\n\n乡村振兴焕发新活力。创建省级美丽城镇10个、特色精品村114个。"
                "市区PM2.5浓度均值从45微克/立方米下降到26微克/立方米。港口货物吞吐量完成2.77亿吨。"
                "民生事业取得新成果，新改扩建中小学校93所，新增学位49140个。\n\n"
                "各位代表，2020年是极不平凡的一年。全市上下众志成城战疫情、促发展。\n\n"
                "全年城镇新增就业7.4万人。\n\n")
_TERM_PLAN = ("二、2021年工作安排\n\n"
              "城镇新增就业2.2万人以上。创建省级美丽城镇10个、特色精品村23个。新增学位10230个。"
              "力争市区PM2.5浓度均值控制在27微克/立方米以下。港口货物吞吐量达到3亿吨。\n")


def test_term_counts_before_a_figureless_year_opening_are_no_baselines() -> None:
    # 衢州 rows 39, 40, 50: 「创建省级美丽城镇10个、美丽乡村特色精品村114个」 and 「新增学位49140个」 are 十三五 totals
    t = _targets(_TERM_REVIEW + _TERM_PLAN)
    assert _baseline(t, "23个") == "" and _baseline(t, "10个") == "" and _baseline(t, "10230个") == ""


def test_the_terms_path_end_and_the_years_flow_stay_baselines() -> None:
    # the boundary: the end of a 从…下降到 path is 2020's level (row 29), the year's own flow stays (row 2), and so does
    # a year's volume stated in the term's part (货物吞吐量完成2.77亿吨, regression 2022 text under 过去五年和2021年工作回顾)
    t = _targets(_TERM_REVIEW + _TERM_PLAN)
    assert _baseline(t, "27微克/立方米") == "26微克/立方米"
    assert _baseline(t, "2.2万人") == "7.4万人"
    assert _baseline(t, "3亿吨") == "2.77亿吨"  # a year's volume (the term's last year's), no total over the term
