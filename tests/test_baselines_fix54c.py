"""Baselines after audit 42, second wave (fix54c): a policy's beneficiaries' amount refused for a general target (CD22); loan
growth of the balance (CD23) and units grid-connected (CD13) in other words; a shared head noun under the same verb — a work on a
thing (CZ80) and a sector's bare measure (JA9)."""
from __future__ import annotations

from target_cases import baseline_of as _base, targets

GOALS = "地区生产总值增长5%左右。"


CHENGDE = ("全面落实减税降费等惠企政策、为市场主体减负15.9亿元，享受研发费用加计扣除企业421家、减免税费6.1亿元，"
           "金融机构企业贷款余额达到1928亿元、增长10.2%。")


def test_a_policy_s_beneficiaries_amount_is_no_general_tax_cut() -> None:
    """深入落实惠企政策，减免企业税费16亿元以上 against 享受研发费用加计扣除企业421家、减免税费6.1亿元 (CD22): the deduction's only."""
    t = targets(CHENGDE, GOALS + "深入落实惠企政策，减免企业税费16亿元以上，企业贷款增长10%以上。", 2023)
    assert _base(t, "16亿元") != "6.1亿元"


def test_the_policy_named_by_the_target_keeps_its_beneficiaries_amount() -> None:
    """A target that names the deduction (研发费用加计扣除减免税费) may take it."""
    t = targets(CHENGDE, GOALS + "落实研发费用加计扣除政策，减免税费7亿元以上。", 2023)
    assert _base(t, "7亿元") == "6.1亿元"


def test_loan_growth_is_the_balance_s_growth() -> None:
    """企业贷款增长10%以上 against 金融机构企业贷款余额达到1928亿元、增长10.2% (CD23)."""
    t = targets(CHENGDE, GOALS + "深入落实惠企政策，减免企业税费16亿元以上，企业贷款增长10%以上。", 2023)
    assert _base(t, "10%") == "10.2%"


def test_units_grid_connected_are_units_commissioned() -> None:
    """丰宁抽水蓄能12台机组全容量投产发电 against 丰宁抽水蓄能电站10台机组并网发电 (CD13)."""
    t = targets("全球装机容量最大的丰宁抽水蓄能电站10台机组并网发电。",
                GOALS + "实施苏垦银河高端电机轴等产业项目200个以上，丰宁抽水蓄能12台机组全容量投产发电，滦平、隆化抽蓄项目加快建设。", 2023)
    assert _base(t, "12台") == "10台"


def test_a_shared_head_noun_of_one_work_under_the_same_verb() -> None:
    """完成12万户散煤清零改造 against 完成上党革命老区散煤清零工程7.4万户 (CZ80): 工程 and 改造, the programme area no scope."""
    t = targets("坚决打好污染防治攻坚战，实施5家钢铁企业深度治理，完成上党革命老区散煤清零工程7.4万户，市区空气质量综合指数下降4.2%。",
                GOALS + "对重点行业进行深度治理，完成12万户散煤清零改造，力争PM2.5浓度降至每立方米34微克以下。", 2023)
    assert _base(t, "12万户") == "7.4万户"


def test_another_scope_before_the_head_noun_is_not_taken() -> None:
    """A review prefix other than the programme area (农村散煤清零) is another scope: no match."""
    t = targets("完成城中村散煤清零工程7.4万户。", GOALS + "完成12万户散煤清零改造。", 2023)
    assert _base(t, "12万户") == ""


def test_a_sector_s_bare_measure_named_by_its_sentence_s_lead() -> None:
    """提质运营电子信息“三驾马车”，…，实现营收1900亿元以上 against 电子信息产业实现营收1670亿元 (JA9)."""
    t = targets("产品检验检测中心建成投用，南亚N5工厂、宇宙电路板二期投产见效，电子信息产业实现营收1670亿元。",
                GOALS + "提质运营电子信息“三驾马车”，做大做强LED照明、触控显示、电子电路板、智能终端、汽车电子等集群，实现营收1900亿元以上。", 2023)
    assert _base(t, "1900亿元") == "1670亿元"


def test_a_lead_listing_sectors_names_none_alone() -> None:
    """A lead clause of a 、 list of sectors (新材料、电子信息) gives no one sector's review revenue."""
    t = targets("电子信息产业实现营收1670亿元。",
                GOALS + "做强新材料、电子信息产业，壮大产业集群，实现营收1900亿元以上。", 2023)
    assert _base(t, "1900亿元") == ""
