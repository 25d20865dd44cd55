"""Round 164, fix164c (held-out set 83): a target 争列N个以上省级重点项目 whose name drops the listing verb (争列 ends the
clause right before the count) is measured by the review's 争列省管重点项目M项: 争列 is read before the count, and
省管 is a level word (the province's list), not a list of no level. A list's first member takes the review list's first where the next members matched; a main part (以…为主的) names no kind;
a planted area is an area; a lead naming a group of counties (北三县) scopes its paragraph. Paraphrased texts through the real
reader and extractor."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from govreport.tables import build_targets
from tests.target_cases import baseline_of, class_of, targets

_REVIEW = "全年争列省管重点项目16项、市管省考核项目40项，均居全省前列。"


def test_listing_verb_before_the_count_meets_the_reviews_listed_projects() -> None:
    # 廊坊 2014 row 19: 争列10个以上省级重点项目 vs 争列省管重点项目14项
    t = targets(_REVIEW, "争列12个以上省级重点项目，继续保持全省领先，扎实推进90个市级重点项目和900个县级重点项目建设。")
    assert baseline_of(t, "12个") == "16项"
    assert class_of(t, "12个") == "below_last_year"


def test_projects_started_are_not_the_projects_listed() -> None:
    # the boundary: a count of projects begun, no 争列 before it, keeps refusing a review count of projects listed
    t = targets("全年争列省重点项目16项，完成投资300亿元。", "新开工省重点项目20个。")
    assert baseline_of(t, "20个") == ""


def test_a_main_part_and_examples_name_the_same_set() -> None:
    # 延边 2021 row 41: 以黑木耳为主的食（药）用菌达15亿袋 vs 栽培木耳、灵芝、桑黄等食（药）用菌14亿袋
    t = targets("全年栽培木耳、香菇、灵芝等食（药）用菌13亿袋。", "以黑木耳为主的食（药）用菌达14亿袋，推进交易市场建设。")
    assert baseline_of(t, "14亿袋") == "13亿袋"


def test_a_named_kind_without_a_main_part_stays_apart() -> None:
    # the boundary: a plain kind (黑木耳) against examples of the whole set is still another kind
    t = targets("全年栽培木耳、香菇、灵芝等食用菌13亿袋。", "黑木耳食用菌达14亿袋，推进交易市场建设。")
    assert baseline_of(t, "14亿袋") == ""


def test_a_planted_area_is_the_reviews_area_in_hectares() -> None:
    # 延边 2021 row 42: 新增人参种植面积700公顷 vs 新增非林地人参700公顷
    t = targets("新增非林地人参650公顷。", "加快非林地人参园区化发展，新增人参种植面积720公顷。")
    assert baseline_of(t, "720公顷") == "650公顷"


def test_a_lists_first_member_takes_the_review_lists_first() -> None:
    # 延边 2021 row 48: 新增…重点龙头企业10家、联合体10家 vs 新增州级龙头企业19家、联合体17家
    t = targets("新增州级龙头企业18家、联合体16家。",
                "新增州级以上农业产业化重点龙头企业11家、联合体12家、产业园2个，促进产业融合发展。")
    assert baseline_of(t, "12家") == "16家"
    assert baseline_of(t, "11家") == "18家"
    assert class_of(t, "11家") == "below_last_year"


def test_a_first_member_with_another_head_gets_no_partner() -> None:
    # the boundary: the review list's first member counts another thing (高新技术企业, not 龙头企业)
    t = targets("新增高新技术企业18家、联合体16家。",
                "新增州级以上农业产业化重点龙头企业11家、联合体12家、产业园2个，促进产业融合发展。")
    assert baseline_of(t, "11家") == ""


def test_a_lead_naming_a_group_of_counties_refuses_the_citys_figure() -> None:
    # 廊坊 2014 row 32: （二）推进北三县统筹发展。…今年完成造林15万亩以上 vs the city's 全市造林20.2万亩
    review = "大规模开展植树造林，全市造林18万亩。"
    plan = ("今年重点实施六大增绿工程，完成40万亩造林任务。\n"
            "（二）推进东三县统筹发展。加快一体化发展步伐。一是规划统筹。加强植树造林，今年完成造林12万亩以上。")
    text = f"政府工作报告\n一、2024年工作回顾\n{review}\n二、2025年重点工作\n{plan}\n"
    t = build_targets(extract_quantities(read_text(text)), text=text).set_index("text", drop=False)  # (paragraph leads need the text)
    assert baseline_of(t, "12万亩") == ""
    assert baseline_of(t, "40万亩") == "18万亩"  # the city's own target keeps the city's figure


def test_a_rates_list_partner_is_not_taken() -> None:
    # the boundary: rates share their measure (投资增长), no counted thing: 能源投资 takes no 产业投资 rate
    t = targets("其中产业投资增长24.3%、工业投资增长27.7%，均居全省第1位。", "确保能源投资增长80%、工业投资增长30%、农业投资增长10%。")
    assert baseline_of(t, "80%") == ""
