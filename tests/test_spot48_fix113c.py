"""Spot audit 48 (哈密, 河源, 漯河, 怒江 2023), round fix113c: the names of counts shared by 各."""
from __future__ import annotations

from target_cases import targets


def _names(plan: str) -> list[str]:
    """The indicators of the target rows of ``plan``, in order."""
    return list(targets("全年完成投资100亿元。", plan)["indicator"])


def test_a_site_head_after_the_last_member_is_every_members() -> None:
    # 怒江 G1 rows 40-42: 打造标准化生猪、肉羊、肉牛养殖基地各2个 counts sites, not animals (no hog or sheep keys)
    t = targets("全年完成投资100亿元。", "打造标准化生猪、肉羊、肉牛养殖基地各2个。")
    assert list(t["indicator"]) == ["标准化生猪养殖基地数", "标准化肉羊养殖基地数", "标准化肉牛养殖基地数"]  # (each 标准化: fix114a)
    assert not any(isinstance(k, str) and k for k in t["indicator_key"])
    # members that are animals counted in head: each member's own count, no site head
    assert _names("新增生猪、肉牛各2万头。") == ["新增生猪量", "新增肉牛量"]
    # a member naming a site of its own keeps its name
    assert "蔬菜种植基地养殖基地数" not in "".join(_names("建设蔬菜种植基地、肉牛养殖基地各2个。"))
