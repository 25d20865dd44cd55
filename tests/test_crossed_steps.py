"""A threshold crossed before the level reached (extract/crossings.py) leaves no trace in the names of the
figures after it: the level and the growth after 迈上3万亿元新台阶 or 突破“五百亿” are named by the measure, so the
headline growth rate is keyed and becomes the baseline of next year's growth goal (held-out audit 33: the
GDP growth of two reports had no baseline). Paraphrased sentences, the real reader and extractor."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from target_cases import targets

PLAN = "今年地区生产总值增长5.5%左右，接待游客3000万人次以上。"


def _names(review: str) -> dict[str, str]:
    text = f"政府工作报告\n一、2030年工作回顾\n{review}\n二、2031年重点工作\n{PLAN}\n"
    q = extract_quantities(read_text(text))
    return dict(zip(q.text, q.indicator))


def test_a_new_step_before_a_chain_of_level_and_growth() -> None:
    """迈上2万亿元新台阶、达到21034亿元、增长5.9%: 2万亿元 is the step (新台阶 as 台阶), the level and the growth are
    the measure's (地区生产总值, 地区生产总值增长), not 新台阶增长."""
    names = _names("全市地区生产总值迈上2万亿元新台阶、达到21034亿元、增长5.9%。")
    assert names["21034亿元"] == "地区生产总值" and names["5.9%"] == "地区生产总值增长"
    t = targets("全市地区生产总值迈上2万亿元新台阶、达到21034亿元、增长5.9%。", PLAN, 2030)
    assert t.loc["5.5%", "baseline_text"] == "5.9%"


def test_a_milestone_in_words_before_the_level() -> None:
    """突破“三百亿”、达312.5亿元，增长6.4%: the milestone written in characters leaves the names (地区生产总值增长, not
    地区生产总值突破三百亿增长), and a second pair in the sentence (接待游客突破“三千万”、达3120万人次) is read the same."""
    review = "全州地区生产总值突破“三百亿”、达312.5亿元，增长6.4%。全州接待游客突破“三千万”、达3120万人次，增长12%。"
    names = _names(review)
    assert names["312.5亿元"] == "地区生产总值" and names["6.4%"] == "地区生产总值增长"
    assert names["3120万人次"] == "接待游客人次"
    t = targets(review, PLAN, 2030)
    assert t.loc["5.5%", "baseline_text"] == "6.4%" and t.loc["3000万人次", "baseline_text"] == "3120万人次"


def test_a_breakthrough_that_is_the_measure_keeps_its_name() -> None:
    """突破 ending a name with nothing crossed after it is the thing counted (关键核心技术突破), not a threshold."""
    from govreport.extract.name_polish import polish

    assert polish("关键核心技术突破") == "关键核心技术突破"
    assert polish("地区生产总值突破五百亿增长") == "地区生产总值增长" and polish("地区生产总值迈上新台阶") == "地区生产总值"
