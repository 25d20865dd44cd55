"""Held-out audit 68 (那曲, 黔西南, 黔南 2023), round fix143c: a rate per 100,000 as one figure, a 分别 list cut to its
figures (ceilings), per-county goals (每个县（市）…, 各县（市）分别…、…) and baselines the same measure in other words gives."""
from __future__ import annotations

from decimal import Decimal

from target_cases import baseline_of, class_of, targets


def test_a_rate_per_100000_is_one_figure_and_a_list_cut_to_is_ceilings() -> None:
    # 黔南 rows 222–224: 孕产妇死亡率、婴儿死亡率和5岁以下儿童死亡率分别下降到14.6/10万、4.4‰、6.4‰
    t = targets("孕产妇死亡率、婴儿死亡率逐年下降。", "孕产妇死亡率、婴儿死亡率和5岁以下儿童死亡率分别下降到14.6/10万、4.4‰、6.4‰。")
    assert "10万" not in set(t["text"])
    row = t.loc["14.6/10万"]
    assert (row.value, row.unit, row.indicator, row.target_kind) == (Decimal("14.6"), "/10万", "孕产妇死亡率", "ceiling")
    assert t.loc["4.4‰"].indicator == "婴儿死亡率" and t.loc["6.4‰"].indicator == "5岁以下儿童死亡率"
    assert t.loc["4.4‰"].target_kind == t.loc["6.4‰"].target_kind == "ceiling"
    # a 分别 list raised to its figures stays as it was (no ceiling), and 每10万人口 is no rate unit
    t = targets("新建公园5个。", "城镇和农村居民收入分别提高到5万元、2万元。每10万人口拥有执业医师20人。")
    assert t.loc["2万元"].target_kind != "ceiling" and "/10万" not in set(t["unit"])


def test_each_county_with_a_bracketed_scope_is_per_county() -> None:
    # 黔南 row 219: 实现每个县（市）充分就业示范村（社区）10个以上
    t = targets("新建公园5个。", "实现每个县（市）充分就业示范村（社区）10个以上。")
    assert t.loc["10个"].indicator.startswith("每个县(市)")
    # no 每: a total
    t = targets("新建公园5个。", "实现充分就业示范村（社区）10个以上。")
    assert not t.loc["10个"].indicator.startswith("每")


def test_the_next_member_of_a_per_county_list_is_per_county() -> None:
    # 黔南 rows 144–145: 各县（市）分别提升改造特色商业步行街1条以上、夜间经济消费集聚区1个以上
    t = targets("新建公园5个。", "各县（市）分别提升改造特色商业步行街1条以上、夜间经济消费集聚区1个以上。")
    assert t.loc["1个"].indicator == "各县(市)夜间经济消费集聚区数"
    # after a clause break the next figures are the whole's again
    t = targets("新建公园5个。", "各县（市）分别提升改造特色商业步行街1条以上，新建公园2个、绿道3条。")
    assert not t.loc["3条"].indicator.startswith("各")


def test_places_per_1000_people_take_the_review_ratio() -> None:
    # 黔南 row 225: 确保每千人口拥有托位数达3.3个 / 每千人拥有3岁以下婴幼儿托位数3.04个
    t = targets("每千人拥有3岁以下婴幼儿托位数3.04个。", "确保每千人口拥有托位数达3.3个。")
    assert baseline_of(t, "3.3个") == "3.04个" and class_of(t, "3.3个") == "modest"
    # a count of places is no ratio per 1000 people
    t = targets("每千人拥有3岁以下婴幼儿托位数3.04个。", "新增托位3000个。")
    assert baseline_of(t, "3000个") == ""


def test_scope_words_that_name_no_narrower_set() -> None:
    # 那曲 row 54: 城区空气质量优良天数比率99.6% / 全年空气环境质量优良天数比率达到99.5%以上
    t = targets("城区空气质量优良天数比率99.6%。", "全年空气环境质量优良天数比率达到99.5%以上。")
    assert baseline_of(t, "99.5%") == "99.6%"
    # 那曲 row 40: 技能培训14161人 / 开展农牧民技能培训1.4万人
    t = targets("技能培训14161人。", "开展农牧民技能培训1.4万人。")
    assert baseline_of(t, "1.4万人") == "14161人"
    # 黔南 row 110: 改造老旧小区116个 / 改造完成存量城镇老旧小区84个
    t = targets("改造老旧小区116个。", "改造完成存量城镇老旧小区84个。")
    assert baseline_of(t, "84个") == "116个"
    # 黔西南 row 109: 县级以上集中式饮用水源水质优良率100% / 县级以上城市集中饮用水源地水质达标率100%
    t = targets("县级以上集中式饮用水源水质优良率100%。", "县级以上城市集中饮用水源地水质达标率100%。")
    assert baseline_of(t, "100%") == "100%"
    # other people trained stay another scope
    t = targets("技能培训14161人。", "开展退役军人技能培训1000人。")
    assert baseline_of(t, "1000人") == ""
