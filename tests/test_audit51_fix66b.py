"""Round fix66b (audit 51, 资阳 and 贵港): named firms closed by 等 that 打造 raises to a scale class are a set
designated, no target; a tonnage before a descriptor noun (149万吨水平) is a level to keep, not a project's capacity."""
from __future__ import annotations

from target_cases import targets

PLAN_WORDS = "地区生产总值增长6%以上。"
REVIEW = "地区生产总值增长6.8%，粮食产量149.3万吨。"


def test_firms_raised_to_a_scale_class_are_no_target() -> None:
    """资阳 row 22: 加快打造鸿星尔克、安踏安鑫等4个“五百万双级”龙头鞋纺企业 designates the named firms."""
    t = targets(REVIEW, PLAN_WORDS + "加快打造鸿星尔克、安踏安鑫等4个“五百万双级”龙头鞋纺企业，推动联友、乾源等纺织企业满产达效。")
    assert "4个" not in t.index


def test_examples_made_without_a_class_stay_goals() -> None:
    """Neighbouring right behaviour: examples closed by 等 with no scale class after the count
    (新创无废工厂、无废学校、无废公园等120个) stay an amount to produce."""
    t = targets(REVIEW, PLAN_WORDS + "强化建设用地环境准入管理，新创无废工厂、无废学校、无废公园等120个。")
    assert "120个" in t.index


def test_grain_kept_at_a_level_is_a_goal() -> None:
    """贵港 missed #9: 粮食产量稳定在149万吨水平 — 水平 is no project noun; baseline 149.3万吨."""
    t = targets(REVIEW, PLAN_WORDS + "新建改造高标准农田41.2万亩，粮食产量稳定在149万吨水平，确保粮食安全。")
    assert "149万吨" in t.index
    assert t.loc["149万吨", "indicator_key"] == "grain_output"
    assert float(t.loc["149万吨", "baseline_value"]) == 1493000.0


def test_a_capacity_in_a_project_name_stays_out() -> None:
    """Neighbouring right behaviour: 建成700万吨露天矿 names a project by its capacity."""
    t = targets(REVIEW, PLAN_WORDS + "加快建设700万吨露天矿，推动5万千瓦风电项目并网。")
    assert "700万吨" not in t.index
