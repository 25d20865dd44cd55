"""Targets after the audit of session 7 (city_wuhan_2024 read row by row; the sentences here are
written in the style of a city report, with other numbers and wording): sets the plan works
through are no targets, an amount that classes a count is a threshold, 净增 is no scope, and
培育 adds new ones (docs/assumptions.md#review-part-targets, #target-kinds, #baseline-matching)."""
from __future__ import annotations

import pytest

from govreport import extract_quantities, read_text
from target_cases import targets

REVIEW = "全市新增就业10万人。"


@pytest.mark.parametrize("plan, figure", [
    # what the plan supports or strengthens is there already: no amount to produce
    ("强化基础研究，支持6家省实验室多出成果。", "6家"),
    ("突出企业创新主体地位，支持35家新型研发机构加快发展。", "35家"),
    ("深入落实链长机制，做强12条重点产业链。", "12条"),
    ("做强3个国家级先进制造业集群，加快培育未来产业。", "3个"),
    ("推动老城区转型提质，支持5个中心城区做强楼宇经济、总部经济。", "5个"),
    # places moved to act: the places the plan works through
    ("推动3个副城产城融合，加快建设科创新城。", "3个"),
    ("推动6个新城区以数字化赋能城乡融合发展。", "6个"),
])
def test_a_set_the_plan_supports_or_moves_is_no_target(plan, figure) -> None:
    assert figure not in targets(REVIEW, plan).index


@pytest.mark.parametrize("plan, figure", [
    ("推动12个重点物流项目建成投运，完善县乡村三级物流体系。", "12个"),  # projects to complete: a goal
    ("支持企业数字化转型，新建5G工厂20家。", "20家"),  # 支持 heads another clause's goal
    ("推动2万家工业企业技术改造和数字化转型。", "2万家"),  # firms, not places
])
def test_an_amount_to_produce_after_the_same_verbs_stays_a_target(plan, figure) -> None:
    assert figure in targets(REVIEW, plan).index


def test_an_amount_that_classes_the_count_before_it_is_a_threshold() -> None:
    # the noun is left out before the comma and named once for the whole list
    t = targets(REVIEW, "新开工甲乙光电基地、丙丁材料二期等18个30亿元以上，戊己智能装备等250个亿元以上工业项目。")
    assert "30亿元" not in t.index
    assert {"18个", "250个"} <= set(t.index)


def test_net_additions_name_no_scope_of_a_total() -> None:
    # the total's clause borrows 净增 from the clause before it: the same indicator, the same scope
    t = targets("净增高新技术企业超1500家，总量达1.2万家。", "力争高新技术企业达到1.3万家。")
    row = t.loc["1.3万家"]
    assert (row.indicator_key, row.baseline_text, row.feasibility) == ("high_tech_enterprises", "1.2万家", "modest")


def test_firms_cultivated_in_the_year_are_a_flow() -> None:
    # 培育 adds new firms: fewer than last year's additions is below last year, not met already
    t = targets("专精特新中小企业新增520家。", "加强质量支撑，培育专精特新企业450家。")
    row = t.loc["450家"]
    assert (row.measure, row.baseline_text, row.feasibility) == ("flow", "520家", "below_last_year")


def test_firms_cultivated_to_a_level_stay_a_stock() -> None:
    t = targets("专精特新中小企业新增520家。", "培育专精特新企业达到3000家。")
    assert t.loc["3000家"].measure == "stock"


def test_lines_improved_are_not_measured_by_lines_opened() -> None:
    # 优化 (improve) is another action than 开通 (open): no baseline rather than a wrong one
    t = targets("全年开通定制公交线路180条，畅通微循环路90条。", "优化微循环和定制公交线路50条以上。")
    assert t.loc["50条"].feasibility == "no_baseline"


def test_labs_restructured_and_built_are_measured_alike() -> None:
    # 优化重组和新建 in the plan, 获批重组和新建 in the review: the same action on the same labs
    t = targets("11家全国重点实验室获批重组和新建，5个大科学装置建设有力推进。",
                "优化重组和新建9家全国重点实验室。")
    assert (t.loc["9家"].baseline_text, t.loc["9家"].feasibility) == ("11家", "below_last_year")


def test_classes_listed_before_their_noun_share_it() -> None:
    # 百亿元级、十亿元级、亿元级项目: each class counts projects, not 级
    t = targets(REVIEW, "储备实施65个百亿元级、820个十亿元级、1700个亿元级项目，加快项目建设。")
    assert t.loc["65个"].indicator.endswith("百亿元级项目数")
    assert t.loc["820个"].indicator == "储备实施十亿元级项目数"  # and the list's verb (audit 12)


@pytest.mark.parametrize("sentence, figure, name", [
    ("东湖科学城建设提速，9个大科学装置建设有力推进。", "9个", "大科学装置建设数"),
    ("科技创新体系更加完善，41家新型研发机构加快发展。", "41家", "新型研发机构数"),
    ("重大水利工程已开工的38个项目要加快建设。", "38个", "项目数"),
])
def test_the_noun_after_a_count_ends_where_what_the_things_do_starts(sentence, figure, name) -> None:
    q = extract_quantities(read_text(f"政府工作报告\n一、2024年工作回顾\n{sentence}\n"))
    assert q.set_index("text").loc[figure].indicator == name
