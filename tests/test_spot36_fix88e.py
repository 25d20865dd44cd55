"""Spot audits 36 (邢台, 衡水, 上饶 2024 and the plan sentences of round 88), round fix88e: a compound verb before a count
kept in its name (优化提升, 谋划推进), a light verb before projects that reach an end dropped for that end, and a verb a kept leading word opens kept whole (新改扩建)."""
from __future__ import annotations

from govreport.extract import extract_quantities
from govreport.report import read_text


def _names(text: str) -> dict[str, str]:
    q = extract_quantities(read_text("2024年工作安排\n" + text))
    return dict(zip(q["text"], q["indicator"]))


def test_a_compound_verb_before_a_count_is_kept() -> None:
    # 邢台 L49 (row 55): the bases upgraded this year, not a stock of bases
    assert _names("优化提升16家创业孵化基地，帮扶高校毕业生就业。")["16家"] == "优化提升创业孵化基地数"
    # 衡水 L45 (row 43): the projects the plan works on, not any project of the class
    assert _names("实施宜居县城建设行动，谋划推进100个亿元以上项目，改善人居环境。")["100个"] == "谋划推进亿元以上项目数"


def test_a_light_verb_before_projects_gives_way_to_their_end() -> None:
    # 推动N个…项目加快落地: the projects that reach the end, not 推动项目数
    assert _names("推动20个项目加快落地。")["20个"] == "项目落地数"


def test_a_verb_a_kept_leading_word_opens_is_kept_whole() -> None:
    # 上饶 L50 (row 70): 新改扩建 is one verb, not 新改 and 扩建
    assert _names("新改扩建市七小、广丰城北中学等中小学42所，新增学位2.3万个以上。")["42所"] == "新改扩建中小学数"
    assert _names("新增黄石、咸宁、天门等全国文明城市3个。")["3个"] == "新增全国文明城市数"
