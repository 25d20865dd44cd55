"""Held-out set 60 (郴州, 鄂州, 铁岭, 衢州, 酒泉 2023), round fix130b: baselines of the same subject and the same measure
(a short form of a noun, a registration flow word, no match on a near-zero wording score)."""
from __future__ import annotations

from target_cases import baseline_of, class_of, targets


def test_a_short_form_names_the_same_thing() -> None:
    # 鄂州 row 31: 新建、改扩建10所公办幼儿园 against the review's 新建、改扩建公办园10所 (公办园 = 公办幼儿园)
    t = targets("新建、改扩建公办园10所。", "新建、改扩建10所公办幼儿园。")
    assert baseline_of(t, "10所") == "10所"
    # another kind of school is no baseline of it
    t = targets("新建、改扩建中小学10所。", "新建、改扩建10所公办幼儿园。")
    assert baseline_of(t, "10所") == ""


def test_new_registrations_are_a_flow() -> None:
    # 鄂州 row 55: 新登记市场主体2万户 is the year's registrations, below last year's 新增市场主体2.66万户
    t = targets("新增市场主体2.66万户。", "新登记市场主体2万户。")
    assert baseline_of(t, "2万户") == "2.66万户" and class_of(t, "2万户") == "below_last_year"


def test_a_near_zero_wording_score_is_no_match() -> None:
    # 郴州 row 15: 实施重大项目建设500个 is not measured by 218个市重点建设项目 (wording score 0.07)
    t = targets("37个省重点、218个市重点建设项目分别完成年度投资计划的140.19%。", "力争全年实施重大项目建设500个。")
    assert baseline_of(t, "500个") == ""
    # the same thing with the same action, said the other way round, still matches (207家优强企业落户)
    t = targets("全年207家优强企业落户。", "引进优强企业200家。")
    assert baseline_of(t, "200家") == "207家"
    # a target whose own words say only the action takes the thing its sentence names (score 0.18, above the floor)
    t = targets("中欧班列（义新欧）开行3005列、增长14.7%。", "高质量建设金华（义乌）中欧班列集结中心，深化中欧班列市场化运营改革，全年开行3000列以上。")
    assert baseline_of(t, "3000列") == "3005列"
