"""Baselines after audit 44 (fix56c, 荆州): review figures of the same measure taken (a verb or the power of a charging point
before the measure is no scope, 户厕 and 养老综合体 are wordings, 技改 is 技术改造, 乡镇（街道） is 街道（乡镇）, a list of schools
is compared whole) and figures of another measure refused (a total over the last three years, projects counted by the
investment done against projects at a stage); beside each, the neighbouring right behaviour kept."""
from __future__ import annotations

import pandas as pd

from target_cases import baseline_of as _base, targets

GOALS = "地区生产总值增长7%左右。"


def test_a_verb_before_new_jobs_is_no_scope() -> None:
    """城镇新增就业5.2万人以上 against 促进城镇新增就业7.1万人 (JZ#5): 促进 says what was done, not of what scope."""
    t = targets("促进城镇新增就业7.1万人，城镇调查失业率控制在5.5％以内。",
                GOALS + "城镇调查失业率5％以内，城镇新增就业5.2万人以上，城乡居民收入增长与经济增长基本同步。", 2023)
    assert _base(t, "5.2万人") == "7.1万人"


def test_a_place_before_charging_points_is_still_a_scope() -> None:
    """新增充电桩5000个 against 新增乡村充电桩1900个: the villages' points are a part, none (新能源 alone is dropped)."""
    t = targets("新增乡村充电桩1900个。", GOALS + "新增充电桩5000个。", 2023)
    assert _base(t, "5000个") == ""


def test_new_energy_is_no_scope_of_charging_points() -> None:
    """新增停车位8500个、充电桩5000个 against 新增…新能源充电桩1900个 (JZ#50)."""
    t = targets("新增公共停车泊位1.36万个、新能源充电桩1900个。",
                GOALS + "全力推进“全市一个停车场”建设，新增停车位8500个、充电桩5000个。", 2023)
    assert _base(t, "5000个") == "1900个"


def test_household_toilets_are_sanitary_toilets() -> None:
    """建改户厕2万户 against 改造农村危房798户、户厕16783户 (JZ#62)."""
    t = targets("改造农村危房798户、户厕16783户。",
                GOALS + "实施农村供水提标升级工程3个，建改户厕2万户，完成196个行政村生活污水治理。", 2023)
    assert _base(t, "2万户") == "16783户"


def test_township_and_street_in_brackets_are_one_kind() -> None:
    """新建乡镇（街道）养老综合体20个 against 新建街道（乡镇）养老服务综合体10个 (JZ#73)."""
    t = targets("新建街道（乡镇）养老服务综合体10个、老年人助餐点200个。",
                GOALS + "完成适老化改造1860户，新建乡镇（街道）养老综合体20个。", 2023)
    assert _base(t, "20个") == "10个"


def test_short_and_full_form_of_technical_upgrading() -> None:
    """完成技改项目400个以上 against 完成新一轮技术改造项目400个 (JZ#7)."""
    t = targets("完成新一轮技术改造项目400个，工业技改投资增长15％。",
                GOALS + "实施传统产业新一轮技改焕新行动，完成技改项目400个以上，力争技改投资增长15％以上。", 2023)
    assert _base(t, "400个") == "400个"


def test_a_total_over_the_last_three_years_is_no_baseline() -> None:
    """力争全年引进亿元以上项目900个 against 纺织服装产业近三年引进亿元以上项目182个 (JZ#26): none."""
    t = targets("纺织服装产业近三年引进亿元以上项目182个，企业总量达到1031家。",
                GOALS + "着力提升招商引资履约率和转化率，力争全年引进亿元以上项目900个。", 2023)
    assert _base(t, "900个") == ""


def test_projects_by_investment_done_are_no_count_at_a_stage() -> None:
    """新开工…等12个重点项目, 建成…等13个重点项目 against 当枝松高速等58个重大项目完成投资317亿元 (JZ#37, #39): none."""
    t = targets("当枝松高速等58个重大项目完成投资317亿元。",
                GOALS + "新开工“两路一港一园”等12个重点项目，续建“三路两桥三线四港六园”等39个重点项目，建成“两路一港一线”等13个重点项目。", 2023)
    assert _base(t, "12个") == "" and _base(t, "13个") == "" and _base(t, "39个") == ""


def test_a_start_count_still_takes_a_start_count() -> None:
    """新开工重点项目120个 against 新开工重点项目100个, 完成投资317亿元 after it: the count of the same stage is kept."""
    t = targets("新开工重点项目100个，完成投资317亿元。", GOALS + "新开工重点项目120个。", 2023)
    assert _base(t, "120个") == "100个"


def test_a_list_of_schools_is_compared_whole() -> None:
    """新改扩建中小学、公办幼儿园14所 against 新建、改扩建中小学和幼儿园34所 (JZ#74)."""
    t = targets("新建、改扩建中小学和幼儿园34所，新增学位1.5万个。",
                GOALS + "新改扩建中小学、公办幼儿园14所，新增学位8300个。", 2023)
    assert _base(t, "14所") == "34所"


def test_a_list_target_takes_no_member_of_a_review_list() -> None:
    """新改扩建中小学、幼儿园14所 against 新改扩建中小学6所、幼儿园37所 (audit 36): the members apart, none."""
    t = targets("新改扩建中小学6所、幼儿园37所。", GOALS + "新改扩建中小学、幼儿园14所。", 2023)
    assert _base(t, "14所") == ""


def test_a_review_sum_followed_by_another_measure_is_no_list_member() -> None:
    """新建、改扩建中小学和幼儿园85所 against 建成投用中小学和幼儿园88所、增加学位9.7万个 (成都): the 、 after 88所 opens another measure."""
    t = targets("教育强市深化建设，建成投用中小学和幼儿园88所、增加学位9.7万个。",
                GOALS + "优化配置教育资源，新建、改扩建中小学和幼儿园85所、增加学位7万个以上。", 2023)
    assert _base(t, "85所") == "88所"


def test_a_closed_list_of_other_kinds_stays_a_sum() -> None:
    """升级改造社区卫生服务中心、乡镇卫生院和标准化村卫生室56所 (长沙): 乡镇卫生院 holds no key, so the sum is no key's."""
    t = targets("新建村卫生室20所。",
                GOALS + "提质改造农村公路600公里，升级改造社区卫生服务中心、乡镇卫生院和标准化村卫生室56所。", 2023)
    assert t.loc[["56所"]].iloc[-1]["indicator_key"] in ("", None) or pd.isna(t.loc[["56所"]].iloc[-1]["indicator_key"])


def test_a_rate_of_the_plan_done_is_no_count_by_investment() -> None:
    """开工率、年度投资计划完成率“两个100%” against 完成年度投资计划的124% (滨州): the rate is kept."""
    t = targets("674个省市县重点项目强力推进，完成年度投资计划的124%，256个项目竣工投产。",
                GOALS + "强力抓建设，加快实施680个省市县重点项目，确保开工率、年度投资计划完成率“两个100%”。", 2023)
    assert _base(t, "100%") == "124%"


def test_a_continued_member_keeps_its_own_stage() -> None:
    """续建亿元以上项目552个 against 新开工亿元以上项目724个、续建482个 (JZ#25): the bare member 续建 takes the noun, not the
    neighbour's 新开工, so both name 亿元以上项目续建 and meet; the 新开工 member keeps its own baseline."""
    t = targets("强化重点项目精准调度，新开工亿元以上项目724个、续建482个。",
                "持续抓好项目谋划策划和接续实施，新开工亿元以上项目911个，续建亿元以上项目552个。", 2023)
    assert _base(t, "552个") == "482个" and _base(t, "911个") == "724个"
    assert "新开工" not in t.loc[["552个"]].iloc[-1]["indicator"]


def test_a_class_before_a_list_member_is_still_shared() -> None:
    """争创省级精品村5个、示范村50个 style: 省级乡村振兴示范乡镇5个、示范村100个 keeps the class 省级乡村振兴 (not a stage word)."""
    from govreport import extract_quantities, read_text
    q = extract_quantities(read_text("政府工作报告\n一、2023年工作回顾\n创建省级乡村振兴示范乡镇5个、示范村100个。\n"))
    assert "省级乡村振兴示范村创建数" in set(q["indicator"])
