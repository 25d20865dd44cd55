"""What real reports say beyond the first one: growth, ranges, more units, roles and years from
the report's own words. Hand-written sentences in the reports' style."""
from __future__ import annotations

from decimal import Decimal

import pytest

from govreport import extract_quantities, read_text

REPORT = """政府工作报告
——2024年1月10日在某某市第十六届人民代表大会第三次会议上
各位代表：
一、2023年工作回顾
过去一年，全市地区生产总值增长5.2%，一般公共预算收入下降3.2%，城镇化率提高1.5个百分点。
五年来，累计新增就业45万人。
二、2024年主要预期目标
地区生产总值增长6%左右，居民收入增长与经济增长同步，粮食产量稳定在120万吨以上。
到2027年，力争新能源装机突破500万千瓦。
"""


def quantities(text: str):
    table = extract_quantities(read_text(text))
    return table[table.role.isin(["actual", "target"])].set_index("text")


@pytest.fixture(scope="module")
def table():
    return quantities(REPORT)


def test_years_come_from_the_headings(table):
    assert table.loc["5.2%"].role == "actual" and table.loc["5.2%"].year == 2023
    assert table.loc["6%"].role == "target" and table.loc["6%"].year == 2024
    assert table.loc["500万千瓦"].year == 2027


def test_growth_direction_and_kind(table):
    assert (table.loc["5.2%"].direction, table.loc["5.2%"].kind) == ("increase", "change")
    assert table.loc["3.2%"].direction == "decrease"
    assert (table.loc["1.5个百分点"].direction, table.loc["1.5个百分点"].kind) == ("increase", "change")
    assert table.loc["6%"].qualifier == "about"
    assert table.loc["120万吨"].qualifier == "at_least"


def test_multi_year_figures_cover_their_years(table):
    row = table.loc["45万人"]
    assert (row.year_from, row.year) == (2019, 2023)


@pytest.mark.parametrize("sentence, text, value, unit", [
    ("造林1.5万公顷。", "1.5万公顷", "15000", "公顷"),
    ("建成区面积达120平方公里。", "120平方公里", "120", "平方公里"),
    ("粮食产量达1390万吨。", "1390万吨", "13900000", "吨"),
    ("新增装机300万千瓦。", "300万千瓦", "3000000", "千瓦"),
    ("发电量达50亿千瓦时。", "50亿千瓦时", "5000000000", "千瓦时"),
    ("新增公交车500辆。", "500辆", "500", "辆"),
    ("改造住房3000套。", "3000套", "3000", "套"),
    ("新增企业120家。", "120家", "120", "家"),
    ("新建学校12所。", "12所", "12", "所"),
    ("新增床位800张床位。", "800张床位", "800", "张床位"),
    ("供水能力20万立方米。", "20万立方米", "200000", "立方米"),
    ("吞吐量达300万标准箱。", "300万标准箱", "3000000", "标准箱"),
    ("实际使用外资50亿美元。", "50亿美元", "5000000000", "美元"),
])
def test_units_beyond_the_first_report(sentence, text, value, unit):
    row = quantities(sentence).loc[text]
    assert (row.value, row.unit) == (Decimal(value), unit)


def test_doubling_and_times():
    table = quantities("力争到2030年经济总量翻一番，研发投入增长1.5倍。")
    assert table.loc["翻一番"].value == 2 and table.loc["翻一番"].direction == "increase"
    assert table.loc["1.5倍"].unit == "倍" and table.loc["1.5倍"].direction == "increase"


def test_a_news_item_quoting_a_report():
    text = "《政府工作报告》显示，去年全省地区生产总值增长8.0%，今年预期增长6.5%。"
    table = extract_quantities(read_text(text, meta={"review_year": 2023, "plan_year": 2024}))
    by = table.set_index("text")
    assert (by.loc["8.0%"].role, by.loc["8.0%"].year) == ("actual", 2023)
    assert (by.loc["6.5%"].role, by.loc["6.5%"].year) == ("target", 2024)


def test_distributive_list_takes_the_final_unit():
    table = quantities("三次产业分别增长3.3%、7.4%和5.1%。")
    assert list(table.unit) == ["%", "%", "%"]
    assert list(table.direction) == ["increase"] * 3


def test_web_page_text_around_a_report():
    text = ("首页 >> 政务公开 >> 政府工作报告\n发布时间：2024-01-15 来源：市政府办\n政府工作报告\n各位代表：\n"
            "一、2023年工作回顾\n全年接待游客1200万人次。\n二、2024年工作安排\n力争接待游客1500万人次以上。\n"
            "打印本页 关闭窗口\n")
    table = quantities(text)
    assert table.loc["1200万人次"].role == "actual" and table.loc["1500万人次"].role == "target"
    assert table.loc["1500万人次"].qualifier == "at_least"


def test_half_year_report_has_roles():
    text = ("上半年工作总结和下半年工作安排\n一、上半年工作回顾\n上半年全县完成固定资产投资12.5亿元。\n"
            "二、下半年工作安排\n下半年力争完成投资15亿元。\n")
    table = quantities(text)
    assert table.loc["12.5亿元"].role == "actual" and table.loc["15亿元"].role == "target"


@pytest.mark.parametrize("sentence, text, value, qualifier", [
    ("去年末居民储蓄存款新增4万多亿元。", "4万多亿元", "4000000000000", "more_than"),  # a multiplier split by 多
    ("共减轻市场主体负担3万余亿元。", "3万余亿元", "3000000000000", "more_than"),
    ("年实际使用外资保持在千亿元以上。", "千亿元", "100000000000", "at_least"),  # a bare multiplier
    ("新开工亿元以上项目917个。", "亿元", "100000000", "at_least"),  # a threshold that classifies
    ("锻造更多千亿元级新兴产业集群。", "千亿元", "100000000000", ""),
])
def test_money_written_without_a_plain_number(sentence, text, value, qualifier):
    row = quantities(sentence).loc[text]
    assert (row.value, row.unit, row.qualifier) == (Decimal(value), "元", qualifier)


def test_a_threshold_names_what_it_classifies_and_leaves_the_count_its_clause():
    table = quantities("新开工亿元以上项目917个，纳税亿元以上商务楼宇达100栋。")
    assert table.indicator.tolist() == ["项目门槛", "新开工亿元以上项目数", "商务楼宇门槛", "纳税亿元以上商务楼宇数"]


@pytest.mark.parametrize("sentence", [
    "安全事故死亡率控制在0.6人/百亿元以下。",  # the denominator of a rate
    "投资数百亿元以上。",  # several hundred 亿: no single amount
    "投资十多亿元以上。",
    "花好每一分钱。",  # an idiom
])
def test_no_amount_where_the_text_states_none(sentence):
    table = quantities(sentence)
    assert not (table.unit == "元").any(), table[["unit"]]


def test_a_threshold_after_a_count_with_its_own_qualifier():
    table = quantities("新开工建设2个以上百亿元级重大先进制造业项目。")
    assert table.loc["百亿元"].value == Decimal("10000000000")
    assert "元" not in quantities("投资上百亿元以上。").unit.tolist()


@pytest.mark.parametrize("sentence, text, value, unit, qualifier", [
    ("日均新设企业由5千多户增加到1万6千多户。", "1万6千多户", "16000", "户", "more_than"),  # a number in two parts
    ("出境旅游人次由8300万增加到1亿3千多万。", "1亿3千多万", "130000000", "", "more_than"),
    ("高速铁路运营里程增加到2万5千公里。", "2万5千公里", "25000", "公里", ""),
    ("新增3千多万人。", "3千多万人", "30000000", "人", "more_than"),  # 千多万 = 千万 and more
    ("解决3亿多农村人口饮水安全问题。", "3亿多", "300000000", "人", "more_than"),  # a count and its 多, its people named after it (fix172d)
    ("淖毛湖750千伏输变电工程加快建设。", "750千伏", "750", "千伏", ""),  # 千 of 千伏 is no multiplier
    ("收购烟叶123万担以上。", "123万担", "1230000", "担", "at_least"),
    ("改造提升路灯6.6万盏。", "6.6万盏", "66000", "盏", ""),
])
def test_numbers_in_two_parts_and_more_units(sentence, text, value, unit, qualifier):
    row = quantities(sentence).loc[text]
    assert (row.value, row.unit, row.qualifier) == (Decimal(value), unit, qualifier)


def test_a_count_and_a_code_side_by_side_stay_apart():
    assert quantities("累计建成1万5G基站。").index.tolist() == ["1万"]


def test_a_review_heading_that_mentions_this_year_is_still_the_review():
    text = ("政府工作报告\n各位代表：\n一、2019年和今年以来工作回顾\n"
            "去年，我国发展面临诸多困难挑战，完成全年主要目标任务。国内生产总值达到99.1万亿元。\n"
            "二、今年发展主要目标和下一阶段工作总体部署\n城镇新增就业900万人以上。\n")
    report = read_text(text)
    assert (report.review_year, report.plan_year) == (2019, 2020)
    table = quantities(text)
    assert (table.loc["99.1万亿元"].role, table.loc["99.1万亿元"].year) == ("actual", 2019)
    assert (table.loc["900万人"].role, table.loc["900万人"].year) == ("target", 2020)


def test_last_year_as_a_comparison_does_not_make_a_plan_figure_an_actual():
    text = ("政府工作报告\n一、2024年工作回顾\n去年国内生产总值增长5%。\n二、2025年政府工作任务\n"
            "今年赤字率拟按4%左右安排、比上年提高1个百分点，赤字规模5.66万亿元、比上年增加1.6万亿元。\n"
            "去年居民消费价格涨幅回落到0.2%。\n")
    table = quantities(text)
    for figure in ("4%", "1个百分点", "5.66万亿元", "1.6万亿元"):
        assert (table.loc[figure].role, table.loc[figure].year) == ("target", 2025), figure
    assert (table.loc["0.2%"].role, table.loc["0.2%"].year) == ("actual", 2024)  # 去年 as the figure's own year


def test_last_year_after_higher_than_is_a_comparison_in_the_plan():
    text = ("政府工作报告\n一、2024年工作回顾\n去年国内生产总值增长5%。\n二、2025年政府工作任务\n"
            "对地方转移支付增长8%、增幅高于去年，其中县级财力保障资金增幅均超过10%。\n")
    table = quantities(text)
    assert (table.loc["10%"].role, table.loc["10%"].year) == ("target", 2025)  # 高于去年: compared with it


@pytest.mark.parametrize("sentence, text, value, unit", [
    ("细颗粒物年均浓度27微克/立方米。", "27微克/立方米", "27", "微克/立方米"),
    ("全年开行中欧班列5000列。", "5000列", "5000", "列"),
    ("17种抗癌药大幅降价。", "17种", "17", "种"),
    ("执业范围增加到22类。", "22类", "22", "类"),
])
def test_more_measure_words(sentence, text, value, unit):
    row = quantities(sentence).loc[text]
    assert (row.value, row.unit) == (Decimal(value), unit)


def test_a_change_joined_by_a_list_comma_measures_the_figure_before_it():
    table = quantities("新能源汽车保有量超130万辆，细颗粒物年均浓度27微克/立方米、下降11.5%。")
    assert table.loc["11.5%"].indicator == "细颗粒物年均浓度下降"


def test_a_short_aside_in_brackets_stays_in_the_noun_after_a_count():
    table = quantities("全镇4个村（社区）综合服务场所投入使用。")
    assert table.loc["4个"].indicator == "村(社区)综合服务场所投入使用数"  # what happened to them counts too


@pytest.mark.parametrize("sentence, figure, name", [
    ("实施奋斗镇1万亩节水灌溉等项目。", "1万亩", "节水灌溉面积"),
    ("完成起步区2.6公里路网等配套设施。", "2.6公里", "路网长度"),
    ("坚决守住18亿亩耕地红线。", "18亿亩", "耕地红线面积"),
    ("成为轨道交通运营里程突破600公里的城市。", "600公里", None),  # 的城市: what the words before say
])
def test_an_area_or_length_names_the_noun_right_after_it(sentence, figure, name):
    indicator = quantities(sentence).loc[figure].indicator
    assert indicator == name if name else "城市" not in indicator


@pytest.mark.parametrize("sentence, figure, key", [
    ("居民医保人均财政补助标准再增加40元。", "40元", ""),  # the rise, not the standard
    ("城乡居民基本医保财政补助标准提高到人均320元。", "320元", "insurance_subsidy_standard"),
    ("拟安排财政赤字2.38万亿元，比去年增加2000亿元。", "2000亿元", ""),
])
def test_a_rise_in_a_level_is_not_keyed_as_the_level(sentence, figure, key):
    assert (quantities(sentence).loc[figure].indicator_key or "") == key
