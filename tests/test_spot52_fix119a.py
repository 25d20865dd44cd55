"""Held-out audit 52 (自贡, 长治, 许昌, 肇庆 2023), round fix119a: which figures are targets, and their year (今年 in a report
delivered in the review year, a counted set's total investment, an institute's number, a floor after 等, a bracketed scope)."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from govreport.tables import build_targets
from target_cases import targets


def _dated(plan_tail: str, date: str = "2022年12月28日") -> set[str]:
    """The target texts of a report dated ``date`` whose plan ends with ``plan_tail`` (its own paragraphs)."""
    text = (f"{date}在某市第十八届人民代表大会第二次会议上\n某市人民政府市长\n各位代表：\n"
            "一、2022年工作回顾\n今年，地区生产总值增长4%。\n二、2023年工作安排\n地区生产总值增长6%。\n"
            f"三、全面加强政府自身建设\n{plan_tail}\n")
    return set(build_targets(extract_quantities(read_text(text)))["text"])


def test_this_year_in_a_report_of_december_is_the_review_year() -> None:
    # 自贡 G1: 今年工作中，我们… opens a look back inside the plan part of a report dated 2022年12月28日
    tail = "今年工作中，我们坚持依法行政，配合出台物业管理条例等3部地方性法规。办理人大议案490件，满意率100%。\n新的一年，我们要办结议案500件以上。"
    got = _dated(tail)
    assert "3部" not in got and "490件" not in got and "100%" not in got and "500件" in got
    # a report dated in the plan year: 今年 is the plan year, its figures goals
    assert "490件" in _dated(tail, "2023年1月8日")


def test_total_investment_after_a_project_count_is_the_sets_size() -> None:
    # 长治 G4: 重点实施116个城建项目，总投资408亿元，年度完成投资134亿元
    t = targets("完成城建投资100亿元。", "重点实施116个城建项目，总投资408亿元，年度完成投资134亿元。")
    assert "408亿元" not in set(t["text"]) and {"116个", "134亿元"} <= set(t["text"])
    # with no year's investment after it: the pool to bring in, a goal (力争纳入…储备项目1000个以上，总投资3000亿元以上)
    t = targets("完成城建投资100亿元。", "力争纳入省级储备项目1000个以上，总投资408亿元以上。")
    assert "408亿元" in set(t["text"])


def test_a_numbered_institute_is_no_count() -> None:
    # 长治 G5: 支持兵器集团207所建设特种计算机创新中心
    t = targets("新建学校2所。", "支持兵器集团207所建设特种计算机创新中心。新建中小学5所。")
    assert "207所" not in set(t["text"]) and "5所" in set(t["text"])


def test_a_floor_after_examples_is_a_goal() -> None:
    # 许昌 G6: 抓细抓好…等360个以上省、市重点项目建设
    t = targets("366个省、市重点项目完成投资1200亿元。", "抓细抓好沙陀湖调蓄工程、民生热电工程等360个以上省、市重点项目建设。")
    assert "360个" in set(t["text"])
    # a set named by examples with no floor of its own, sped up: the projects under way, no goal
    t = targets("366个省、市重点项目完成投资1200亿元。", "加快东湖路、西湖路等219个在建项目进度。")
    assert "219个" not in set(t["text"])


def test_a_bracketed_scope_and_each_are_no_named_members() -> None:
    # 肇庆 G6: 推动县（市、区）各选建2—3个…示范项目 (the 、 inside brackets names no member; 各: a goal for each)
    t = targets("新建公园5个。", "推动县（市、区）各选建2—3个特色美丽圩镇示范项目。")
    assert "2—3个" in set(t["text"])
    # members named in full before the count, worked on: still the set, no goal
    t = targets("新建公园5个。", "提档升级汉正街、楚河汉街、远洋里商业街3个特色街区。")
    assert "3个" not in set(t["text"])


def test_two_members_of_one_list_are_two_goals() -> None:
    # 清远 G7: 新增幼儿园学位2000个、中小学学位10000个、普通高中学位2000个以上 (another school level, no restatement)
    t = targets("新增学位8000个。", "新增幼儿园学位2000个、中小学学位10000个、普通高中学位2000个以上。")
    assert list(t["text"]).count("2000个") == 2
    # the same goal in a summary and in its section stays one
    t = targets("新增学位8000个。", "新增中小学学位10000个。\n加快教育发展，新增中小学学位10000个。")
    assert list(t["text"]).count("10000个") == 1


def test_a_count_right_before_a_share_is_the_set_it_covers() -> None:
    # 清远 G3: 确保7个国考断面100%达到优良目标 (the share is the goal; 达到…目标 names a standard, no goal restated)
    t = targets("7个国考断面水质100%达标。", "新增学位100%。确保7个国考断面100%达到优良目标。")
    assert "7个" not in set(t["text"]) and list(t["text"]).count("100%") == 2
    # a count with its own verb before a share stays a goal
    t = targets("新建公园5个。", "新建公园7个，绿化覆盖率达到45%。")
    assert "7个" in set(t["text"])
