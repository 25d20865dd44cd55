"""Held-out audit 40b (徐州, 揭阳, 汉中 2023), round fix102d: the names of coordinated goals (X和Y均, 分别 over 城乡, heads the
members share, two levels owning one fund) and a stretch tier's commitment word."""
from __future__ import annotations

from govreport.tables.names_apart import two_heads
from target_cases import baseline_of, targets


def _names(plan: str) -> list[tuple[str, str]]:
    """(text, indicator) of each target row of ``plan`` (a plan part)."""
    t = targets("地区生产总值增长5%。", plan, review_year=2022)
    return list(zip(t["text"], t["indicator"]))


def test_funds_arrived_and_invested_grow_apart() -> None:
    # 汉中 row 15: 内资到位和外资直投均增长20%以上
    names = _names("内资到位和外资直投均增长20%以上，工业投资和高技术制造业投资均增长8%以上。")
    assert ("20%", "内资到位增长") in names and ("20%", "外资直投增长") in names
    assert ("8%", "工业投资增长") in names and ("8%", "高技术制造业投资增长") in names
    # a member that is only a modifier of the other's noun is no goal of its own
    assert all(n != "国有增长" for _, n in _names("国有和民营企业投资均增长8%以上。"))


def test_urban_and_rural_members_are_not_the_clauses_before() -> None:
    # 汉中 rows 79, 80: 新建老年人助餐点100个，为1000户残疾人家庭提供无障碍改造服务，城乡低保标准分别提高5%和11%以上
    names = dict(_names("新建老年人助餐点100个，为1000户残疾人家庭提供无障碍改造服务，城乡低保标准分别提高5%和11%以上。"))
    assert names["5%"] == "城镇低保标准提高" and names["11%"] == "农村低保标准提高"
    # a second 分别 list of changes still takes the members the first one named
    names = dict(_names("城镇、农村居民人均可支配收入分别达到4.5万元、2.7万元，分别增长5.1%和7.4%。"))
    assert names["5.1%"] == "城镇居民人均可支配收入增长" and names["7.4%"] == "农村居民人均可支配收入增长"


def test_a_group_beside_urban_and_rural_residents() -> None:
    # 汉中 row 73: 职工和城乡居民医保报销比例分别提高至80%、70%
    names = dict(_names("职工和城乡居民医保报销比例分别提高至80%、70%。"))
    assert names["80%"] == "职工医保报销比例" and names["70%"] == "城乡居民医保报销比例"
    # places beside each other still share 居民
    names = dict(_names("城镇和农村居民人均可支配收入分别增长5.1%和7.4%。"))
    assert names["5.1%"] == "城镇居民人均可支配收入增长"


def test_short_members_share_a_whole_head() -> None:
    # 徐州 rows 104, 120
    names = _names("秸秆、畜禽粪污综合利用率分别达到96%、95%以上。")
    assert ("96%", "秸秆综合利用率") in names and ("95%", "畜禽粪污综合利用率") in names
    names = _names("完成职业技能、产业工人培训各1万人次。")
    assert [n for _, n in names] == ["职业技能培训人次", "产业工人培训人次"]
    # a member with its own 培训 keeps it once
    names = _names("开展职业技能培训、创业培训各1万人次。")
    assert [n for _, n in names] == ["职业技能培训人次", "创业培训人次"]


def test_two_levels_own_one_fund() -> None:
    # 汉中 row 44: 中央和省级财政衔接资金用于产业发展比重不低于60%
    assert dict(_names("中央和省级财政衔接资金用于产业发展比重不低于60%。"))["60%"] == "中央和省级财政衔接资金用于产业发展比重"
    # one level alone stays as it was
    assert dict(_names("省级财政衔接资金用于产业发展的比重不低于60%。"))["60%"] == "省级财政衔接资金用于产业发展的比重"


def test_a_stretch_tiers_commitment_is_no_name() -> None:
    # 揭阳 row 1: 地区生产总值增长5.5%（力争6%以上）
    t = targets("地区生产总值增长5%。", "今年主要预期目标是：地区生产总值增长5.5%（力争6%以上），规模以上工业增加值增长15%。", review_year=2022)
    assert t.loc["6%", "indicator"] == "地区生产总值增长" and t.loc["6%", "commitment"] == "力争"
    # a name ending on 力争 without a change word before it is left to the other rules
    assert t.loc["15%", "indicator"] == "规模以上工业增加值增长"


def test_a_member_with_its_own_verb_takes_no_lead_verb() -> None:
    # 汉中 row 76: 实施中小学校幼儿园扩容提质项目52个、增加学位1.16万个
    names = dict(_names("实施中小学校幼儿园扩容提质项目52个、增加学位1.16万个。"))
    assert names["1.16万个"] == "增加学位数"
    # a bare noun member still shares the list's verb
    names = dict(_names("新建幼儿园10所、学位3000个。"))
    assert names["3000个"] == "学位新建数"


def test_a_bare_share_after_a_subjects_growth_is_its_share() -> None:
    # 汉中 row 49: 县域生产总值增长7%以上、占比提升1个百分点以上
    names = dict(_names("县域生产总值增长7%以上、占比提升1个百分点以上。"))
    assert names["1个百分点"] == "县域生产总值占比提升"
    # a share with its own subject keeps it
    names = dict(_names("县域生产总值增长7%以上、服务业占比提升1个百分点以上。"))
    assert names["1个百分点"] != "县域生产总值服务业占比提升"


def test_urban_and_rural_members_match_their_own_review_figures() -> None:
    # 黔东南 2024 (regression read): 城乡低保平均标准分别提高6%、12% against the review's 分别增长8％、15％: 提高 and 增长 are one
    # raise of the same measure, so the urban target takes the urban figure, not the rural one
    t = targets("社会救助兜底保障24.85万人次、资金11.99亿元，城乡低保平均标准分别增长8％、15％。",
                "关心关爱特殊困难群体，城乡低保平均标准分别提高6%、12%。", review_year=2023)
    assert baseline_of(t, "6%") == "8％" and baseline_of(t, "12%") == "15％"
    # two heads after the same words stay apart (中央财政赤字, 中央财政投资)
    assert two_heads("中央财政赤字", "中央财政投资") and two_heads("核心产业增加值增长", "核心产业投资增长")
