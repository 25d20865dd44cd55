"""Spot audit 36, round 90 (part c): plan figures that are no targets (丹东, 天水, 张家口 2025), each rule on a short
sentence through the real reader and extractor; a control sentence in each keeps the goal the rule must not drop."""
from __future__ import annotations

from target_cases import targets

REVIEW = "城镇新增就业3万人。"


def test_running_projects_pushed_to_full_output_are_a_set() -> None:
    """推动27个在建项目、30个投运项目达产增效 (张家口 L37): projects already running; 新开工30个项目 stays."""
    t = targets(REVIEW, "推动27个在建项目、30个投运项目达产增效。新开工12个产业项目。")
    assert "30个" not in t.index and "12个" in t.index


def test_the_plans_measures_landed_are_a_package() -> None:
    """大力推动81项对标提升举措落地见效 (张家口 L39; 林芝 98项具体举措落地落实): the plan's own list of measures."""
    t = targets(REVIEW, "大力推动81项对标提升举措落地见效。新增市场主体15项。")
    assert "81项" not in t.index and "15项" in t.index


def test_existing_parks_whose_level_is_raised_are_a_set() -> None:
    """加快提升2个冰雪产业园区能级 (张家口 L39): two parks there are, upgraded; 新建3个产业园区 stays."""
    t = targets(REVIEW, "加快提升2个冰雪产业园区能级。新建3个产业园区。")
    assert "2个" not in t.index and "3个" in t.index


def test_a_set_of_which_more_are_sought_is_no_count() -> None:
    """争取因灾谋划的316个基础设施项目更多获批 (丹东 L48): the goal is more of them approved, not 316."""
    t = targets(REVIEW, "争取因灾谋划的316个基础设施项目更多获批，增强人口集聚力。争取50个项目获批。")
    assert "316个" not in t.index and "50个" in t.index


def test_classes_of_livelihood_items_are_no_goal() -> None:
    """高质量办好10类民生实事 (丹东 L78): classes of a list, as 办好10个方面的民生实事."""
    t = targets(REVIEW, "高质量办好10类民生实事。推进20类高频证照“免提交”。")
    assert "10类" not in t.index and "20类" in t.index


def test_a_grant_per_person_is_a_standard() -> None:
    """对1000名困难家庭子女普通高校入学给予资助，录取到本科院校的一次性补助1万元、专科院校补助8000元 (天水 L74):
    what each student gets; the 1000名 helped and a total paid (发放补助资金500万元) stay."""
    t = targets(REVIEW, "对1000名困难家庭子女普通高校入学给予资助，录取到本科院校的一次性补助1万元、专科院校补助8000元。"
                        "发放稳岗补助资金500万元。")
    assert "1万元" not in t.index and "8000元" not in t.index
    assert "1000名" in t.index and "500万元" in t.index
