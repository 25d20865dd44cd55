"""Held-out audit 86 (衡阳 2020, 莆田 2021, 徐州 2016), round fix169c: 改厕 is a wording of sanitary toilets and keeps the
area of the programme before it in its name (农村改厕户数); tax paid is a year's flow even after 突破; a rate after the ，
that closes a list summed over the term (五年累计…，失业率控制在1.9%) is the level at the term's end. Paraphrased sentences
through the real reader and extractor."""
from __future__ import annotations

from target_cases import baseline_of, class_of, targets


def _row(t, text: str):  # type: ignore[no-untyped-def]
    return t.loc[[text]].iloc[-1]


def test_toilet_rebuilding_is_a_wording_of_sanitary_toilets() -> None:
    # 衡阳 row 40: 新改建卫生厕所7.5万户 vs the review's 完成改厕17.46万户
    review = "大力推进村庄整治，共拆除“空心房”880万平方米，完成改厕17万户、自然村道路硬化1900公里。"
    t = targets(review, "深入实施村庄整治，新改建卫生厕所7.5万户。", 2019)
    assert baseline_of(t, "7.5万户") == "17万户" and class_of(t, "7.5万户") == "below_last_year"
    assert _row(t, "7.5万户")["indicator_key"] == "sanitary_toilets"
    # another work on the same households (改水) is no wording of toilets: no baseline
    t = targets("大力推进村庄整治，完成改水17万户。", "深入实施村庄整治，新改建卫生厕所7.5万户。", 2019)
    assert baseline_of(t, "7.5万户") == ""


def test_toilet_rebuilding_keeps_the_area_of_its_programme() -> None:
    # 平顶山-like (spot 43): the programme's 农村 stays in the name of a bare 改厕
    t = targets("地区生产总值增长5%。", "深入实施农村人居环境整治三年行动，大力开展美丽乡村创建，完成改厕2万户。", 2022)
    assert _row(t, "2万户")["indicator"] == "农村改厕户数" and _row(t, "2万户")["indicator_key"] == "sanitary_toilets"
    # a registered wording that is a whole name (造林) takes no programme words
    t = targets("地区生产总值增长5%。", "深入实施国土绿化三年行动，大力开展森林乡村创建，造林10万亩。", 2022)
    assert "三年行动" not in _row(t, "10万亩")["indicator"]


def test_tax_paid_is_a_yearly_flow_even_after_a_level_verb() -> None:
    # 莆田 row 61: 深化市属国有企业改革，…资产总额突破1300亿元、税收突破10亿元
    plan = "深化市属国有企业改革，持续提升经营质量，资产总额突破1200亿元、税收突破12亿元。"
    t = targets("地区生产总值增长5%。", plan, 2020)
    assert _row(t, "12亿元")["measure"] == "flow"
    assert _row(t, "1200亿元")["measure"] == "stock"  # the assets reached stay a stock
    # a running total of tax stays one
    t = targets("地区生产总值增长5%。", "深化市属国有企业改革，累计实现税收突破50亿元。", 2020)
    assert _row(t, "50亿元")["measure"] != "flow"


def test_a_rate_after_a_summed_list_is_the_terms_last_level() -> None:
    # 徐州 row 6: 五年累计新增城镇就业56.9万人、…，城镇登记失业率控制在1.9%
    review = "五年累计新增城镇就业50万人、失业人员再就业30万人，城镇登记失业率控制在2%。"
    t = targets(review, "城镇登记失业率控制在4%以内。", 2015)
    assert baseline_of(t, "4%") == "2%" and class_of(t, "4%") == "met_already"
    # a rate summed or averaged in its own clause stays over the term
    review = "五年累计新增城镇就业50万人、失业人员再就业30万人，城镇化率年均提高2%。"
    t = targets(review, "城镇化率提高到60%。", 2015)
    assert baseline_of(t, "60%") == ""
    # a count after the comma is no level: the cue still spans it
    review = "五年累计新增城镇就业50万人、失业人员再就业30万人，农村劳动力转移达到20万人。"
    t = targets(review, "农村劳动力转移3万人。", 2015)
    assert baseline_of(t, "3万人") == ""
