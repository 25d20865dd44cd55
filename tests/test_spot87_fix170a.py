"""Round 170, fix170a (held-out set 87): headline rates stated 按照可比口径 / 按可比价格计算 after a level take the level's
subject (so the plan's GDP and revenue growth find their baselines), and the members of 城乡…分别 lists never cross
(城镇 with 城镇, 农村 with 农村). Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

from govreport import extract_quantities, read_text

from target_cases import baseline_of, class_of, targets

_HEADLINE = ("预计，全年实现地区生产总值1850亿元，按照可比口径增长4.2%；一般公共预算收入96.5亿元，按照可比口径下降3.1%；"
             "社会消费品零售总额700亿元，增长7.9%。")
_GOALS = "今年主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长2%左右，社会消费品零售总额增长8.5%。"


def _names(review: str) -> dict[str, str]:
    q = extract_quantities(read_text(f"政府工作报告\n一、2024年工作回顾\n{review}\n"))
    return {str(r.text): str(r.indicator) for r in q.itertuples()}


def test_a_comparable_basis_rate_takes_the_levels_subject() -> None:
    names = _names(_HEADLINE)
    assert names["4.2%"] == "地区生产总值增长" and names["3.1%"] == "一般公共预算收入下降"
    t = targets(_HEADLINE, _GOALS)
    assert baseline_of(t, "6%") == "4.2%" and class_of(t, "6%") == "modest"
    assert baseline_of(t, "2%") == "3.1%" and class_of(t, "2%") == "stretch"  # a fall of 3.1 %: +5.1 points
    assert baseline_of(t, "8.5%") == "7.9%"  # the bare 增长 beside them: unchanged


def test_comparable_prices_and_an_estimate_lead() -> None:
    review = "预计全年实现地区生产总值1200亿元，按可比价格计算增长5.1%。"
    assert _names(review)["5.1%"] == "地区生产总值增长"
    assert baseline_of(targets(review, "地区生产总值增长6.5%。"), "6.5%") == "5.1%"


def test_a_basis_word_with_its_own_subject_keeps_it() -> None:
    # boundary: no level before the rate, so nothing is borrowed; the rate's own subject stays in its name
    names = _names("全市固定资产投资按照可比口径增长8%，工业用电量增长3%。")
    assert names["8%"].startswith("固定资产投资") and names["3%"] == "工业用电量增长"


def test_respectively_members_never_cross() -> None:
    t = targets("城乡居民最低生活保障标准分别提高6%和12%。", "城乡最低生活保障标准分别提高4%和12%。")
    assert baseline_of(t, "4%") == "6%" and class_of(t, "4%") == "below_last_year"
    assert baseline_of(t, "12%") == "12%" and class_of(t, "12%") == "modest"


def test_respectively_members_that_agree_or_one_unsplit_figure_stay() -> None:
    # boundary: members named alike keep their own; a review figure of no member (one rate for both) is unchanged
    t = targets("城镇和农村居民人均可支配收入分别增长6.1%和8.2%。", "城乡居民人均可支配收入分别增长6%和8%。")
    assert baseline_of(t, "6%") == "6.1%" and baseline_of(t, "8%") == "8.2%"
    t = targets("最低生活保障标准提高8%。", "城乡最低生活保障标准分别提高4%和12%。")
    assert baseline_of(t, "4%") == "8%" and baseline_of(t, "12%") == "8%"
