"""Held-out audit 53 (衡阳, 鄂尔多斯 2023), round fix121b: a grade word ending in 等 cut no name, a share before the standard its
subject reaches, a subject the later bare rates of a list share, and a key that names another subject."""
from __future__ import annotations

from target_cases import targets


def _names(t) -> list[str]:
    return list(t["indicator"])


def test_a_grade_word_ending_in_deng_is_no_end_of_examples() -> None:
    # 鄂尔多斯 row 48: 新晋2家二级甲等医院 was named 二级甲数 (甲等 cut at 等)
    t = targets("新增三级医院1家。", "新晋2家二级甲等医院。")
    assert "二级甲等医院数" in _names(t)[-1]
    # examples closed by 等 still end the noun
    t = targets("新增三级医院1家。", "新建2家社区医院、卫生院等机构。")
    assert "甲" not in _names(t)[-1]


def test_a_share_before_the_standard_its_subject_reaches() -> None:
    # 衡阳 row 41: 确保新建矿山100%达到绿色矿山标准 was named 矿山新建 (review: 绿色矿山覆盖率全省第一, no figure)
    t = targets("绿色矿山覆盖率全省第一。", "确保新建矿山100%达到绿色矿山标准。")
    assert _names(t) == ["新建矿山绿色矿山标准达标比例"]
    # a share with its own noun after it keeps its share_reaching name; a count keeps its convention
    t = targets("绿色矿山覆盖率全省第一。", "确保85%的新建矿山达到绿色矿山标准。新建学校5所。")
    assert _names(t) == ["新建矿山达到绿色矿山标准比例", "学校新建数"]


def test_later_bare_rates_share_the_first_members_subject_and_no_key_of_another_subject() -> None:
    # 鄂尔多斯 row 52: 信访事项及时受理率、按期办结率达到100% named 按期办结率, keyed proposal_completion_rate (deputies' motions)
    t = targets("166件人大代表议案建议全部办结。", "信访事项及时受理率、按期办结率达到100%。")
    assert _names(t) == ["信访事项及时受理率", "信访事项按期办结率"]
    assert not any(isinstance(k, str) and k == "proposal_completion_rate" for k in t["indicator_key"])
    # rates of as many characters each name their own subject: left alone
    t = targets("小学入学率达到100%。", "小学入学率、初中巩固率达到100%。")
    assert _names(t) == ["小学入学率", "初中巩固率"]
    # deputies' motions and proposals keep their key
    t = targets("议案办结率100%。", "人大代表建议、政协提案办结率达到100%。")
    assert "proposal_completion_rate" in set(t["indicator_key"])
