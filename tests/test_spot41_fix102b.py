"""Held-out audit 40b (徐州, 揭阳 2023), round fix102b: the same measure said with another flow word, stage word, synonym verb
or praise word (新开工/开工, 优质, 建成投产/竣工, 招录/招聘), and a place's part of a list of places given no city-wide baseline."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from govreport.extract.keys import indicator_key
from target_cases import baseline_of, class_of, targets


def test_a_start_after_a_join_is_the_reviews_start() -> None:
    # 揭阳 row 12: 有序推进20个已开工和3个以上新开工老旧小区改造 vs 开工改造城镇老旧小区20个
    t = targets("开工改造城镇老旧小区20个，加装既有住宅电梯96台。", "有序推进20个已开工和3个以上新开工老旧小区改造。", 2022)
    assert baseline_of(t, "3个") == "20个" and class_of(t, "3个") == "below_last_year"
    # the clause's own 推进 without a member of its own stays work under way: no start's baseline
    t = targets("开工改造城镇老旧小区20个。", "有序推进3个老旧小区改造。", 2022)
    assert baseline_of(t, "3个") == ""


def test_praise_of_places_added_falls_away() -> None:
    # 揭阳 row 21: 新增公办优质学位2.64万个以上 vs 新增公办学位1.83万个
    t = targets("新增公办学位1.83万个。", "新增公办优质学位2.64万个以上。", 2022)
    assert baseline_of(t, "2.64万个") == "1.83万个" and class_of(t, "2.64万个") == "stretch"
    # a quality label given to schools there are keeps no key (培育新优质学校)
    assert indicator_key("培育义务教育新优质学校数", "所", "up") == ""
    assert indicator_key("新增公办优质学位数", "个", "up") == "new_school_places"


def test_all_of_a_counted_noun_before_a_verb_is_no_part_of_it() -> None:
    # 徐州 row 15: 200项市重大产业项目 vs 193个市重大产业项目均完成年度建设任务 (项 and 个 count 项目 alike)
    review = "19个省重大项目、193个市重大产业项目均完成年度建设任务。"
    t = targets(review, "强力推进年度投资1300亿元的200项市重大产业项目。", 2022)
    assert baseline_of(t, "200项") == "193个" and class_of(t, "200项") == "modest"
    # 均衡 is a word of its own, no 均 of all
    q = extract_quantities(read_text("政府工作报告\n一、2022年工作回顾\n建成10所均衡发展示范学校。\n"))
    assert "均衡" in dict(zip(q["text"], q["indicator"]))["10所"]


def test_recruiting_teachers_in_other_words() -> None:
    # 徐州 row 129: 新招录教师4800名 vs 招聘编制教师4963名
    t = targets("招聘编制教师4963名。", "新招录教师4800名。", 2022)
    assert baseline_of(t, "4800名") == "4963名" and class_of(t, "4800名") == "below_last_year"
    t = targets("招聘医生963名。", "新招录教师4800名。", 2022)
    assert baseline_of(t, "4800名") == ""


def test_a_places_part_of_a_list_of_places_takes_no_whole() -> None:
    # 揭阳 row 19: 抓紧完成省帮扶练江676公里、枫江229公里污水管网 vs the city's 污水管网462公里
    plan = "抓紧完成省帮扶练江676公里、枫江229公里污水管网及污染源接驳。"
    t = targets("新增城镇污水处理能力5万吨/日、污水管网462公里。", plan, 2022)
    assert baseline_of(t, "229公里") == ""
    # a list whose later member names a thing, not a place, keeps the city's baseline
    t = targets("新增城镇污水处理能力5万吨/日、污水管网462公里。", "新建雨水管网676公里、污水管网229公里。", 2022)
    assert baseline_of(t, "229公里") == "462公里"
