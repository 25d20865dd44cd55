"""Spot audits 36 (乌海, 上饶, 双鸭山 2024), round fix87b: the same measure found where a unit, a word order, an adding verb
or a size wording kept it apart — 首店 counted in 家 and 个, 农村转移劳动力 keyed as 转移农村劳动力, 新入规企业 as the year's
new firms above size, and 十亿级企业 as 营业收入过十亿元企业."""
from __future__ import annotations

from target_cases import baseline_of, class_of, targets

from govreport.tables.name_equivalents import reduced, same_size_class


def test_first_shops_counted_in_jia_and_ge() -> None:
    # 乌海 L8 / plan (row 16): 引进首店品牌45个 is the baseline of 引进首店品牌50家以上
    t = targets("大力发展“四个经济”，统筹布局37个夜市、集市，引进首店品牌45个。",
                "积极培育“四个经济”，新建商业网点200个以上，引进首店品牌50家以上，改造提升区域性夜市4个。", 2023)
    assert baseline_of(t, "50家") == "45个"
    assert baseline_of(t, "4个") == ""  # (37个夜市、集市 laid out is another measure)


def test_rural_transferred_labour_in_either_order() -> None:
    # 上饶 L15 / L49 (row 69): 农村转移劳动力7.2万人 and 转移农村劳动力8.65万人
    t = targets("落实就业优先政策，新增城镇就业5.14万人、转移农村劳动力8.65万人，零就业家庭就业安置率100%。",
                "新增城镇就业4.65万人、农村转移劳动力7.2万人以上。", 2023)
    assert baseline_of(t, "7.2万人") == "8.65万人"
    assert class_of(t, "7.2万人") == "below_last_year"


def test_firms_newly_entering_above_size() -> None:
    # 双鸭山 L5 / L19 (row 17): 新入规企业18户 counts the year's new firms above designated size
    t = targets("全市新入规企业18户，规模以上工业增加值降幅由20.7%收窄到6.4%。", "新增规上工业企业10户。", 2023)
    assert baseline_of(t, "10户") == "18户"


def test_a_revenue_class_of_firms_in_two_wordings() -> None:
    # 上饶 L11 / L24 (rows 10, 11): 十亿级企业 = 营业收入过十亿元企业, 百亿级企业 = (营业收入)过百亿元企业
    t = targets("全年新增规上工业企业207家、总数达2315家，新增营业收入过十亿元企业24家、总数达103家，新增过百亿元企业2家、总数达7家。",
                "力争新增规上工业企业300家、十亿级企业10家、百亿级企业2家。", 2023)
    assert baseline_of(t, "10家") == "24家"
    assert baseline_of(t, "2家") == "2家"
    assert baseline_of(t, "300家") == "207家"


def test_size_classes_read_alike_only_for_the_same_amount_and_measure() -> None:
    assert reduced("新增十亿级企业数") == reduced("新增营业收入过十亿元企业数") == reduced("新增营收超10亿元企业数")
    assert same_size_class("新增百亿级企业数", "新增过百亿元企业数")
    assert not same_size_class("新增十亿级企业数", "新增营业收入过百亿元企业数")  # another tier
    assert reduced("产值过十亿元企业数") != reduced("十亿级企业数")  # output value is another measure
    assert not same_size_class("新增十亿级企业数", "新增产值过十亿元企业数")
    assert not same_size_class("新增规上工业企业数", "新增规上工业企业数")  # no class at all


def test_firms_entering_the_statistics_keep_their_baseline() -> None:
    # 南宁 (a row kept): 新增上规入统工业企业150家 keeps 新入规工业企业173家 now that both are keyed
    t = targets("企业培育成效显著，新入规工业企业173家。", "力争年内新增上规入统工业企业150家以上。", 2023)
    assert baseline_of(t, "150家") == "173家"
