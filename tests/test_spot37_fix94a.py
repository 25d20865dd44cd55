"""Spot audit 37 final (大庆, 三明, 张掖 2025), round fix94a: the review's figure of the same measure written another
way (新晋规 for 新增规上, 盘活 for 处置 of idle land, 升级 of rural roads, 促成…转化落地 for 转化) taken as the
baseline, and a review figure of a narrower or other set refused (国控 for 国省控 断面, all 托育机构 for 普惠 ones,
保障性住房 for 保障性租赁住房)."""
from __future__ import annotations

from target_cases import baseline_of, targets

from govreport.tables.name_scopes import scope_of


def test_newly_grown_above_size_is_new_above_size_firms() -> None:
    # 大庆 L3 (row 13): 全市新晋规企业45户 for 全年新增规上企业60户
    t = targets("龙江化工等112户产值超亿元企业增加值增长7.8%，全市新晋规企业45户，培育省级“专精特新”企业35户。",
                "大力改造传统产业，开展技改项目80个，全年新增规上企业60户。")
    assert baseline_of(t, "60户") == "45户"


def test_work_verb_opening_a_scope_is_no_scope() -> None:
    # 三明 L11 (row 18): 盘活园区低效用地6716.8亩 for 园区低效用地处置5000亩; 大庆 (row 34): 升级农村公路306公里
    assert scope_of("盘活园区低效用地面积", "idle_land") == scope_of("园区低效用地处置面积", "idle_land") == "园区"
    assert scope_of("升级农村公路长度", "rural_roads") == scope_of("新改建农村公路长度", "rural_roads")
    t = targets("深化园区标准化建设，盘活园区低效用地6716.8亩。", "确保完成园区低效用地处置5000亩以上。")
    assert baseline_of(t, "5000亩") == "6716.8亩"


def test_brought_about_is_a_light_verb() -> None:
    # 大庆 L4 (row 8): 促成57项重大科技成果转化落地 for 转化重大科技成果50项以上
    t = targets("成立黑龙江高等研究院大庆分院，促成57项重大科技成果转化落地。", "探索“先用后转”等新机制，转化重大科技成果50项以上。")
    assert baseline_of(t, "50项") == "57项"


def test_state_and_province_sections_are_not_state_sections() -> None:
    # 三明 L6 (row 65): 实现全域国控断面100%优质水 is no baseline of 全域国省控断面100%优质水
    t = targets("建立工作机制，实现全域国控断面100%优质水。", "扎实推进流域综合治理，力争实现全域国省控断面100%优质水。")
    assert baseline_of(t, "100%") == ""


def test_all_childcare_centres_are_not_the_subsidised_ones() -> None:
    # 张掖 L9 (row 92): 建成托育机构69家 is no baseline of 新建改扩建普惠托育机构15家
    t = targets("建成托育机构69家，新增托位1200个。", "新建改扩建普惠托育机构15家。")
    assert baseline_of(t, "15家") == ""


def test_affordable_housing_is_not_affordable_rental_housing() -> None:
    # 张掖 L7 (row 69): 建设保障性住房1595套 is no baseline of 改建保障性租赁住房1229套
    t = targets("建设保障性住房1595套、公共租赁住房773套。", "改建保障性租赁住房1229套。")
    assert baseline_of(t, "1229套") == ""
