"""Round 170, fix170h (held-out set 88): names built from clause debris. A figure between a verb and its object
(解决N X饮水安全问题), after 又有 (又有N X实现稳定脱贫), after 每年 alone (每年安排N元实施…计划), or a share in
X覆盖N%的Y / 实现P%Y… is named by the thing counted after it. Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from tests.target_cases import baseline_of, names_by_text, targets


def _quantity_names(text: str) -> dict[str, str]:
    q = extract_quantities(read_text(f"政府工作报告\n一、2023年工作回顾\n{text}\n"))
    return {str(r.text): str(r.indicator) for r in q.itertuples()}


def test_adverb_lead_names_the_people_and_their_object() -> None:
    # 又有12万农村贫困人口实现稳定脱贫: not 又
    got = _quantity_names("扎实推进扶贫开发，又有13万农村贫困人口实现稳定脱贫。")
    assert got["13万"] == "农村贫困人口稳定脱贫人数"


def test_verb_figure_object_names_the_object_and_finds_the_review() -> None:
    review = "新解决70万农村居民及师生饮水安全问题。"
    plan = "全市新建改建农村公路300公里，解决40万农村居民及师生饮水安全问题。"
    assert _quantity_names(review)["70万"] == "农村居民及师生饮水安全问题解决人数"
    assert baseline_of(targets(review, plan), "40万") == "70万"


def test_each_year_alone_takes_the_programme_funded() -> None:
    got = names_by_text("", "从今年起连续3年，每年安排3亿元实施“十强企业、百亿产业”培育计划。")
    assert got["3亿元"] == ["“十强企业、百亿产业”培育计划安排资金"]


def test_coverage_of_a_share_names_the_whole_and_the_cover() -> None:
    got = names_by_text("", "改造农村危房3000户，快递覆盖80%的行政村。")
    assert got["80%"] == ["行政村快递覆盖率"]


def test_achieved_share_of_villages_is_named_by_the_villages() -> None:
    got = names_by_text("", "深化农村集体产权制度改革，实现70%行政村集体经济年收入10万元以上。")
    assert got["70%"] == ["行政村集体经济年收入10万元以上比例"]


def test_near_misses_keep_their_names() -> None:
    # a growth after 实现 and a plain coverage rate are not shares of a whole after the figure
    got = names_by_text("", "实现地区生产总值增长7%左右，农村自来水普及率达到95%。")
    assert got["7%"] != ["地区生产总值增长比例"] and "比例" not in got["95%"][0]
