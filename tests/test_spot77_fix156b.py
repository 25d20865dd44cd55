"""Round 156, fix156b (held-out set 77 聊城, 驻马店): review figures of the target's own key dropped, with a false reason.

- A ；-item of a full sentence that opens with 2020年， is the review year's, even inside a 「——这是…的五年」 paragraph
  (居民消费价格涨幅为3.1%, 固定资产投资同比增长6.8%).
- A scope word counts only in the list member that carries it: 寄宿制 of 乡镇寄宿制学校71所 is no scope of 中小学73所.
- A keyed member named exactly as the target is believed further from it (新改建中小学24所 and 122所).
- 四好 of 四好农村公路 is the programme every rural road is built under, no narrower set.
- Where every figure of the key is set aside, the reason names it and why (not 'no figure shares a word').
Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

from tests.target_cases import baseline_of, class_of, targets

_TERM_PARA = ("——这是综合实力稳步提升的五年。全市生产总值年均增长4.9%；进出口总额年均增长4.3%。"
              "2020年，一般公共预算收入突破200亿元，同比增长2.7%；居民消费价格涨幅为3.1%；固定资产投资同比增长6.8%。")
_HEADLINE = "主要预期目标是：一般公共预算收入增长5.5%左右，居民消费价格涨幅控制在3%左右，全年完成固定资产投资增长7%以上。"


def test_items_of_a_year_sentence_in_a_term_paragraph_are_the_years() -> None:
    t = targets(_TERM_PARA, _HEADLINE, 2020)
    assert baseline_of(t, "5.5%") == "2.7%"  # unchanged: the item that opens with 2020年
    assert baseline_of(t, "3%") == "3.1%" and class_of(t, "3%") == "modest"
    assert baseline_of(t, "7%") == "6.8%"


def test_items_of_a_term_sentence_stay_the_terms() -> None:
    # the boundary: ；-items after a sentence that does not open with the year stay five-year figures
    review = "——这是综合实力稳步提升的五年。全市一般公共预算收入年均增长2.7%；居民消费价格涨幅为3.1%；固定资产投资增长6.8%。"
    t = targets(review, _HEADLINE, 2020)
    assert baseline_of(t, "3%") == "" and baseline_of(t, "7%") == ""
    assert "set aside: it is over several years" in str(t.loc[["7%"]].iloc[-1]["match_reason"])


def test_a_neighbour_members_boarding_word_is_no_scope() -> None:
    review = "新建、改扩建幼儿园88所、乡镇寄宿制学校71所、中小学73所、高中16所、农村教师周转宿舍876套。"
    plan = "新建、改扩建幼儿园74所、中小学校60所。建设农村教师周转房622套。"
    t = targets(review, plan, 2020)
    assert baseline_of(t, "74所") == "88所"  # unchanged
    assert baseline_of(t, "60所") == "73所" and class_of(t, "60所") == "below_last_year"
    assert baseline_of(t, "622套") == "876套"


def test_a_boarding_word_of_the_members_own_stays() -> None:
    # the boundary: the review's member is itself the boarding schools: no baseline of all primary and middle schools
    review = "新建、改扩建幼儿园88所、乡镇寄宿制中小学73所。"
    plan = "新建、改扩建幼儿园74所、中小学校60所。"
    t = targets(review, plan, 2020)
    assert baseline_of(t, "60所") == ""


def test_the_member_of_the_targets_own_name_is_tried() -> None:
    review = "社会事业全面进步。新改建幼儿园65所、中小学122所。"
    plan = "新改建幼儿园42所。新改建中小学24所。"
    t = targets(review, plan, 2020)
    assert baseline_of(t, "42所") == "65所"  # unchanged
    assert baseline_of(t, "24所") == "122所" and class_of(t, "24所") == "below_last_year"


def test_a_member_of_another_name_keeps_the_plain_ratio() -> None:
    # the boundary: far amounts of another name are not believed (a kindergarten count for schools)
    review = "社会事业全面进步。新改建幼儿园122所。"
    plan = "新改建中小学24所。"
    t = targets(review, plan, 2020)
    assert baseline_of(t, "24所") == ""


def test_the_four_goods_rural_roads_are_rural_roads() -> None:
    review = "新建“四好”农村公路500公里，农村公路“通村入组”提前一年完成。"
    plan = "完成农村公路建设500公里。"
    t = targets(review, plan, 2020)
    assert baseline_of(t, "500公里") == "500公里"


def test_a_sub_scope_figure_of_the_key_is_refused_with_its_reason() -> None:
    review = "中心城区新增停车位3242个；新增供热面积426.3万平方米。"
    plan = "新建公共停车位5000个。"
    t = targets(review, plan, 2020)
    assert baseline_of(t, "5000个") == ""  # 中心城区 is a narrower scope: still refused
    reason = str(t.loc[["5000个"]].iloc[-1]["match_reason"])
    assert "'3242个'" in reason and "of another scope ('中心城区'" in reason


def test_averages_after_a_year_opening_stay_the_terms() -> None:
    # the boundary: 2021年，…五年年均增长3.9%；固定资产投资1075亿元，年均增长6.0%: the items are averages over the term
    from govreport import extract_quantities, read_text
    text = ("政府工作报告\n一、过去五年工作回顾\n——这是综合实力稳步提升的五年。2021年，全市地区生产总值2228亿元，五年年均增长3.9%；"
            "固定资产投资1075亿元，年均增长6.0%；规模以上工业增加值530亿元，年均增长1.2%。\n二、2022年重点工作\n地区生产总值增长6%。\n")
    q = extract_quantities(read_text(text))
    assert q.loc[q["text"] == "1075亿元", "year_from"].notna().all()
