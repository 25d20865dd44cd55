"""Round 162, fix162a (held-out set 82: a city of 2020, a city of 2014): baselines refused over wording. The plan's
第一/第二/第三产业增长 is the review's 一产/二产/三产增长 (registry wordings); 服务业占GDP比重 is 第三产业增加值占GDP比重
(a share key of its own); a bare 加工量 after 原油产量…、 in a list takes the list's subject (原油加工量), which is the
review's 加工原油量. Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

from tests.target_cases import baseline_of, class_of, names_by_text, targets

_SECTORS_REVIEW = "全市地区生产总值增长7%，其中一产增长5.2%，二产增长9%，三产增长4.7%。"
_SECTORS_PLAN = "主要预期目标是：地区生产总值增长6.5%左右，其中，第一产业增长4.8%；第二产业增长7.8%左右；第三产业增长6%。"


def test_short_sector_names_in_the_review_are_the_plan_sectors() -> None:
    t = targets(_SECTORS_REVIEW, _SECTORS_PLAN)
    assert baseline_of(t, "4.8%") == "5.2%" and class_of(t, "4.8%") == "below_last_year"
    assert baseline_of(t, "7.8%") == "9%" and class_of(t, "7.8%") == "below_last_year"
    assert baseline_of(t, "6%") == "4.7%" and class_of(t, "6%") == "modest"


def test_a_sector_goal_takes_no_other_sector_as_baseline() -> None:
    # boundary: the review names only the tertiary sector; the primary and secondary goals stay without baseline
    t = targets("全市地区生产总值增长7%，三产增长4.7%。", _SECTORS_PLAN)
    assert baseline_of(t, "4.8%") == "" and baseline_of(t, "7.8%") == ""
    assert baseline_of(t, "6%") == "4.7%"


def test_services_share_is_the_tertiary_share() -> None:
    review = "第三产业增加值占GDP比重达到19.8%，比上年提高1个百分点。"
    t = targets(review, "社会消费品零售总额增长13%，服务业占GDP比重达到21%。", 2013)
    assert baseline_of(t, "21%") == "19.8%" and class_of(t, "21%") == "modest"


def test_a_services_share_is_no_baseline_of_another_share() -> None:
    # boundary: a share of industry in GDP is another measure
    review = "工业增加值占GDP比重达到45%。"
    t = targets(review, "服务业占GDP比重达到21%。", 2013)
    assert baseline_of(t, "21%") == ""


def test_a_bare_measure_in_a_list_takes_the_subject_before_it() -> None:
    review = "生产原油1691万吨，增长0.3%，加工原油1018.9万吨，下降4%。"
    plan = "推进油气产能建设，全年原油产量达到1730万吨、加工量1130万吨，天然气产量40亿立方米。"
    assert names_by_text(review, plan, 2013)["1130万吨"] == ["原油加工量"]
    t = targets(review, plan, 2013)
    assert baseline_of(t, "1130万吨") == "1018.9万吨" and class_of(t, "1130万吨") == "modest"


def test_a_bare_measure_after_a_comma_keeps_its_name() -> None:
    # boundary: only a member right after 、 and the figure before it shares the subject
    plan = "全年原油产量达到1730万吨，确保加工量1130万吨。"
    assert names_by_text("生产原油1691万吨。", plan, 2013)["1130万吨"] != ["原油加工量"]
