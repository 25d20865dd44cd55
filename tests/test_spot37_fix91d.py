"""Spot audits 37 (平凉, 绥化, 宁德, 黔东南 2025), round fix91d: rows that are no plan-year target — a glossary headed
注解, a later five-year plan's goal (锚定…目标 beside “十五五”), a strength the place has (发挥…优势), projects that have
already won their funding (已获得…支持的N个项目), a running total in a list opened by 新增 (累计90户), and the year's
key-project list after 达到 (a new set each year, not a level reached)."""
from __future__ import annotations

from target_cases import baseline_of, class_of, targets

from govreport import extract_quantities, read_text
from govreport.tables import build_targets


def test_a_glossary_headed_zhujie_is_notes() -> None:
    # 平凉 L67 (rows 85–104): --- then 注解： on a line of its own; the notes set no goal
    text = ("政府工作报告\n一、2024年工作回顾\n城镇新增就业2.59万人。\n二、2025年重点工作\n"
            "城镇新增就业2.4万人。\n各位代表！\n让我们团结奋斗。\n---\n注解：\n"
            "5.“12345”监测调度机制：1个专班、2个方案、3个攻坚战、4个紧盯、5项措施。\n")
    report = read_text(text)
    assert "notes" in report.parts
    t = build_targets(extract_quantities(report)).set_index("text", drop=False)
    assert "2.4万人" in t.index and "2个" not in t.index and "5项" not in t.index


def test_an_anchored_goal_beside_a_later_plan_is_no_plan_year_target() -> None:
    # 平凉 L21 (row 15): 锚定经济总量1100亿元目标，科学谋划“十五五”发展 — the 2030 goal
    t = targets("地区生产总值710亿元。", "锚定经济总量1100亿元目标，科学谋划“十五五”发展。地区生产总值增长6%。")
    assert "1100亿元" not in t.index and "6%" in t.index


def test_a_strength_drawn_on_is_no_count_to_reach() -> None:
    # 宁德 (rows 27, 32): 发挥…46个民族大家庭…优势, 发挥…和69家异地商会的特色优势
    t = targets("城镇新增就业5万人。", "充分发挥宁德46个民族大家庭、全国最大畲族聚居地的独特优势，加快建设重点区。"
                "发挥50多万海外宁籍华侨华人和69家异地商会的特色优势，加强联络联谊。新建5G基站500个。")
    assert "46个" not in t.index and "69家" not in t.index and "500个" in t.index


def test_projects_that_won_funding_are_a_set_worked_on() -> None:
    # 绥化 L41 (row 42): 抓好已获得…资金支持的73个项目
    t = targets("城镇新增就业5万人。", "抓好已获得中央预算内、超长期特别国债、专项债券资金支持的73个项目。新开工项目80个。")
    assert "73个" not in t.index and "80个" in t.index


def test_a_running_total_in_a_list_opened_by_xinzeng_is_a_stock() -> None:
    # 黔东南 (row 26): 新增…、“专精特新”企业累计90户以上 — no addition, so 新增29户 is no baseline
    t = targets("新增“专精特新”企业29户。", "力争新增亿级企业15户以上、规上企业50户以上、“专精特新”企业累计90户以上。")
    assert t.loc["90户", "measure"] == "stock"
    assert baseline_of(t, "90户") == ""


def test_key_projects_reached_are_the_years_list() -> None:
    # 绥化 L41 (row 48): 全市重点项目达到800个 after 847个 last year — below last year, not met already
    t = targets("全市实施重点项目847个。", "全市重点项目达到800个，年度投资440亿元以上。")
    assert baseline_of(t, "800个") == "847个"
    assert class_of(t, "800个") == "below_last_year"
