"""Held-out set 60 and set 59 leftovers (fix130a): a line naming only a year and its work (2023年政府工作, 酒泉) heads the
plan; a coded goal's glosses (到2025年实现“12345”目标。“1”即…) are goals of its year; 在2021年X的基础上达到Y states X as a
level of 2021 and Y's baseline (武威); 三年建成 spans three years. Beside each, the neighbouring right behaviour kept."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from name_cases import names
from target_cases import baseline_of, targets


def _report(review_heading: str, plan_heading: str) -> str:
    return (f"各位代表：\n{review_heading}\n2022年，全市地区生产总值增长6.5%。\n"
            f"{plan_heading}\n奋斗目标是:地区生产总值增长7%以上。\n")


def test_a_year_and_its_work_heads_the_plan() -> None:
    """2022年工作回顾 … 2023年政府工作 (酒泉): the later year's line opens the plan; its growth goal is a target."""
    report = read_text(_report("2022年工作回顾", "2023年政府工作"))
    assert set(report.parts) >= {"review", "plan"}
    q = extract_quantities(report).set_index("text")
    assert q.loc["7%", "role"] == "target" and q.loc["6.5%", "role"] == "actual"


def test_a_line_of_prose_naming_a_year_is_no_heading() -> None:
    """2023年政府工作的总体要求是… is a sentence, not a heading (a line naming more than a year and its work)."""
    report = read_text("各位代表：\n2022年工作回顾\n全年地区生产总值增长6.5%。\n2023年政府工作的主要任务很重\n今年地区生产总值增长7%以上。\n")
    assert [h.title for h in report.headings if h.level == 1] == ["2022年工作回顾"]


def test_glosses_of_a_coded_goal_take_its_year() -> None:
    """到2025年实现“12345”目标。“1”即…600亿元以上；“2”即…下降13.5% (武威): goals for 2025, not the plan year."""
    t = extract_quantities(read_text(
        "一、2022年工作回顾\n全市工业总产值增长10%。\n二、2023年工作安排\n"
        "实施绿色工业突破行动，到2025年实现“12345”目标。“1”即实现一个翻番，绿色工业总产值达到600亿元以上；"
        "“2”即推动两个下降，单位工业能耗下降13.5%。全年新建5G基站500个。\n")).set_index("text")
    assert t.loc["600亿元", "year"] == 2025 and t.loc["13.5%", "year"] == 2025
    assert t.loc["500个", "year"] == 2023  # a later sentence glossing nothing stays the plan year's


def test_a_gloss_of_another_code_keeps_the_plan_year() -> None:
    """“3”即… when the goal named was “12”: not that goal's gloss."""
    t = extract_quantities(read_text(
        "一、2022年工作回顾\n全市工业总产值增长10%。\n二、2023年工作安排\n"
        "到2025年实现“12”目标。“3”即新建5G基站500个。\n")).set_index("text")
    assert t.loc["500个", "year"] == 2023


def test_a_stated_level_of_a_year_is_the_goals_baseline() -> None:
    """绿色工业总产值在2021年290亿元的基础上达到600亿元以上: 290亿元 is 2021's level, no target, and the goal's baseline."""
    t = targets("全年工业增加值增长8%。", "全年绿色工业总产值在2021年290亿元的基础上达到600亿元以上。", review_year=2022)
    assert "290亿元" not in t.index
    assert baseline_of(t, "600亿元") == "290亿元"
    row = t.loc["600亿元"]
    assert int(row["baseline_year"]) == 2021 and row["indicator"] == "绿色工业总产值"


def test_a_basis_without_a_year_is_no_stated_level() -> None:
    """在现有基础上增长10%: no year, no level stated; the growth stays a target."""
    t = targets("全年工业增加值增长8%。", "全年工业增加值在现有基础上增长10%。", review_year=2022)
    assert "10%" in t.index


def test_three_years_to_build_spans_three_years() -> None:
    """按照三年建成2000万千瓦以上新能源发电装机目标 (武威): a goal for the plan year and the two after it."""
    q = extract_quantities(read_text(
        "一、2022年工作回顾\n全市工业总产值增长10%。\n二、2023年工作安排\n"
        "按照三年建成2000万千瓦以上新能源发电装机目标，推进项目建设。\n")).set_index("text")
    assert q.loc["2000万千瓦", "year"] == 2025 and q.loc["2000万千瓦", "year_from"] == 2023


def test_the_level_and_goal_share_a_name() -> None:
    """The stated level's name drops 在2021年; the goal takes it."""
    got = names("绿色工业总产值在2021年290亿元的基础上达到600亿元以上。")
    assert got["290亿元"] == got["600亿元"] == "绿色工业总产值"
