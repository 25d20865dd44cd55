"""Held-out audit 69 (中山, 丽江, 金华 2021), round fix145g: per-unit figures (每季度, 各镇街), the people a service is given to,
the verb or goal that names a bare counted noun, and one value shared by a 各 list of areas or a 、 list of growth gaps."""
from __future__ import annotations

from target_cases import names_by_text

REVIEW = "全市地区生产总值增长5%。"


def _names(plan: str) -> dict[str, list[str]]:
    """The indicator names of each target text of ``plan`` (a 2021 plan after a 2020 review)."""
    return names_by_text(REVIEW, plan, 2020)


def test_a_count_per_quarter_is_named_per_quarter() -> None:
    # 中山 row 37: once a quarter, not once a year
    got = _names("全市饮用水水源地每季度开展1次水质监测，如发现水质异常状况及时启动应急处置措施。")
    assert got["1次"] == ["每季度水质监测次数"]
    # 每年 is the plan year's own: no period put in the name
    assert _names("每年开展2次督查。")["2次"] == ["督查次数"]


def test_each_town_is_per_town() -> None:
    # 中山 row 56: 各镇街至少有3个: every town's floor, not the city's
    assert _names("各镇街至少有3个社区（村）实现垃圾分类。")["3个"] == ["每个镇街社区(村)实现垃圾分类数"]
    assert _names("推动各街道建设2个社区食堂。")["2个"] == ["每个街道社区食堂数"]
    # a large count after 各镇街 is a total said after the scope: left alone
    assert not _names("各镇街新增就业岗位500个。")["500个"][0].startswith("每个")
    # 各县(市) as before (round 143)
    assert _names("各县（市）至少建成1个物流园区。")["1个"] == ["每个县(市)物流园区数"]


def test_the_people_a_service_is_given_to() -> None:
    # 中山 rows 58/59: two services, two names; the hours of service are targets too
    got = _names("为500名困难老人提供上门家政服务16万小时；为1200名困难老人、高龄失能独居老人提供上门照护服务8万小时；年度送餐量12万餐次。")
    assert got["500名"] == ["上门家政服务困难老人数"]
    assert got["1200名"] == ["上门照护服务困难、高龄失能独居老人数"]
    assert "16万小时" in got and "8万小时" in got and got["12万餐次"] == ["年度送餐量"]
    # 中山 row 32: a floor word between 为 and the count; 赠送 names those given it
    got = _names("为不少于5万名职工赠送“在职职工住院医疗综合互助保障”（简称“住院二次医保”）。")
    assert got["5万名"] == ["获赠在职职工住院医疗综合互助保障职工人数"]
    # money 为 firms is no count of recipients
    assert _names("为全市企业减负10亿元。")["10亿元"] == ["企业减负"]
    # a span of hours is still no target
    assert "2小时" not in _names("延长公共服务2小时。")


def test_hotline_seats() -> None:
    # 中山 missed: the unit 席 is read
    assert "3席" in _names("将市专业心理援助热线坐席扩容至3席以上。")


def test_a_bare_counted_noun_takes_its_verb_or_goal() -> None:
    # 丽江 rows 18/19: two goals, two names
    got = _names("加大对民营企业发展的支持帮扶，重点扶优扶强10户企业，推动3至5户企业加快上市融资。")
    assert got["10户"] == ["扶优扶强企业户数"] and got["3至5户"] == ["企业上市融资户数"]
    # a name built on purpose is left alone
    assert _names("推动5家企业上市。")["5家"] == ["企业上市数"]


def test_each_area_member_of_a_list() -> None:
    # 金华 missed: 各2万亩 is each member's
    got = _names("完成低效用地再开发、盘活存量建设用地、消化批而未供土地各2万亩。")
    assert got["2万亩"] == ["低效用地再开发面积", "盘活存量建设用地面积", "消化批而未供土地面积"]
    # with no 各 the list shares one total: unchanged
    assert len(_names("完成低效用地再开发、盘活存量建设用地2万亩。")["2万亩"]) == 1


def test_growth_gaps_over_two_places() -> None:
    # 金华 missed: 外贸进出口、实际利用外资增速高于全省、全市3个百分点以上: both members
    got = _names("GDP增速高于全省、全市2个百分点以上，外贸进出口、实际利用外资增速高于全省、全市3个百分点以上。")
    assert got["3个百分点"] == ["外贸进出口增速高于全省全市", "实际利用外资增速高于全省全市"]
    assert got["2个百分点"] == ["GDP增速高于全省全市"]
