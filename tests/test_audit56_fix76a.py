"""Plan-year targets (audit 56, fix76a): counts of a set worked on kept as goals — a past batch or a funded set whose
pace is sped up (淮北 fault 1, 贺州 fault 4), aspects, focus fields, a frame (菏泽 fault 3), a set raised and a
programme's package (崇左 fault 7) — and two project stages of one sentence read as one goal (崇左 fault 6); beside
each, the neighbouring reading kept."""
from __future__ import annotations

from target_cases import targets

REVIEW = "全年地区生产总值增长6%。"


def _texts(plan: str) -> list[str]:
    return list(targets(REVIEW, plan, 2023)["text"])


def test_last_years_batch_sped_up_is_no_goal_and_this_years_is_kept() -> None:
    """加快2023年度6个精品示范村…建设进度，启动2024年度6个… (淮北 L51): the 2023 batch is worked on; the 2024 6个 is
    the goal, no longer dropped as the same goal again."""
    plan = "加快2023年度6个精品示范村和36个中心村建设进度，启动2024年度6个精品示范村和30个中心村建设。"
    t = targets(REVIEW, plan, 2023)
    rows = t[t["text"] == "6个"]
    assert "36个" not in list(t["text"]) and "30个" in list(t["text"])
    assert len(rows) == 1
    row = rows.iloc[0]
    assert row["start"] - row["sentence_start"] > row["sentence"].find("启动")


def test_a_funded_set_sped_up_is_no_goal() -> None:
    """加快已获得国债资金支持的8个城市防洪排水工程建设进度 (贺州 L81)."""
    assert "8个" not in _texts("加快已获得国债资金支持的8个城市防洪排水工程建设进度，新建城市道路10条。")


def test_building_a_count_is_still_a_goal() -> None:
    """加快建设8个城市防洪排水工程: no 进度, the works to build, a goal."""
    assert "8个" in _texts("加快建设8个城市防洪排水工程，新建城市道路10条。")


def test_aspects_and_focus_fields_are_no_goals() -> None:
    """办好10个方面的民生实事; 紧盯15个重点领域 (菏泽 L63, L69)."""
    assert "10个" not in _texts("四是办好10个方面的民生实事。")
    assert "15个" not in _texts("紧盯15个重点领域，深化工作机制。")


def test_a_set_used_as_a_carrier_is_no_goal() -> None:
    """以9个省级化工园区为载体 (菏泽 L20): the parks there are, the frame of the work."""
    got = _texts("以9个省级化工园区为载体，做大做强石油化工，新建化工项目12个。")
    assert "9个" not in got and "12个" in got


def test_a_set_raised_and_a_programmes_package_are_no_goals() -> None:
    """重点提升40所国门学校建设水平; 深入实施健康崇左15项专项行动 (崇左 L65, L88)."""
    assert "40所" not in _texts("重点提升40所国门学校建设水平，新建学校5所。")
    assert "15项" not in _texts("深入实施健康崇左15项专项行动，持续开展爱国卫生运动。")


def test_two_project_stages_of_one_sentence_are_two_goals() -> None:
    """力争年内新开工重大项目100个、竣工100个 (崇左 L33): 竣工 is a goal of its own, not 新开工 stated again."""
    t = targets(REVIEW, "力争年内新开工重大项目100个、竣工100个，完成投资400亿元以上。", 2023)
    assert list(t["text"]).count("100个") == 2
