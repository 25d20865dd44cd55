"""Spot audit 36 (鄂尔多斯, 大理 2025), round fix88b: a baseline of a narrower, wider or other set refused (规上制造业 for
规上工业, one list's projects' investment for all, 幸福小院等服务设施 for 幸福小院), and a 分别 list of two growths with one
value read as two goals."""
from __future__ import annotations

from target_cases import targets


def _row(review: str, plan: str) -> dict[str, tuple[str, str]]:
    t = targets(review, plan, 2024)
    return {i: (b, f) for i, b, f in zip(t["indicator"], t["baseline_text"], t["feasibility"])}


def test_manufacturing_is_no_baseline_of_industry() -> None:
    # 鄂尔多斯 L19 (row 1) against L5: 二产增长7%，规上制造业增加值增长16.4%
    assert _row("二产增长7%，规上制造业增加值增长16.4%。", "规上工业增加值增长6.5%以上。")["规上工业增加值增长"][1] == "no_baseline"
    assert _row("规上工业增加值增长8%。", "规上工业增加值增长6.5%以上。")["规上工业增加值增长"][0] == "8%"


def test_one_project_lists_investment_is_not_all_projects() -> None:
    # 鄂尔多斯 L25 (row 9) against L6: 配套《重大项目清单》涉及的23个项目开工16个、完成投资628亿元
    plan = "力争433个重点项目上半年全部开复工，完成项目投资1700亿元以上。"
    assert _row("配套《重大项目清单》涉及的23个项目开工16个、完成投资628亿元。", plan)["项目投资"][1] == "no_baseline"
    assert _row("全年完成项目投资628亿元。", plan)["项目投资"][0] == "628亿元"


def test_a_wider_set_named_by_example_is_no_baseline() -> None:
    # 大理 L60 (row 50) against L15: 建成农村“一老一小”幸福小院等服务设施765个
    assert _row("建成农村“一老一小”幸福小院等服务设施765个。", "新建幸福小院200个。")["幸福小院新建数"][1] == "no_baseline"
    assert _row("建成农村幸福小院765个。", "新建幸福小院200个。")["幸福小院新建数"][0] == "765个"


def test_a_fenbie_list_of_two_growths_with_one_value_gives_two_rows() -> None:
    # 大理 L26 (row 18): 旅游总花费、过夜游客分别增长3%以上; the review's 旅游总花费…增长7% is the first one's baseline
    rows = _row("全市旅游总花费1716.6亿元、增长7%。", "新创建3个3A级以上景区，旅游总花费、过夜游客分别增长3%以上。")
    assert rows["旅游总花费增长"] == ("7%", "below_last_year")
    assert "过夜游客增长" in rows
