"""Held-out audit 46 (洛阳 2023), round fix111a: list members named with the wrong member's words (a verb-only member's
head, a sibling's 以上 after a level replaced, a set named by examples as the scene of a clause with a noun of its own)."""
from __future__ import annotations

from target_cases import targets


def _name(t, text: str) -> str:  # type: ignore[no-untyped-def]
    """The indicator of the last target row written ``text``."""
    return str(t.loc[[text]].iloc[-1]["indicator"])


def test_a_verb_only_member_takes_the_head_without_the_first_verb() -> None:
    # 洛阳 row 69: 谋划亿元以上产业项目200个、新签约120个 -> 新签约亿元以上产业项目数 (not 谋划新签数)
    t = targets("预计全年经济增长3.5%左右。", "谋划亿元以上产业项目200个、新签约120个。", 2022)
    assert _name(t, "120个") == "新签约亿元以上产业项目数" and _name(t, "200个") == "谋划亿元以上产业项目数"
    # a member that names a thing of its own takes no head
    t = targets("预计全年经济增长3.5%左右。", "谋划亿元以上产业项目200个、重点企业50个。", 2022)
    assert "签约" not in _name(t, "50个") and "重点企业" in _name(t, "50个")


def test_a_replaced_level_drops_the_siblings_above() -> None:
    # 洛阳 row 40: 新培育省级以上科技领军人才6－8名、市级10名 -> 新培育市级科技领军人才人数 (not 市级以上)
    t = targets("预计全年经济增长3.5%左右。", "新培育省级以上科技领军人才6－8名、市级10名。", 2022)
    assert _name(t, "10名") == "新培育市级科技领军人才人数"
    assert _name(t, "6－8名") == "新培育省级以上科技领军人才人数"
    # no 以上 in the sibling: nothing to drop, the level replaced as before
    t = targets("预计全年经济增长3.5%左右。", "培育国家级企业技术中心2家、省级10家。", 2022)
    assert _name(t, "10家") == "培育省级企业技术中心数"


def test_examples_held_are_no_scene_of_a_noun_of_the_same_kind() -> None:
    # 洛阳 row 15: 谋划欣旺达锂电池等一批项目，全年储备项目2500个以上 -> 储备项目数
    t = targets("预计全年经济增长3.5%左右。", "谋划欣旺达锂电池等一批项目，全年储备项目2500个以上。", 2022)
    assert _name(t, "2500个") == "储备项目数"
    # a bare verb whose object is another thing keeps the scene (the festival's visitors)
    t = targets("预计全年经济增长3.5%左右。", "成功举办首届牡丹文化节，接待游客100万人次。", 2022)
    assert _name(t, "100万人次").startswith("首届牡丹文化节")


def test_a_thing_counted_before_is_no_subject_of_a_task_done_after_it() -> None:
    # 洛阳 row 102: 绿化美化村庄100个，完成改厕6万户以上 -> 改厕户数
    t = targets("预计全年经济增长3.5%左右。", "绿化美化村庄100个，完成改厕6万户以上。", 2022)
    assert _name(t, "6万户") == "改厕户数"
    # an amount done after a count is still the counted thing's (the projects' investment)
    t = targets("预计全年经济增长3.5%左右。", "实施重点项目100个，完成投资50亿元。", 2022)
    assert _name(t, "50亿元") == "实施重点项目投资"


def test_a_level_reached_after_the_head_is_the_stock() -> None:
    # 新建省级以上创新平台88个、达到773个: the platforms' stock, no 达到 in the name
    t = targets("预计全年经济增长3.5%左右。", "新建省级以上创新平台88个、达到773个。", 2022)
    assert _name(t, "773个") == "省级以上创新平台数"
