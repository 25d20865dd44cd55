"""A text whose plan heading was lost (二、2030年工作安排 missing in a copy): the goals stand under
the review heading, and a paragraph that opens with a plan formula (openings.csv) starts the plan
(docs/assumptions.md#parts-and-years). Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from govreport.tables import build_targets

_REVIEW = ("一、2029年工作回顾\n过去一年，全市地区生产总值增长5.7%，固定资产投资增长7.5%。\n"
           "我们深知，发展还面临不少困难和问题。\n")
_PLAN = ("做好今年政府工作的总体要求是：坚持稳中求进工作总基调。\n"
         "综合考虑，今年全市经济社会发展主要预期目标是：地区生产总值增长7%左右，固定资产投资增长10%左右。\n")


def test_a_plan_formula_opening_a_paragraph_under_the_review_heading_starts_the_plan() -> None:
    """With a later 三、 heading that scores as plan, the plan still starts at the formula's paragraph,
    not at 三、: the goals before it are targets with the review's figures as baselines."""
    text = _REVIEW + _PLAN + "三、加强政府自身建设\n全面推进依法行政，一般性支出下降5%。\n"
    report = read_text(text)
    assert report.parts["plan"].start == text.index("做好今年") == report.parts["review"].end
    t = build_targets(extract_quantities(report)).set_index("text", drop=False)
    assert {"7%", "10%", "5%"} <= set(t.index)
    assert float(t.loc["7%", "baseline_value"]) == 5.7 and float(t.loc["10%", "baseline_value"]) == 7.5


def test_without_any_later_heading_the_formula_paragraph_starts_the_plan() -> None:
    """No heading after the review at all: the formula's paragraph starts the plan, to the end."""
    text = _REVIEW + _PLAN
    report = read_text(text)
    assert report.parts["plan"].start == text.index("做好今年")
    assert "7%" in set(build_targets(extract_quantities(report))["text"])


def test_a_review_paragraph_mentioning_this_year_starts_nothing() -> None:
    """A review paragraph that only names 今年 inside a sentence (…为做好今年工作打下基础) is no formula at
    a paragraph's start, so the plan starts at its heading."""
    text = (_REVIEW + "全年主要目标任务圆满完成，为做好今年政府工作打下了坚实基础。\n"
            "二、2030年工作安排\n地区生产总值增长7%左右。\n")
    report = read_text(text)
    assert report.parts["plan"].start == text.index("二、")


def test_a_text_on_one_line_starts_its_plan_at_a_full_year_formula() -> None:
    """A copy with no line breaks at all (泸州 2024 as published: …加以解决。2024年工作安排建议2024年是…关键一年。做好全年政府工作，
    必须…): no heading stands alone, so the opening formula 做好全年政府工作 (openings.csv) starts the plan; before it
    the whole text was review and the report had no targets."""
    text = ("各位代表：现在，我代表市人民政府向大会报告工作。2029年工作回顾一年来，全市城镇新增就业4.2万人，粮食产量238.8万吨。"
            "对此，我们将努力加以解决。2030年工作安排建议2030年是实施规划的关键一年。做好全年政府工作，必须坚持稳中求进。"
            "建议2030年全市经济社会发展的主要预期目标是：城镇新增就业3.7万人；粮食产量稳定在238万吨以上。")
    report = read_text(text)
    assert report.parts["plan"].start == text.index("做好全年")
    t = build_targets(extract_quantities(report)).set_index("text", drop=False)
    assert {"3.7万人", "238万吨"} <= set(t.index)
    assert float(t.loc["3.7万人", "baseline_value"]) == 42000
