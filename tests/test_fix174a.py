"""Round 174, fix174a (held-out set 91): the same yearly flow in other words. 学前教育学位 are 幼儿园学位, and a 基础教育 member
of a list that counts 学前教育 apart is the 中小学 (or 义务教育) places (莆田 2022 rows 74, 75); 招引 is 引进 (row 52); 超额完成 after a
counted subject is no part of its name, and 加快 before a verb no kind of the projects (row 50); firms 达到入规标准 are the year's
new above-scale firms (通辽 2022 row 28). Near misses: 基础教育 alone, a narrower kind (农村幼儿园, 高中), a stock of firms, another
level of projects. Texts built from the reports' sentences, run through the real reader and extractor."""
from __future__ import annotations

import pandas as pd
import pytest

from govreport import extract_quantities, read_text
from govreport.tables import build_targets
from tests.target_cases import baseline_of, class_of


def _report(review: str, plan: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    text = f"政府工作报告\n一、2023年工作回顾\n{review}\n二、2024年工作安排\n{plan}\n"
    report = read_text(text)
    quantities = extract_quantities(report)
    return quantities, build_targets(quantities, text=report.text).set_index("text", drop=False)


def _targets(review: str, plan: str) -> pd.DataFrame:
    return _report(review, plan)[1]


_PLACES = "新增学前教育学位8805个、基础教育学位15535个。"


@pytest.mark.parametrize(("plan", "target", "baseline", "feasibility"), [
    ("新增幼儿园学位5000个、中小学学位2万个。", "5000个", "8805个", "below_last_year"),  # 莆田 row 74
    ("新增幼儿园学位5000个、中小学学位2万个。", "2万个", "15535个", "stretch"),  # 莆田 row 75
    ("新增幼儿园学位5000个、义务教育学位2万个。", "2万个", "15535个", "stretch"),  # 义务教育 is that rest too
])
def test_preschool_places_and_the_basic_education_member_beside_them(plan: str, target: str, baseline: str, feasibility: str) -> None:
    t = _targets(_PLACES, plan)
    assert (baseline_of(t, target), class_of(t, target)) == (baseline, feasibility)


@pytest.mark.parametrize(("review", "plan", "target"), [
    ("新增基础教育学位15535个。", "新增中小学学位2万个。", "2万个"),  # 基础教育 alone holds the kindergartens too
    (_PLACES, "新增高中学位2万个。", "2万个"),  # a narrower kind than the rest
    (_PLACES, "新增农村幼儿园学位5000个。", "5000个"),  # a narrower kind than 学前教育
    (_PLACES, "新增农村中小学学位2万个。", "2万个"),
])
def test_basic_education_alone_or_a_narrower_school_kind_takes_no_baseline(review: str, plan: str, target: str) -> None:
    assert baseline_of(_targets(review, plan), target) == ""


def test_projects_attracted_are_projects_brought_in() -> None:
    # 莆田 row 52: 招引 and 引进 name one flow
    t = _targets("引进亿元以上产业项目123个。", "招引亿元以上投资项目100个。")
    assert (baseline_of(t, "100个"), class_of(t, "100个")) == ("123个", "below_last_year")


_KEY_PROJECTS = "330个市重点项目超额完成700亿元的投资任务。"


def test_projects_that_exceeded_their_task_are_named_without_the_excess() -> None:
    # 莆田 row 50: the count is of 市重点项目, 超额 no part of its name; 加快 before 建设 no kind of the projects
    quantities, t = _report(_KEY_PROJECTS, "加快建设330个市重点项目，完成投资850亿元。")
    review = quantities[(quantities["text"] == "330个") & (quantities["role"] == "actual")]
    assert list(review["indicator"]) == ["市重点项目数"]
    assert (baseline_of(t, "330个"), class_of(t, "330个")) == ("330个", "modest")


def test_another_level_of_projects_pushed_on_takes_no_baseline() -> None:
    # near miss: the province's key projects are no count of the city's, 加快 or not
    t = _targets("330个省重点项目超额完成700亿元的投资任务。", "加快建设330个市重点项目，完成投资850亿元。")
    assert baseline_of(t, "330个") == ""


_FIRMS_PLAN = "开展规上企业护航、“专精特新”和“小升规”企业培育行动，新增规上工业企业20户。"


def test_firms_reaching_the_above_scale_threshold_are_the_years_new_ones() -> None:
    # 通辽 row 28: 26户企业达到入规标准 is the year's flow of firms above designated size
    t = _targets("实施主导产业强链条夯基础项目156个，26户企业达到入规标准。", _FIRMS_PLAN)
    assert (t.loc["20户", "indicator_key"], baseline_of(t, "20户"), class_of(t, "20户")) == \
        ("firms_upgraded", "26户", "below_last_year")


def test_the_stock_of_above_scale_firms_is_no_baseline_of_those_added() -> None:
    # near miss: how many there are, not how many were added
    t = _targets("全市规上工业企业达到560户。", _FIRMS_PLAN)
    assert baseline_of(t, "20户") == ""
