"""Held-out audit 60 (铁岭, 郴州 2023), round fix130c: names that say what is measured (a per-unit basis inside 由X提升至Y,
a level's scope 县级以上, a ranked class entered, the work a 工程 does to the things counted)."""
from __future__ import annotations

from target_cases import baseline_of, targets


def _name(t, text: str) -> str:  # type: ignore[no-untyped-def]
    """The indicator of the last target row written ``text``."""
    return str(t.loc[[text]].iloc[-1]["indicator"])


def test_a_per_unit_basis_keeps_the_from_to_path() -> None:
    # 铁岭 rows 66, 67: 由每人610元提升至每人640元 (每人 after 由 and after 至): 610元 the start, 640元's baseline
    t = targets("城乡居民医保财政补助标准提高到每人610元。",
                "提高城乡居民基本医疗保险财政补助标准，由每人610元提升至每人640元，惠及参保居民178万名。")
    assert "610元" not in set(t["text"]) and baseline_of(t, "640元") == "610元"
    assert "每人由" not in _name(t, "640元") and "基本医疗保险财政补助标准" in _name(t, "640元")
    # no per-unit basis: the path as before
    t = targets("新建公园5个。", "城乡居民医保财政补助标准由610元提高到640元。")
    assert "610元" not in set(t["text"]) and baseline_of(t, "640元") == "610元"


def test_a_level_and_its_scope_open_a_long_name_together() -> None:
    # 郴州 row 53: …国控省控断面水质稳定达标、县级以上饮用水水源地水质100%达标 (a long clause cut at a level)
    t = targets("县级以上饮用水水源地水质达标率100%。",
                "确保市城区环境空气质量持续达到国家二级标准、国控省控断面水质稳定达标、县级以上饮用水水源地水质100%达标。")
    assert _name(t, "100%").startswith("县级以上饮用水")
    # a level with no scope word after it is still a word end (国家二级标准: the name starts after the level)
    t = targets("新建公园5个。", "力争新增国家级专精特新小巨人企业10家。")
    assert "以上" not in _name(t, "10家")


def test_things_entering_a_ranked_class_are_named_with_the_class() -> None:
    # 郴州 row 46: 力争3家园区跻身全省30强 (30 is the class's label, not where the name stops)
    t = targets("新建公园5个。", "优化园区考核评价，力争3家园区跻身全省30强。")
    assert _name(t, "3家") == "跻身全省30强园区数"
    # no N强 after the noun: the noun alone
    t = targets("新建公园5个。", "力争新增3家省级园区。")
    assert "强" not in _name(t, "3家")


def test_the_work_of_a_project_names_the_things_it_is_done_to() -> None:
    # 铁岭 row 41: 实施南城子水库等4座水库的除险加固工程 (not 实施水库数)
    t = targets("新建公园5个。", "推进防洪治理工程，实施南城子水库等4座水库的除险加固工程。")
    assert _name(t, "4座") == "除险加固水库数"
    # no work of a 工程 after the noun: the clause's own name
    t = targets("新建公园5个。", "推进防洪治理工程，新建小型水库4座。")
    assert "除险加固" not in _name(t, "4座")
