"""Held-out audit 55 (景德镇 2023), round fix124a: a closing glossary headed with its characters spaced apart (注 释)
is notes, and an entry of it that is a year's list of livelihood projects (7.2022年十件民生实事全部完成：… /
17.2023年十件民生实事：…) is last year's results or the plan's goals, not a note."""
from __future__ import annotations

from govreport import read_text
from target_cases import baseline_of, class_of, targets

REVIEW = "城镇新增就业1.6万人，十件民生实事⑦全部完成。"
NOTES = ("\n---\n\n注 释\n\n"
         "1．“895”专项行动：全市895件信访积案化解专项行动。\n\n"
         "2．“双十”：即打造景区等10个半小时打卡地。\n\n"
         "3.2022年十件民生实事全部完成：①新增城镇就业人数超1.74万人。②建成中心城区3508套保障性租赁住房。\n\n"
         "4.2023年十件民生实事：①启动中心城区3566套保障性租赁住房建设。②新增城镇就业1.75万人以上。\n\n"
         "5．“四大行动”：创业带动就业示范行动、就业援助暖心行动。\n")


def test_a_spaced_glossary_heading_is_notes() -> None:
    # 景德镇: 注 释 then 8．“895”专项行动：全市895件信访积案化解专项行动 — a definition, no 2023 target
    r = read_text("政府工作报告\n一、2022年工作回顾\n" + REVIEW + "\n二、2023年重点工作\n扎实办好十件民生实事。\n" + NOTES)
    assert "notes" in r.parts
    t = targets(REVIEW, "扎实办好十件民生实事。\n" + NOTES, review_year=2022)
    assert "895件" not in t.index and "10个" not in t.index


def test_a_year_list_in_the_glossary_is_results_or_goals() -> None:
    # note 3 states 2022's results (a baseline, no target); note 4 lists 2023's goals
    t = targets(REVIEW, "扎实办好十件民生实事。\n" + NOTES, review_year=2022)
    assert "1.74万人" not in t.index and "3508套" not in t.index
    assert "3566套" in t.index
    assert baseline_of(t, "1.75万人") == "1.74万人" and class_of(t, "1.75万人") == "modest"


def test_an_entry_naming_no_year_stays_a_note() -> None:
    # a definition of the list's name, no year: still a note
    notes = "\n注 释\n\n1．十件民生实事：指新增城镇就业1.75万人以上等十件事。\n"
    t = targets(REVIEW, "扎实办好十件民生实事。\n" + notes, review_year=2022)
    assert "1.75万人" not in t.index
