"""Held-out audit 40 (白城, 本溪, 克孜勒苏, 松原 2025), round fix101b: figures that are no goals of the plan year (sets the
plan works on, its own task lists, project sizes), and a share of key projects started by mid-year, a goal."""
from __future__ import annotations

from target_cases import targets

REVIEW = "地区生产总值增长5%。"


def _rows(plan: str) -> dict[str, str]:
    """The target rows of ``plan`` (a plan part): figure text -> indicator."""
    t = targets(REVIEW, plan)
    return dict(zip(t["text"], t["indicator"]))


def test_designated_sets_attended_to_are_no_goals() -> None:
    # 白城: 抓好4个省级化工园区; 全力抓好32个…国家试点项目; 抓好大安、通榆2个…示范工程
    assert "4个" not in _rows("抓好4个省级化工园区，力争洮南化工园区通过省级验收。")
    assert "32个" not in _rows("全力抓好32个盐碱地治理国家试点项目。")
    assert "2个" not in _rows("推广新能源供暖方式，抓好大安、通榆2个新能源助力乡村振兴示范工程。")
    # projects, and work on a park, stay goals
    assert "11个" in _rows("抓好11个煤层气地面开采项目。")
    assert "9个" in _rows("抓好9个化工园区整治提升。")


def test_projects_under_way_named_inside_the_noun() -> None:
    # 白城: 推进28个盐碱地治理在建项目 (在建 after a field word)
    assert "28个" not in _rows("推进28个盐碱地治理在建项目，力争新增耕地4万亩以上。")
    # projects with no existing word stay goals
    assert "28个" in _rows("推进28个盐碱地治理项目。")


def test_a_stock_moved_toward_a_form() -> None:
    # 白城: 带动23万亩庭院经济向规模化、特色化、市场化提升
    assert "23万亩" not in _rows("大力发展庭院辣椒，带动23万亩庭院经济向规模化、特色化、市场化提升。")
    assert "23万亩" in _rows("带动发展庭院经济23万亩。")


def test_every_member_of_a_set_given_a_thing() -> None:
    # 本溪: 实现主城区26个街道均有老年人助餐服务示范点 (均有, like 全覆盖)
    assert "26个" not in _rows("推动社区食堂建设，实现主城区26个街道均有老年人助餐服务示范点。")
    assert "26个" in _rows("推动社区食堂建设，建成26个老年人助餐服务示范点。")


def test_effort_raised_on_a_set() -> None:
    # 克孜勒苏: 加大萨瓦亚尔顿金矿等4个资源基地勘查力度
    assert "4个" not in _rows("实施找矿行动，加大萨瓦亚尔顿金矿等4个资源基地勘查力度。")
    assert "4个" in _rows("实施找矿行动，新建4个资源基地。")


def test_the_plans_own_packages_and_lists() -> None:
    # 松原: 细化…56项改革事项; 实施…行动，完成30项工作任务; 5大类21项目标
    assert "56项" not in _rows("深入落实实施意见，细化支持全面创新等11个领域56项改革事项，逐项制定工作方案。")
    assert "30项" not in _rows("实施国有企业改革深化提升行动，完成30项工作任务、落实65项具体措施。")
    assert "21项" not in _rows("紧盯138项任务，经济发展、创新驱动、民生福祉、绿色生态、安全保障5大类21项目标，进一步加大推进力度。")
    # tasks with no action before them, and an amount before a task, stay goals
    assert "30项" in _rows("完成30项重点任务。")
    assert "148万担" in _rows("完成148万担烟叶收购任务。")


def test_the_design_size_of_a_project_only_started() -> None:
    # 松原: 启动实施扶余骏平灌区工程，新增灌溉面积18.8万亩
    assert "18.8万亩" not in _rows("启动实施扶余骏平灌区工程，新增灌溉面积18.8万亩。")
    assert "18.8万亩" in _rows("实施高效节水灌溉工程，新增灌溉面积18.8万亩。")


def test_a_share_of_key_projects_started_by_mid_year() -> None:
    # 白城: 确保一季度投资“开门红”，上半年90%以上重点项目开复工
    rows = _rows("深入开展项目攻坚三年行动，确保一季度投资“开门红”，上半年90%以上重点项目开复工。")
    assert rows["90%"] == "上半年重点项目开复工比例"
    assert _rows("确保上半年80%以上重点项目开工。")["80%"] == "上半年重点项目开工比例"
    # a measure before the share still classes what follows
    assert "70%" not in _rows("资产负债率70%以上企业减少。")
