"""A report kept in Markdown (copied from a web page or a repository) marks its headings in bold or as heading lines
(**一、2023年工作回顾**, ## 二、2024年工作安排, **名词解释**, **注释：**) and some words in bold: the marks are no words of a
heading or a name, so the parts, sections, targets and baselines are those of the same text without them, while the
offsets stay those of the text as given (regression texts: 厦门 2024's review was read as its plan, 固原 2022's table
held its five-year goals, 41 glossaries were read as plan goals)."""
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


_MARKED = ("政府工作报告\n\n{h1}一、2023年工作回顾{e1}\n\n{h2}（一）着力稳住经济大盘{e2}\n\n全市地区生产总值增长3.1%，"
           "新增城镇就业11.4万人。\n\n{h1}二、2024年主要工作{e1}\n\n**今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右。**"
           "全年城镇新增就业10万人以上。\n\n{h1}三、加强政府自身建设{e1}\n\n全年新建学校5所。\n")


@pytest.mark.parametrize("h1,e1,h2,e2", [("**", "**", "**", "**"), ("## ", "", "### ", ""), ("", "", "", "")])
def test_marked_headings_divide_the_report_as_plain_ones(h1: str, e1: str, h2: str, e2: str) -> None:
    text = _MARKED.format(h1=h1, e1=e1, h2=h2, e2=e2)
    report = read_text(text)
    assert report.parts["review"].start == text.index(h1 + "一、") and report.parts["plan"].start == text.index(h1 + "二、")
    assert [h.title for h in report.headings if h.level == 1] == ["2023年工作回顾", "2024年主要工作", "加强政府自身建设"]
    q = extract_quantities(report)
    assert not any("*" in name for name in q["indicator"])
    t = build_targets(q).set_index("text")
    assert list(t.index) == ["5.5%", "10万人", "5所"]
    assert t.loc["5.5%", "indicator"] == "地区生产总值增长" and t.loc["5.5%", "baseline_text"] == "3.1%"
    assert t.loc["10万人", "baseline_text"] == "11.4万人" and t.loc["10万人", "feasibility"] == "below_last_year"
    first = q[q["text"] == "3.1%"].iloc[0]
    assert text[first["start"]:first["end"]] == "3.1%"  # offsets into the text as given, marks and all
