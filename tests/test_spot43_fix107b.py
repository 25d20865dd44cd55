"""Held-out audit 43 (七台河, 平顶山, 临沧 2023), round fix107b: non-targets and baselines — examples closed by 等 + a class
noun are one subject, zones under development and an existing set are no goals, growths against two base years are
read member by member, and a level a term paragraph says is reached is the review year's."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from govreport.tables import build_targets
from target_cases import baseline_of, targets


def test_examples_closed_by_a_class_noun_are_one_subject() -> None:
    # 临沧 G7: 拉动规模以上企业、在临高校等创新主体研发经费投入增速达17%以上: one row, no debris member
    t = targets("全年完成投资100亿元。", "拉动规模以上企业、在临高校等创新主体研发经费投入增速达17%以上。", 2022)
    assert list(t["indicator"]) == ["创新主体研发经费投入增速"]
    # a list without 等 + noun still shares the figure member by member
    t = targets("全年完成投资100亿元。", "二氧化硫、氮氧化物排放量要下降3%。", 2022)
    assert list(t["indicator"]) == ["二氧化硫排放量下降", "氮氧化物排放量下降"]


def test_zones_under_development_are_no_goal() -> None:
    # 临沧 G6: 扎实推进17个城镇化片区开发: the zones worked on
    t = targets("全年完成投资100亿元。", "扎实推进17个城镇化片区开发。推进10个新产品开发。", 2022)
    assert "17个" not in set(t["text"])
    assert "10个" in set(t["text"])  # new products developed: a goal


def test_an_existing_set_and_brands_strengthened_are_no_goal() -> None:
    # 七台河 G9: 力争现有16所短道速滑特色校…入选; 扶强扶壮4个…区域品牌
    plan = "力争现有16所短道速滑特色校、少儿业余体校入选国家冰雪体育特色校。扶强扶壮4个地理标志性农产品区域品牌。新建3所特色校。"
    t = targets("全年完成投资100亿元。", plan, 2022)
    assert set(t["text"]) == {"3所"}


def test_growths_against_two_base_years_are_read_member_by_member() -> None:
    # 七台河 G4: 较2020、2021年度分别增长40%和21%: 21% is last year's growth, 40% a two-year growth
    review = "市属企业资产总额达到423.79亿元，较2020、2021年度分别增长40%和21%；实现营业收入8.48亿元，分别增长47%和19%。"
    q = extract_quantities(read_text(f"政府工作报告\n一、2022年工作回顾\n{review}\n"))
    named = dict(zip(q["text"], zip(q["indicator"], q["year"])))
    assert named["40%"] == ("市属企业资产总额增长", 2022) and named["21%"] == ("市属企业资产总额增长", 2022)
    t = targets(review, "实现市属企业资产总额增长3%以上，营业收入增长20%以上。", 2022)
    assert baseline_of(t, "3%") == "21%"
    assert baseline_of(t, "20%") == "19%"  # the ；-clause's 分别 list takes the same years: 47% is a two-year growth
    # one base year, two years back: a change over the span
    t = targets("市属企业资产总额达到423.79亿元，较2020年增长40%。", "实现市属企业资产总额增长3%以上。", 2022)
    assert baseline_of(t, "3%") == ""


def test_a_level_reached_in_a_term_paragraph_is_the_review_years() -> None:
    # 平顶山 G5: ——这是…的五年。…营商环境明显改善，市场主体达到43.7万户 / 市场主体达到46.7万户
    text = ("政府工作报告\n一、过去五年工作回顾\n——这是改革开放、动力活力加速释放的五年。营商环境明显改善，市场主体达到43.7万户。"
            "五年累计新增企业达到3万户。\n二、2023年工作安排\n市场主体达到46.7万户。新增企业达到4万户。\n")
    t = build_targets(extract_quantities(read_text(text))).set_index("text", drop=False)
    assert baseline_of(t, "46.7万户") == "43.7万户"
    assert baseline_of(t, "4万户") == ""  # a total over the term stays refused
