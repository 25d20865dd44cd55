"""Plan figures that are no goal after audit 54 (fix72a): a class amount before a counted noun (池州, 凉山 kind), a list of
size classes closed by 以上 (广安), an amount class after a count and its counter (阳泉), a count in 在…的基础上 (阳泉)
or 以…为抓手 (滁州), pilots consolidated (滁州), a size in a project's name before 等N个项目 (池州), a programme taken on
with 接力实施 (池州); beside each, the neighbouring goal kept."""
from __future__ import annotations

from target_cases import targets

GOALS = "地区生产总值增长5%。"


def _rows(plan: str) -> list[str]:
    return list(targets(GOALS, plan, 2023)["text"])


def test_class_amount_before_a_counted_noun() -> None:
    """各县区分别引进50亿元以上主导产业项目不少于1个 (池州 row 53): 1个 the goal, 50亿元 its class."""
    rows = _rows("各县区分别引进50亿元以上主导产业项目不少于1个。")
    assert "50亿元" not in rows and "1个" in rows


def test_class_amount_without_a_count_after_stays() -> None:
    """引进50亿元以上，…: an amount to reach, kept."""
    assert "50亿元" in _rows("全年招商引资到位资金50亿元以上，新签约项目100个。")


def test_list_of_size_classes_closed_by_yishang() -> None:
    """力争50亿元、100亿元以上产业项目有新突破 (广安 row 25): neither amount a goal."""
    rows = _rows("力争50亿元、100亿元以上产业项目有新突破。")
    assert "50亿元" not in rows and "100亿元" not in rows


def test_amount_class_after_a_count_and_its_counter() -> None:
    """开工18座120万吨以上和灾害严重煤矿智能化改造 (阳泉 row 16): 18座 the goal, 120万吨 its class."""
    rows = _rows("开工18座120万吨以上和灾害严重煤矿智能化改造。")
    assert "120万吨" not in rows and "18座" in rows


def test_count_on_which_a_goal_builds() -> None:
    """在办好涉及我市12件省定民生实事的基础上，再新增3件 (阳泉 row 61): 3件 the goal, 12件 the ground."""
    rows = _rows("在办好涉及我市12件省定民生实事的基础上，再新增3件。")
    assert "12件" not in rows and "3件" in rows


def test_count_used_as_a_lever() -> None:
    """以实施省现代服务业发展20项重大工程为抓手 (滁州 row 47): no goal; 实施20项重大工程 alone is one."""
    assert "20项" not in _rows("以实施省现代服务业发展20项重大工程为抓手，加快发展工业设计。")
    assert "20项" in _rows("实施省现代服务业发展20项重大工程。")


def test_pilots_consolidated() -> None:
    """巩固农村3项“国字号”整市改革试点成果 (滁州 row 85): what there is."""
    assert "3项" not in _rows("巩固农村3项“国字号”整市改革试点成果。")


def test_size_in_a_project_name_before_deng_n_projects() -> None:
    """…宝镁900万片镁合金板、力劲5000台镁铝轻合金装备等15个项目开工建设 (池州 row 46): 15个 the goal."""
    rows = _rows("安芯6吋晶圆、宝镁900万片镁合金板、力劲5000台镁铝轻合金装备等15个项目开工建设。")
    assert "5000台" not in rows and "15个" in rows


def test_programme_taken_on() -> None:
    """接力实施10项暖民心行动 (池州 row 113): the province's programme taken on."""
    assert "10项" not in _rows("聚焦群众急难愁盼，接力实施10项暖民心行动，健全为民办实事长效机制。")
