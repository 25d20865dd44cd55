"""Spot audit 38 (fix97c): words that say how a level is held (巩固在, 严格控制在, 力争实现) leave the name, 头只 is one
counter, and a month before a count's result verb is a period like 上半年 (docs/assumptions.md#names)."""
from __future__ import annotations

from target_cases import targets

REVIEW = "城镇新增就业30万人。"


def test_how_a_level_is_held_is_no_part_of_the_name() -> None:
    """粮食产量巩固在122.5万吨 (武威 row 18), 产量力争实现18亿斤 (抚顺 row 7), 资产负债率严格控制在70%以内 (红河 row 32)."""
    t = targets(REVIEW, "确保粮播面积稳定在239万亩、粮食产量巩固在122.5万吨以上。粮食播种面积182万亩、产量力争实现18亿斤。"
                        "营业利润率达2%，资产负债率严格控制在70%以内。")
    assert t.loc["122.5万吨", "indicator"] == "粮食产量"
    assert t.loc["18亿斤", "indicator"] == "粮食产量"
    assert t.loc["70%", "indicator"] == "资产负债率"


def test_head_and_animal_is_one_counter() -> None:
    """牛羊猪饲养量超过1600万头只 (武威 row 19): not 只量."""
    t = targets(REVIEW, "牛羊猪饲养量超过1600万头只，蔬菜产量达到380万吨。")
    assert t.loc["1600万头只", "indicator"] == "牛羊猪饲养量"


def test_a_month_before_the_result_verb_is_a_period() -> None:
    """320个新建项目9月底前全部开工 (抚顺 row 29), 28条主体雪道4月开工 (row 43), 6月底前全部复工 (row 28)."""
    t = targets(REVIEW, "推动187个续建项目6月底前全部复工，320个新建项目9月底前全部开工。岗山雪场配套道路3月开工，28条主体雪道4月开工。")
    assert t.loc["320个", "indicator"] == "新建项目开工数"
    assert t.loc["28条", "indicator"] == "主体雪道开工数"
    assert "复工" in t.loc["187个", "indicator"]
