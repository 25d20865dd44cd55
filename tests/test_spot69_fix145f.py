"""Held-out set 69 (萍乡, 中山, 丽江, 金华 2021), round fix145f: figures that are no goal (fault T) — thresholds before 的 and a
noun, a number naming a project class, the size of a set the review already names, of a list naming every member, of the
places the next count lies in, of the whole set a coverage covers, and of a first batch sped up."""
from __future__ import annotations

from target_cases import targets

REVIEW = "全年引进项目21个。"


def _texts(plan: str, review: str = REVIEW) -> list[str]:
    """The target texts of ``plan`` (a 2021 plan after a 2020 review)."""
    return [str(x) for x in targets(review, plan, 2020)["text"]]


def test_revenue_thresholds_before_a_noun_are_no_goals() -> None:
    # 萍乡 rows 19–21: 新增一批营业收入超10、20、50亿元的工业企业 (the count is 一批, no figure)
    got = _texts("力争全年新增规上工业企业80家，新增一批营业收入超10、20、50亿元的工业企业。")
    assert got == ["80家"]
    # a count of the class stays a goal; the class itself, without 的, is left as it was
    assert _texts("新增营业收入超10亿元企业5家。") == ["5家"]
    # 的 before a goal word: the amount is the goal
    assert "100亿元" in _texts("力争实现营业收入超100亿元的目标。")


def test_a_quoted_project_class_name_is_no_count() -> None:
    # 萍乡 row 25: 力争引进5020项目超过去年水平, the review writing 全年引进“5020”项目21个
    assert _texts("力争引进5020项目超过去年水平。", "全年引进“5020”项目21个。") == []
    # the number quoted nowhere: left as it was
    assert _texts("力争引进5020项目超过去年水平。") == ["5020项"]
    # 项目标 counts tasks (项 + 目标), never a label
    assert _texts("全年完成1000项目标任务。", "全年引进“1000”项目21个。") == ["1000项"]


def test_a_set_the_review_names_said_again_is_no_goal() -> None:
    # 丽江 row 33: the review's 打好蓝天、碧水、净土三大保卫战和8个标志性战役, again after 持续
    review = "打好蓝天、碧水、净土三大保卫战和8个标志性战役。"
    plan = "持续打好蓝天、碧水、净土三大保卫战和8个标志性战役。"
    assert _texts(plan, review) == []
    # the review naming no such set: left as it was
    assert _texts(plan) == ["8个"]
    # a goal verb repeated with the same count is this year's goal again
    assert _texts("继续新建5G基站1000个。", "新建5G基站1000个。") == ["1000个"]


def test_a_count_of_a_list_naming_every_member_is_no_goal() -> None:
    # 丽江 row 36: 科学划定生态保护红线、永久基本农田、城镇开发边界3条控制线
    assert _texts("科学划定生态保护红线、永久基本农田、城镇开发边界3条控制线，逐步形成三大格局。") == []
    # a count of things to build stays a goal
    assert _texts("建设3条快速路。") == ["3条"]


def test_the_places_a_next_count_lies_in_are_no_goal() -> None:
    # 中山 rows 19, 20: 动工建设非中心组团15个流域11个项目 (11个 stays)
    assert _texts("完成中心组团78条未达标水体整治，动工建设非中心组团15个流域11个项目。") == ["78条", "11个"]
    # a count with a mark before the next one stays
    assert _texts("新建15个口袋公园、11个体育公园。") == ["15个", "11个"]


def test_the_whole_set_a_coverage_covers_is_no_goal() -> None:
    # 中山 row 60: 对全市25个养老机构开展心理关爱行动全覆盖
    assert "25个" not in _texts("对全市25个养老机构开展心理关爱行动全覆盖。")
    # 实现…全覆盖 with no whole place: untouched
    assert _texts("新增养老床位500张，实现25个养老机构心理关爱全覆盖。") == ["500张", "25个"]


def test_a_first_batch_sped_up_is_no_goal() -> None:
    # 金华 row 56: 加快首批总投资1518亿元的74个重大项目建设
    assert "74个" not in _texts("加快首批总投资1518亿元的74个重大项目建设，确保区内新设市场主体数量翻番。")
    # no batch word: the year's projects, a goal
    assert _texts("加快74个重大项目建设。") == ["74个"]
