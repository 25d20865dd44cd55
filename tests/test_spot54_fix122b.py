"""Held-out audit 54 (信阳, 韶关, 曲靖 2023), round fix122b: names of counts, rates and funds that took a word of a
neighbour (the amount after a count, the qualifier after a rate, the standard of the member before, the fund before)."""
from __future__ import annotations

from target_cases import targets

REVIEW = "规上工业增加值增长5%。"


def _name(t, text: str) -> str:
    """The indicator of the last target row written ``text``."""
    return str(t.loc[[text]].iloc[-1]["indicator"])


def test_a_qualifier_after_a_reached_rate_is_no_state() -> None:
    # 韶关 row 56: 力争基层综合性文化服务中心提质增效达标率实现65%以上 (以上 is the figure's qualifier)
    t = targets(REVIEW, "力争基层综合性文化服务中心提质增效达标率实现65%以上。")
    assert _name(t, "65%") == "基层综合性文化服务中心提质增效达标率"
    # a state reached after 实现 still names the rate (事项实现100%进驻: 进驻率)
    t = targets(REVIEW, "政务服务事项实现100%进驻，办理时限压缩50%。")
    assert _name(t, "100%").endswith("进驻率")


def test_the_measure_of_an_amount_after_a_count_is_the_amounts() -> None:
    # 信阳 row 19: 完成100家规上工业企业技改投资161亿元 (the firms are counted, the investment is the amount's)
    t = targets(REVIEW, "完成100家规上工业企业技改投资161亿元。")
    assert _name(t, "100家") == "规上工业企业技改数"
    # the amount keeps its measure
    assert _name(t, "161亿元").endswith("技改投资")
    # an amount that classes the head after it (…的重大项目), or investing the things do (实现投资, 到…投资), keeps the old name
    t = targets(REVIEW, "全力推动206个年度计划投资340.7亿元的重大项目完成投资。")
    assert _name(t, "206个") != "年度计划数"
    t = targets(REVIEW, "每年引进100家以上广东企业到贵州投资100亿元以上。")
    assert _name(t, "100家").endswith("到贵州投资")


def test_a_share_reaching_a_standard_after_it_is_of_that_standard() -> None:
    # 信阳 row 77: 确保地表水断面水质达到Ⅲ类标准、力争60%达到Ⅱ类标准
    t = targets(REVIEW, "确保地表水断面水质达到Ⅲ类标准、力争60%达到Ⅱ类标准。")
    assert _name(t, "60%") == "地表水断面水质达到Ⅱ类标准比例"
    # a goal after 达到 that is no standard is left to the rules before (确保7个国考断面100%达到优良目标)
    t = targets(REVIEW, "确保7个国考断面100%达到优良目标。")
    assert "标准比例" not in _name(t, "100%")


def test_a_compensation_fund_after_an_amount_names_it() -> None:
    # 信阳 row 36: 设立2000万元高质量发展专项资金、5000万元信贷风险补偿金 (not the neighbour's fund)
    t = targets(REVIEW, "设立2000万元高质量发展专项资金、5000万元信贷风险补偿金，建成投资保障体系。")
    assert "信贷风险补偿金" in _name(t, "5000万元") and "补偿金" not in _name(t, "2000万元")
