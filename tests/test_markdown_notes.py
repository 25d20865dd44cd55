"""A report kept in Markdown (copied from a web page or a repository) marks its closing glossary heading in bold or as
a heading line (**名词解释**, ## 名词解释, **注释：**): the glossary is still a part of its own, so the figures that
explain terms there (坡度大于25%的山体) are no targets; the offsets stay those of the text as given."""
from __future__ import annotations

import pytest

from govreport import extract_quantities, read_text
from govreport.tables import build_targets

_TEXT = ("政府工作报告\n一、2020年工作回顾\n全年新增城镇就业3万人。\n二、2021年重点工作\n全年新增城镇就业3.2万人以上。\n\n"
         "附件2\n\n{heading}\n\n1．“下山、出林、退岸”：是指对于坡度大于25%、高程超过50米的山体，不新增建设用地。\n")


@pytest.mark.parametrize("heading", ["**名词解释**", "## 名词解释", "**注释：**", "__名词解释__", "名词解释"])
def test_a_marked_glossary_heading_closes_the_plan(heading: str) -> None:
    text = _TEXT.format(heading=heading)
    report = read_text(text)
    t = build_targets(extract_quantities(report))
    assert list(t["text"]) == ["3.2万人"]
    assert report.parts["notes"].start == text.index(heading)


def test_bold_words_inside_a_line_open_no_glossary() -> None:
    # boundary: a plan line that only mentions the words in bold is no heading
    text = _TEXT.format(heading="").replace("全年新增城镇就业3.2万人以上。", "全年新增城镇就业3.2万人以上，**名词解释**见附件，新建学校5所。")
    t = build_targets(extract_quantities(read_text(text)))
    assert "5所" in set(t["text"])


def test_a_note_defining_a_programme_the_review_names_gives_no_baseline() -> None:
    # 惠州 2022 (regression text): the review names 兜底民生服务社会工作双百工程, note [9] defines it with its aims (…100%覆盖):
    # no results of last year, so the plan's 100% coverage of the same words has no baseline
    text = ("政府工作报告\n一、2021年工作回顾\n推进兜底民生服务社会工作双百工程。\n二、2022年重点工作\n"
            "实现全市社工服务站（点）100%覆盖。\n\n**名词解释**\n\n"
            "[9]兜底民生服务社会工作双百工程：用两年时间，实现全市社会工作服务站（点）100%覆盖。\n")
    t = build_targets(extract_quantities(read_text(text)))
    assert list(t["text"]) == ["100%"] and (t["baseline_text"].fillna("") == "").all()


def test_a_note_of_results_the_review_names_still_gives_baselines() -> None:
    # boundary (audit 42): a note whose label is a phrase of results the review says states last year's figures
    text = ("政府工作报告\n一、2021年工作回顾\n主要表现在：部分经济指标未达预期。\n二、2022年重点工作\n地区生产总值增长6%。\n\n"
            "**名词解释**\n\n[16]部分经济指标未达预期：地区生产总值增长1.3%。\n")
    t = build_targets(extract_quantities(read_text(text)))
    assert list(t["baseline_text"]) == ["1.3%"]
