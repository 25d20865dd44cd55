"""fix175a (held-out set 92 锦州 2022, row 41 and every baseline's year): a review headed by the term's first year.

一、2018年以来工作回顾 names the government's term since 2018, not a review of 2018: the review year is the year before the
plan's (report/header), and the term's flows before the year's part (各位代表！2021年是本届政府任期的最后一年，…) are the
term's totals, no one-year baseline (tables/year_spans.term_totals). Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

import pandas as pd

from govreport import build_tables, read_text
from tests.target_cases import baseline_of

_TEXT = ("锦州市政府工作报告\n一、{heading}\n四年来，我们攻坚克难。基础设施不断完善，新改建、维修改造农村公路3451公里。\n"
         "各位代表！2021年是本届政府任期的最后一年，我们稳中求进。新改建、维修改造农村公路794公里，建成农村饮水工程291处。\n"
         "二、2022年工作安排\n新改建、维修改造农村公路550公里，建设农村饮水工程197处。\n")


def _tables(heading: str) -> tuple[object, pd.DataFrame]:
    report = read_text(_TEXT.format(heading=heading))
    return report, build_tables(report)["targets"].set_index("text", drop=False)


def test_a_heading_since_a_year_names_the_term_and_the_review_is_the_year_before_the_plan() -> None:
    report, t = _tables("2018年以来工作回顾")
    assert (report.review_year, report.plan_year) == (2021, 2022)
    assert baseline_of(t, "550公里") == "794公里"  # 3451公里 is 2018–2021's
    assert t.loc["550公里", "baseline_year"] == 2021


def test_a_heading_naming_the_review_year_keeps_it() -> None:
    # near miss: 一、2021年工作回顾 is the year's review; the recap's 3451 comes first and stays a candidate
    report, t = _tables("2021年工作回顾")
    assert (report.review_year, report.plan_year) == (2021, 2022)
