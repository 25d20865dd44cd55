"""Numbers and units as reports write them: each row is (text, value, unit, qualifier)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from govreport import extract_quantities, read_text
from govreport.extract.numerals import format_decimal, parse_chinese
from govreport.extract.scanner import scan_tokens


def only_quantity(sentence: str):
    rows = extract_quantities(read_text(sentence))
    rows = rows[rows.role.isin(["actual", "target"])]
    assert len(rows) == 1, rows[["text", "value", "unit"]]
    return rows.iloc[0]


@pytest.mark.parametrize(
    "sentence, text, value, unit, qualifier",
    [
        ("全镇完成固定资产投资30100万元。", "30100万元", "301000000", "元", ""),
        ("完成投资30,100万元。", "30,100万元", "301000000", "元", ""),
        ("实现产值１２．５万元。", "１２．５万元", "125000", "元", ""),
        ("实现产值5.01亿元。", "5.01亿元", "501000000", "元", ""),
        ("国内生产总值超过126万亿元。", "126万亿元", "126000000000000", "元", "more_than"),
        ("争取资金三千二百万元。", "三千二百万元", "32000000", "元", ""),
        ("种植两万亩。", "两万亩", "20000", "亩", ""),
        ("接待游客十五万人次。", "十五万人次", "150000", "人次", ""),
        ("投资一亿元。", "一亿元", "100000000", "元", ""),
        ("投资三千万元。", "三千万元", "30000000", "元", ""),
        ("推广两万余亩。", "两万余亩", "20000", "亩", "more_than"),
        ("招聘一百二十人。", "一百二十人", "120", "人", ""),
        ("投资3千万元。", "3千万元", "30000000", "元", ""),
        ("装机1.2万千瓦。", "1.2万千瓦", "12000", "千瓦", ""),
        ("覆盖率达93%。", "93%", "93", "%", ""),
        ("提高1.5个百分点。", "1.5个百分点", "1.5", "个百分点", ""),
        ("种植烤烟6000余亩。", "6000余亩", "6000", "亩", "more_than"),
        ("培训1000多人。", "1000多人", "1000", "人", "more_than"),
        ("争取资金1000多万元。", "1000多万元", "10000000", "元", "more_than"),
        ("产值突破亿元大关。", "亿元大关", "100000000", "元", "more_than"),
        ("产值突破20亿元。", "20亿元", "2000000000", "元", "more_than"),
        ("销售额超过5亿元。", "5亿元", "500000000", "元", "more_than"),
        ("销售额逾5亿元。", "5亿元", "500000000", "元", "more_than"),
        ("稳定在9.2万亩以上。", "9.2万亩", "92000", "亩", "at_least"),
        ("不低于85%。", "85%", "85", "%", "at_least"),
        ("不少于30个。", "30个", "30", "个", "at_least"),
        ("收入1万元以下。", "1万元", "10000", "元", "at_most"),
        ("不超过3%。", "3%", "3", "%", "at_most"),
        ("增长6%左右。", "6%", "6", "%", "about"),
        ("约3000人。", "3000人", "3000", "人", "about"),
        ("近3000人。", "3000人", "3000", "人", "about"),
        ("吞吐量279万标箱。", "279万标箱", "2790000", "标箱", ""),
        ("面积达12平方公里。", "12平方公里", "12", "平方公里", ""),
    ],
)
def test_number_unit_and_qualifier(sentence, text, value, unit, qualifier):
    row = only_quantity(sentence)
    assert row.text == text
    assert row.value == Decimal(value)
    assert row.unit == unit
    assert row.qualifier == qualifier


@pytest.mark.parametrize("numeral, value", [("三千二百万", 32_000_000), ("十五万", 150_000), ("两万", 20_000),
                                            ("一百二十", 120), ("一亿", 100_000_000), ("十", 10),
                                            ("一千零五", 1005), ("三亿五千万", 350_000_000)])
def test_chinese_numerals(numeral, value):
    assert parse_chinese(numeral) == value


def test_exact_decimals_never_drift():
    assert format_decimal(Decimal("16.4") * 100_000_000) == "1640000000"
    assert only_quantity("收入16.4亿元。").value == Decimal("1640000000")


@pytest.mark.parametrize("sentence", ["落实“四个一”工作要求。", "推进“千万工程”。", "召开第二届运动会。",
                                      "实施三年行动。", "建立一人一档。", "强化“两个责任”。"])
def test_numerals_in_names_are_not_quantities(sentence):
    rows = extract_quantities(read_text(sentence))
    assert rows[rows.role.isin(["actual", "target"])].empty


def test_full_width_comma_is_a_list_not_thousands():
    table = extract_quantities(read_text("分别为12，345个。"))
    assert list(table.text) == ["12", "345个"]


@pytest.mark.parametrize("text, figures", [
    ("是破除城乡二元结构的重要依托", []),  # a dual structure, not 2 yuan
    ("华润雪花、三元乳业等重点企业", []),  # a company's name
    ("优化提升一元路3个片区", [("3", "个")]),  # a street
    ("收购价每斤两元，", [("两", "元")]),  # an amount goes on with punctuation
    ("每公斤五元左右", [("五", "元")]),
    ("补助三元钱", [("三", "元")]),
    ("覆盖农村5亿人口。", [("5", "人口")]),  # 人口 counts people as 人 does (no stray 口 for a name)
])
def test_one_to_ten_yuan_before_a_name_is_no_amount(text, figures):
    assert [(t.number_text, t.unit) for t in scan_tokens(text)] == figures


def test_a_figure_describing_what_follows_takes_no_subject_from_before():
    """…，13亿多人口的大国实现了比较充分就业: the size of the country, not more new jobs."""
    rows = extract_quantities(read_text("一、过去五年工作回顾\n城镇新增就业6600万人以上，13亿多人口的大国实现了比较充分就业。"
                                        "帮扶困难群众25户76人。"))
    names = dict(zip(rows["text"], zip(rows["indicator"], rows["indicator_key"].fillna(""))))
    assert names["6600万人"] == ("城镇新增就业人数", "urban_new_jobs")
    assert names["13亿多人口"] == ("", "")  # blank rather than wrong
    assert names["76人"][0] == "困难群众帮扶人数"  # 25户76人: the second shares the first's subject


@pytest.mark.parametrize("sentence, qualifiers", [
    ("养老保险和基本医疗保险参保率保持在90%和98%以上。", ["at_least", "at_least"]),  # 以上 closes both
    ("增长6%和7%左右。", ["about", "about"]),
    ("粮食产量90万吨、油料4万吨以上。", ["", "at_least"]),  # a 、 list without 分别: only the last
    ("新建学校5所和医院3家以上。", ["", "at_least"]),  # other units: each its own
])
def test_figures_joined_by_and_share_the_qualifier_closing_them(sentence, qualifiers):
    rows = extract_quantities(read_text("二、今年工作安排\n" + sentence))
    assert list(rows["qualifier"].fillna("")) == qualifiers


def test_two_multipliers_no_single_factor_names_are_each_applied():
    """Found by test_properties (hypothesis): 十万 then 亿 after 多 raised KeyError '十万亿'."""
    rows = extract_quantities(read_text("二、今年工作安排\n投资3十万多亿。"))
    assert rows["value"].tolist() == [3 * 100_000 * 100_000_000]
