"""Spot audit 36 (round 88, fix88a): the same measure stated in the review in other words."""
from __future__ import annotations

from target_cases import baseline_of, class_of, targets


def test_rural_roads_under_another_name() -> None:
    """乡村公路 and 农村牧区道路 are 农村公路, 新改建 is 新建 (鄂尔多斯 2025 row 45)."""
    t = targets("新改建农村牧区道路875公里、户厕2265个。", "完善基础建设，新改建乡村公路274公里，实施农村牧区供水工程14项。")
    assert baseline_of(t, "274公里") == "875公里"
    assert class_of(t, "274公里") == "below_last_year"


def test_a_programmes_current_phase_counts_its_projects() -> None:
    """“三北”工程六期重点防沙治沙项目 are the programme's projects of this phase (鄂尔多斯 2025 row 57)."""
    t = targets("打好黄河“几字弯”攻坚战，实施“三北”工程六期重点防沙治沙项目21个，成立全国首家“三北”工程推进中心。",
                "实施“三北”工程项目19项，全线贯通库布其北缘锁边林带。")
    assert baseline_of(t, "19项") == "21个"


def test_organised_and_carried_out_is_no_kind_of_project() -> None:
    """组织实施重点项目264个: 组织实施 says how, not which projects; 296个重点项目开复工 measures it (乌海 2024 row 10)."""
    t = targets("组建小分队助企解难，296个重点项目开复工率100%，完成投资263亿元。",
                "坚持“争先进位、赛马比拼”机制，组织实施重点项目264个。", 2023)
    assert baseline_of(t, "264个") == "296个"


def test_village_sewage_is_domestic_sewage() -> None:
    """完成261个村生活污水治理 and 274个村完成污水治理 count one work (邢台 2024 row 39)."""
    t = targets("95%以上的农村设置了快递服务站；274个村完成污水治理；818个村完成道路硬化。",
                "提升农村供水、供电等公共服务水平，完成261个村生活污水治理，力争快递服务站实现行政村全覆盖。", 2023)
    assert baseline_of(t, "261个") == "274个"


def test_one_change_shared_with_jun_is_each_members() -> None:
    """游客人次、旅游收入均增长60%: the growth of visits too, not only of revenue (双鸭山 2024 row 46)."""
    t = targets("游客人次、旅游收入均增长60%。", "接待旅游人次、旅游收入均增长30%以上。", 2023)
    rows = t.loc[["30%"]]
    visits = rows[rows["indicator"] == "旅游人次增长"].iloc[0]
    assert visits["baseline_text"] == "60%" and visits["feasibility"] == "below_last_year"
