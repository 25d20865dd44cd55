"""Set 51 (held-out 2023 city reports), round fix118c: review figures of the same measure missed for small wording
differences (民生类支出 and 民生支出, 产业全链条 and 产业链, 城镇生活 of sewage pipes)."""
from __future__ import annotations

from target_cases import baseline_of, targets


def test_livelihood_class_spending_is_livelihood_spending() -> None:
    # 江门 row 68: 今年各级财政安排民生支出367.94亿元 / 全年民生类支出350.4亿元
    t = targets("全年民生类支出350.4亿元，占一般公共预算支出的七成。", "今年各级财政安排民生支出367.94亿元。", 2022)
    assert baseline_of(t, "367.94亿元") == "350.4亿元"
    # another spending is not taken through the synonym
    t = targets("全年教育支出150.4亿元。", "今年各级财政安排民生支出367.94亿元。", 2022)
    assert baseline_of(t, "367.94亿元") != "150.4亿元"


def test_town_domestic_sewage_pipes_are_sewage_pipes() -> None:
    # 江门 row 65: 新增城镇生活污水管网100公里 / 新建污水管网163公里
    t = targets("新建污水管网163公里，污水处理能力提升。", "新增城镇生活污水管网100公里。", 2022)
    assert baseline_of(t, "100公里") == "163公里"
    # 农村 stays a scope: village sewage pipes are no baseline of the towns'
    t = targets("新建农村污水管网163公里。", "新增城镇生活污水管网100公里。", 2022)
    assert baseline_of(t, "100公里") != "163公里"


def test_hunan_short_form_of_firms_above_size() -> None:
    # 娄底 row 13: 新增规模工业企业70家以上 / 新增市场主体7.49万户、规模以上工业企业100户
    review = "新增市场主体7.49万户、规模以上工业企业100户、服务业企业50户。"
    t = targets(review, "新增规模工业企业70家以上。", 2022)
    assert baseline_of(t, "70家") == "100户"
    # the short form is of firms: 规模工业增加值 stays a value, no firm count
    t = targets(review, "规模工业增加值增长8%。", 2022)
    assert baseline_of(t, "8%") != "100户"


def test_a_net_addition_takes_no_gross_one() -> None:
    # 娄底 row 12: 净增市场主体3万家 / 新增市场主体7.49万户 (registrations less exits against registrations)
    t = targets("新增市场主体7.49万户。", "净增市场主体3万家，新增规模工业企业70家以上。", 2022)
    assert baseline_of(t, "3万家") == ""
    # a net addition in the review is its baseline
    t = targets("净增市场主体2.5万户。", "净增市场主体3万家。", 2022)
    assert baseline_of(t, "3万家") == "2.5万户"
    # a gross target still takes the gross count
    t = targets("新增市场主体7.49万户。", "新增市场主体8万户。", 2022)
    assert baseline_of(t, "8万户") == "7.49万户"


def test_a_cpi_risen_in_all_is_the_years() -> None:
    # 玉溪 row 8: 居民消费价格指数累计上涨2.2%左右 / 居民消费价格指数涨幅控制在3%左右
    t = targets("居民消费价格指数累计上涨2.2%左右。", "居民消费价格指数涨幅控制在3%左右。", 2022)
    assert baseline_of(t, "3%") == "2.2%"
    # a cumulative growth of years stays no baseline of a year
    t = targets("五年来居民消费价格指数累计上涨9.2%。", "居民消费价格指数涨幅控制在3%左右。", 2022)
    assert baseline_of(t, "3%") != "9.2%"


def test_beautiful_villages_are_one_title() -> None:
    # 玉溪 row 73: 200个美丽村庄 / 245个美丽乡村评定
    t = targets("完成3个示范乡镇、29个精品村、245个美丽乡村评定。", "建成2个示范乡镇、20个精品村、200个美丽村庄。", 2022)
    assert baseline_of(t, "200个") == "245个"


def test_a_part_is_no_baseline_of_a_whole_joined_with_ji() -> None:
    # 玉溪 row 52: 新增中小学及幼儿园学位2100个 / 新增幼儿园学位720个、小学学位1665个
    t = targets("新增幼儿园学位720个、小学学位1665个。", "新增中小学及幼儿园学位2100个。", 2022)
    assert baseline_of(t, "2100个") == ""
    # the whole stated whole in the review is its baseline
    t = targets("新增中小学及幼儿园学位1800个、养老床位500张。", "新增中小学及幼儿园学位2100个。", 2022)
    assert baseline_of(t, "2100个") == "1800个"
    # 及 joining two verbs (新建及提质) names no whole of parts
    t = targets("新增绿地258公顷、绿道192公里。", "新建及提质绿道100公里。")
    assert baseline_of(t, "100公里") == "192公里"


def test_a_count_set_against_the_terms_first_year_is_a_level() -> None:
    # 商丘 row 28: 研发经费投入较2017年翻了一番，高新技术企业216家、…，分别较2017年增长3倍 / 国家高新技术企业达到240家以上
    review = "创新驱动发展战略深入实施，全社会研发经费投入较2017年翻了一番，高新技术企业216家、省级以上创新平台210家，分别较2017年增长3倍、2.4倍。"
    t = targets(review, "国家高新技术企业达到240家以上。", 2022)
    assert baseline_of(t, "240家") == "216家"
    # a comparison in the figure's own clause still spans the years
    t = targets("高新技术企业较2017年增加160家。", "国家高新技术企业达到240家以上。", 2022)
    assert baseline_of(t, "240家") != "160家"
