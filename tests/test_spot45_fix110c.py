"""Held-out audit 45 (梅州, 朝阳, 普洱, 昭通 2023), round fix110c: counts of a set the plan works on, joins, runs well or
speeds up, and the fields a later count is split into, taken as goals."""
from __future__ import annotations

from target_cases import targets

NO_REVIEW = "全年经济稳中有进。"


def _goals(plan: str, review: str = NO_REVIEW) -> set[str]:
    """The texts of the target rows of ``plan`` (a 2023 plan after a 2022 review)."""
    return set(targets(review, plan, 2022)["text"])


def test_a_pivot_verb_after_a_quoted_label_works_on_a_set() -> None:
    # 梅州 row 7: “一园一策”推动10个省级产业园（集聚地）提质增效
    assert "10个" not in _goals("“一园一策”推动10个省级产业园（集聚地）提质增效。")
    # a goal verb after the label still sets a goal
    assert "10个" in _goals("“一园一策”新建10个省级产业园。")


def test_progress_shown_ends_the_work_on_a_set() -> None:
    # 梅州 row 27, 朝阳 row 7: 见到成效 and 取得新进展 like 取得实质性成效; classes (8大产业集群) before the count
    assert "10个" not in _goals("推动10个乡村产业社区试点建设见到成效。")
    assert "17条" not in _goals("推进8大产业集群17条产业链建设取得新进展。")
    # a figure in the clause still makes it a goal
    assert "10个" in _goals("新建10个乡村产业社区试点。")


def test_a_joining_verb_and_a_higher_level_is_that_levels_set() -> None:
    # 梅州 row 9: 积极对接省20个战略性产业集群
    assert "20个" not in _goals("积极对接省20个战略性产业集群。")
    assert "20个" in _goals("积极培育20个战略性产业集群。")


def test_schools_run_well_are_the_schools_there_are() -> None:
    # 梅州 row 46: 办好10所示范高中; 办好 in a per-place frame stays a goal
    assert "10所" not in _goals("提质发展高中教育，办好10所示范高中。")
    assert "1所" in _goals("每个县至少办好1所优质公办高中。")


def test_improving_and_strengthening_take_the_set_there_is() -> None:
    # 朝阳 row 12: 不断完善7个…集聚区建设; 普洱 row 8: 建好建强3个省级园区
    assert "7个" not in _goals("不断完善7个农产品加工集聚区建设。")
    assert "3个" not in _goals("建好建强3个省级园区。")
    # 建好 alone builds this year (the documented 建好100个“宜就业”示范驿站)
    assert "100个" in _goals("建好100个“宜就业”示范驿站。")


def test_county_towns_after_a_pace_and_pivot_verb_are_places() -> None:
    # 朝阳 row 45: 加快推进5个县城更新改造
    assert "5个" not in _goals("加快推进5个县城更新改造。")
    assert "5个" in _goals("加快推进5个老旧小区改造。")


def test_fields_before_a_count_are_its_classes() -> None:
    # 昭通 row 5: 推进10个领域100个重大项目建设
    got = _goals("推进10个领域100个重大项目建设。")
    assert "10个" not in got and "100个" in got
    assert "10个" in _goals("拓展10个领域应用场景。")


def test_a_set_under_way_sped_up_is_no_goal() -> None:
    # 昭通 row 12: 加快打造9个万人安置点脱贫致富示范区 after the review's 9个…示范区加快建设
    review = "9个万人安置点脱贫致富示范区加快建设。"
    assert "9个" not in _goals("加快打造9个万人安置点脱贫致富示范区。", review)
    # a different count is a goal of its own
    assert "12个" in _goals("加快打造12个万人安置点脱贫致富示范区。", review)
