"""Round 163, fix163a (held-out set 83): a review figure of the same indicator in other words is no longer refused for
its baseline: 公共财政收入 (共 is no verb cut out of 公共), 新修农村公路 (新修 is the road work, no scope 修), 规上工业增速
(the headline industrial rate), 民生领域投入占财政支出比重 (民生支出占比), and farms counted in 个 and 家 alike.
Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

from target_cases import baseline_of, class_of, targets


def test_public_revenue_without_budget_word() -> None:
    t = targets("全年公共财政收入增长21.5%，增幅居全省前列。", "地方公共财政预算收入增长12%。")
    assert baseline_of(t, "12%") == "21.5%" and class_of(t, "12%") == "below_last_year"


def test_new_repaired_rural_roads() -> None:
    t = targets("新修农村公路400公里，群众出行更加便利。", "新改建农村公路500公里。")
    assert baseline_of(t, "500公里") == "400公里"


def test_breeding_farms_in_two_counters() -> None:
    t = targets("新建和改扩建大中型标准化养殖场（区）210家。", "新建、改扩建大中型标准化养殖场（区）150个以上。")
    assert baseline_of(t, "150个") == "210家"


def test_short_form_industrial_rate() -> None:
    t = targets("规上工业增速达到15%，位居全省第一。", "规模以上工业增加值增长9%左右。")
    assert baseline_of(t, "9%") == "15%" and class_of(t, "9%") == "below_last_year"


def test_livelihood_field_spending_share() -> None:
    t = targets("民生领域投入占财政支出比重达78%。", "确保民生支出占比达75%以上。")
    assert baseline_of(t, "75%") == "78%" and class_of(t, "75%") == "met_already"


def test_near_misses_keep_no_baseline() -> None:
    # a count of another counter with no farm head stays apart; the rate of one industry is not the headline rate
    t = targets("新建农村书屋210家。", "新建标准化养殖场150个以上。")
    assert baseline_of(t, "150个") == ""
    t = targets("园区工业增速达到15%。", "规模以上工业增加值增长9%左右。")
    assert baseline_of(t, "9%") == ""


def test_gap_over_the_headline_rate_is_no_headline_rate() -> None:
    # 规上工业增速 as the thing compared with: another industry's gap, keyed to no headline rate
    from govreport import extract_quantities, read_text
    q = extract_quantities(read_text("政府工作报告\n一、2024年工作回顾\n高新产业增加值增速高于规上工业增速3个百分点。\n"))
    assert set(q.loc[q["text"] == "3个百分点", "indicator_key"]) <= {""}
