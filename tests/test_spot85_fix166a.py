"""Round 166, fix166a (held-out set 85 玉林 G1): a review's poverty count written without its counter
(实现贫困人口脱贫12.58万) is a count of 人, and it is the baseline of the plan's remaining count (确保完成剩余1.69万…
贫困人口脱贫), though last year's flow is many times the remainder; 南阳 G1: a scheme's per-head funding is its 标准 in the
plan and its 水平 in the review (人均筹资标准 ≈ 人均筹资水平). Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

from govreport import extract_quantities, read_text

from tests.target_cases import baseline_of, class_of, targets

_REVIEW = "脱贫攻坚成效显著。全年实现贫困人口脱贫10.5万、贫困村出列80个，贫困发生率降至0.4%。"
_PLAN = "全力打好脱贫攻坚收官战，确保完成剩余1.5万建档立卡贫困人口脱贫、20个贫困村出列目标。"


def _unit(text: str, figure: str) -> str:
    q = extract_quantities(read_text(f"政府工作报告\n一、2019年工作回顾\n{text}\n"))
    return str(q.loc[q["text"] == figure].iloc[0]["unit"])


def test_a_bare_count_after_the_people_is_in_people() -> None:
    assert _unit(_REVIEW, "10.5万") == "人"
    assert _unit("全年减少农村贫困人口1200万，易地扶贫搬迁280万人。", "1200万") == "人"


def test_a_bare_count_after_another_noun_stays_as_written() -> None:
    # the boundary: no people noun before it (or a list of figures after it): the count keeps no counter
    assert _unit("全年粮食产量达到120万，林地面积稳定。", "120万") != "人"
    assert _unit("全年贫困人口减少100万、200万和300万的县分别有3个。", "100万") != "人"


def test_the_remaining_poor_take_last_years_lifted_out() -> None:
    t = targets(_REVIEW, _PLAN, 2019)
    assert baseline_of(t, "1.5万") == "10.5万"
    assert class_of(t, "1.5万") == "below_last_year"


def test_a_small_count_not_of_a_remainder_stays_implausible() -> None:
    # the boundary: without 剩余 a count a seventh of last year's is no baseline match
    t = targets(_REVIEW, "全力打好脱贫攻坚收官战，确保完成1.5万建档立卡贫困人口脱贫、20个贫困村出列目标。", 2019)
    assert baseline_of(t, "1.5万") == ""


_FUND_REVIEW = "城乡居民医保制度不断完善，人均筹资水平提高到450元，参保率达到98%。"


def test_per_head_funding_standard_takes_the_reviews_level() -> None:
    t = targets(_FUND_REVIEW, "健全医疗保障体系，新农合人均筹资标准提高到480元。", 2015)
    assert baseline_of(t, "480元") == "450元"
    assert class_of(t, "480元") == "modest"


def test_another_per_head_standard_does_not_take_the_funding_level() -> None:
    # the boundary: a per-head subsidy standard of another programme is no funding level
    t = targets(_FUND_REVIEW, "健全公共卫生服务体系，人均基本公共卫生服务经费补助标准提高到480元。", 2015)
    assert baseline_of(t, "480元") == ""
