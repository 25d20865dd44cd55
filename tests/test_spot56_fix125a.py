"""Held-out audit 56 (滁州, 荆州, 新余 2023), round fix125a: a five-year heading naming its vision's year (二、未来五年目标任务和
2035年远景目标) does not give the plan year when a later plan heading names the year after the review's; a glossary heading
with a few words before it (部分名词注释, 《政府工作报告》有关内容名词注释) or a second kind after it (名词解释和有关情况说明) is notes."""
from __future__ import annotations

from govreport import read_text
from target_cases import targets

REPORT = ("滁州市政府工作报告\n一、2022年工作回顾\n地区生产总值增长5.5%。\n"
          "二、未来五年目标任务和2035年远景目标\n2035年总体目标：常住人口城镇化率75%以上。\n"
          "三、2023年重点工作安排\n地区生产总值增长8.5%以上。\n")


def test_the_year_after_the_review_is_the_plan_year() -> None:
    r = read_text(REPORT)
    assert (r.meta["review_year"], r.meta["plan_year"]) == (2022, 2023)


def test_a_lone_vision_heading_still_names_its_year() -> None:
    # no heading names 2023: the heading's year stands as before
    r = read_text("政府工作报告\n一、2022年工作回顾\n增长5.5%。\n二、2035年远景目标\n城镇化率75%以上。\n")
    assert r.meta["plan_year"] == 2035


def test_glossary_headings_with_words_around_them() -> None:
    for heading in ("部分名词注释：", "《政府工作报告》有关内容名词注释", "名词解释和有关情况说明", "政府工作报告名词解释"):
        plan = f"新增城镇就业1万人。\n{heading}\n1.“1＋4＋1”高等教育规划：“4”即4所本科高校。\n"
        t = targets("新增城镇就业0.9万人。", plan, review_year=2022)
        assert "4所" not in t.index and "1万人" in t.index, heading


def test_a_sentence_ending_in_a_glossary_word_is_no_heading() -> None:
    # a line of prose that ends with 说明 or 注释 is no heading: more than a few words before the word
    plan = "新增城镇就业1万人。\n具体安排见附件中的名词解释。\n新建学校4所。\n"
    t = targets("新增城镇就业0.9万人。", plan, review_year=2022)
    assert "4所" in t.index
