"""Spot audits 37 (庆阳, 营口 2025), round fix93a: review figures of the target's measure refused by a check that misread
them: a key's veto word that only says where people go (来营就业), an entry in a list after the count (7个产品入选…名录),
the national grading scheme's full name (国家4A级), a 和 inside a quoted name (“和美乡村”), a title standard reached
after the count (达到“和美乡村”建设标准), and a short kind said with its noun in the clause before (市列重点项目…，年度计划投资)."""
from __future__ import annotations

from target_cases import baseline_of, targets

from govreport.tables.destination_words import vetoes


def test_destination_of_graduates_is_no_veto() -> None:
    # 营口 L15 (row 17): 引进高校毕业生来营就业1万余人 for 引进…高校毕业生1万人
    assert not vetoes("高校毕业生来营就业引进人数", "就业") and vetoes("高校毕业生就业人数", "就业")
    t = targets("引进高校毕业生来营就业1万余人。", "全年引进高水平科技人才团队20个、高校毕业生1万人。")
    assert baseline_of(t, "1万人") == "1万余人"


def test_products_entering_a_list_are_added_in_the_year() -> None:
    # 营口 L7 (row 36): 营口大米等7个产品入选全国名特优新农产品名录 for 新增名特优新农产品4个
    t = targets("营口大米等7个产品入选全国名特优新农产品名录。", "新增名特优新农产品4个。")
    assert baseline_of(t, "4个") == "7个"


def test_national_grade_a_scenic_area_is_that_grade() -> None:
    # 庆阳 L9 (row 38): 成功创建…国家4A级旅游景区1个 for 争创4A级旅游景区2个 (3A: 6个, not the 4A target's)
    t = targets("成功创建镇原县北石窟驿国家4A级旅游景区1个、环县庄子峁生态农庄等3A级旅游景区6个。",
                "争创4A级旅游景区2个、3A级旅游景区5个。")
    assert baseline_of(t, "2个") == "1个" and baseline_of(t, "5个") == "6个"


def test_villages_reaching_a_quoted_title_standard() -> None:
    # 庆阳 L15 (row 28): 28个村达到“和美乡村”建设标准 for 建设“和美乡村”40个
    t = targets("乡村建设行动深入实施，94个村基础设施、公共服务全面提升，28个村达到“和美乡村”建设标准。",
                "深入推进“八改”工程，建设“和美乡村”40个，卫生厕所普及率达到80%以上。")
    assert baseline_of(t, "40个") == "28个"


def test_short_kind_with_its_noun_in_the_clause_before() -> None:
    # 庆阳 L8 (row 44): 103个市列重点项目完成投资617.4亿元 for 市列重点项目110个以上，年度计划投资600亿元以上
    t = targets("103个市列重点项目完成投资617.4亿元。", "实施市列重点项目110个以上，年度计划投资600亿元以上。")
    assert baseline_of(t, "600亿元") == "617.4亿元"
