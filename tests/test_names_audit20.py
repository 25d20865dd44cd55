"""Names after audit 11 (docs/audits/targets_11.md): modal, allocation and commitment words are no
part of what is measured. Sentences in the style of a report, with wording and numbers altered."""
from __future__ import annotations

import pytest

from name_cases import names


@pytest.mark.parametrize("sentence, figure, name", [
    # 拟安排 before the fund's noun is a modal and the verb of setting money aside: dropped whole
    ("今年中央财政拟安排保障性安居工程资金500亿元。", "500亿元", "中央财政保障性安居工程资金"),
    ("今年中央财政拟安排“三农”投入7000亿元。", "7000亿元", "中央财政三农投入"),
    # 为此将 (for this, will) before a fund verb says nothing of the money
    ("提高中小学教师待遇，中央财政为此将投入120亿元。", "120亿元", "中央财政投入"),
    # 可 (may) opening a clause before a verb or a change; 可再生能源 keeps its 可
    ("可减轻企业和居民负担约5000亿元。", "5000亿元", "减轻企业和居民负担"),
])
def test_modal_and_allocation_words_are_no_part_of_the_name(sentence: str, figure: str, name: str) -> None:
    assert names(sentence)[figure] == name


def test_a_renewable_name_keeps_its_ke() -> None:
    assert names("可再生能源装机容量达到500万千瓦。")["500万千瓦"].startswith("可再生能源")


def test_bu_dongyao_after_a_red_line_is_no_part_of_the_name() -> None:
    """严守18亿亩耕地红线不动摇: 不动摇 (unshaken) after the red line is a commitment; the name is the red line's,
    keyed cultivated_land."""
    from govreport import extract_quantities, read_text

    q = extract_quantities(read_text("一、2008年工作回顾\n粮食增产。\n二、2009年工作安排\n严守18亿亩耕地红线不动摇。\n"))
    row = q[q.text == "18亿亩"].iloc[0]
    assert "不动摇" not in row["indicator"] and row["indicator_key"] == "cultivated_land"


def _keys(plan: str) -> dict[str, str]:
    from govreport import extract_quantities, read_text

    q = extract_quantities(read_text("一、2023年工作回顾\n经济增长。\n二、2024年工作安排\n" + plan + "\n"))
    return dict(zip(q.text, q.indicator_key))


def test_a_part_or_another_thing_keeps_the_wholes_key_off() -> None:
    """农产品加工业产值3500亿元 is no industrial_output (工业产值 inside 加工业: a part), 新增3万家企业上云 no
    new_enterprises (firms moved to the cloud); 规模以上工业产值 and 新增企业 keep their keys."""
    keys = _keys("实现农产品加工业产值3500亿元。力争新增3万家企业上云。规模以上工业总产值达到9000亿元。新增市场主体企业2万家。")
    assert keys["3500亿元"] != "industrial_output" and keys["3万家"] != "new_enterprises"
    assert keys["9000亿元"] == "industrial_output"


@pytest.mark.parametrize("sentence, figure, name", [
    # the bonds named after the amount; the connective and the permission name nothing
    ("中央财政赤字7500亿元，同时国务院同意地方发行2000亿元债券，由财政部代理发行。", "2000亿元", "地方发行债券"),
    # a bare count (no counter) before people or households names them
    ("再解决6000万人安全饮水问题，增加500万沼气用户。", "500万", "增加沼气用户数"),
    # 比上年预计数增加 is a change from last year like 比上年增加: the subject before it, and the growth after
    ("中央财政拟投入社会保障资金2930亿元，比上年预计数增加439亿元，增长17.6%。", "17.6%", "中央财政投入社会保障资金增长"),
])
def test_a_name_keeps_its_noun_or_subject(sentence: str, figure: str, name: str) -> None:
    assert names(sentence)[figure] == name


def test_a_share_of_units_over_a_threshold_is_named_for_them() -> None:
    """推动70%村集体经济组织收入超过50万元: the share of the units whose income is over the threshold."""
    got = names("大力发展村级集体经济，推动70%村集体经济组织收入超过50万元。")
    assert got["70%"] == "村集体经济组织收入超过50万元比例"


def test_two_verbs_joined_by_he_before_a_count_keep_the_action() -> None:
    """加上取消和停征100项行政事业性收费: the fees abolished or suspended (取消和停征), not the number of fees; 加上
    (in addition) opens the clause and names nothing."""
    got = names("加上取消和停征100项行政事业性收费，可减轻企业和居民负担约5000亿元。")
    assert got["100项"] == "取消和停征行政事业性收费"


def test_a_share_before_what_the_units_do_is_named_for_it() -> None:
    """尽快实现制造业企业100%使用清洁和绿色电力: the share of manufacturers using clean power, without 尽快实现."""
    got = names("尽快实现制造业企业100%使用清洁和绿色电力。")
    assert got["100%"] == "制造业企业使用清洁和绿色电力比例"


def test_a_payer_before_de_and_the_amount_names_whose_money() -> None:
    """把中央财政的400亿元补贴资金用好用活: the central budget's subsidy funds, not any subsidy funds."""
    assert names("把中央财政的400亿元补贴资金用好用活。")["400亿元"] == "中央财政补贴资金"


def test_a_quoted_action_right_before_a_count_names_what_is_done() -> None:
    """推进城镇燃气“瓶改管”80个小区: the estates switched from bottled gas to pipes, not any estates."""
    assert names("推进城镇燃气“瓶改管”80个小区。")["80个"] == "瓶改管小区数"


def test_a_bare_new_standard_takes_the_standard_the_sentence_before_names() -> None:
    """今年将实行新的扶贫标准，…。新标准提高到人均1196元: the poverty line (扶贫标准), not a bare 新标准."""
    got = names("今年将实行新的扶贫标准，对农村低收入人口全面实施扶贫政策。新标准提高到人均1196元。")
    assert got["1196元"].startswith("扶贫标准")


def test_a_share_with_no_subject_in_its_clause_takes_the_figure_before() -> None:
    """全国财政赤字合计9500亿元，占国内生产总值比重在3%以内: the deficit's share of GDP (deficit_ratio)."""
    from govreport import extract_quantities, read_text

    q = extract_quantities(read_text("一、2008年工作回顾\n粮食增产。\n二、2009年工作安排\n全国财政赤字合计9500亿元，占国内生产总值比重在3%以内。\n"))
    row = q[q.text == "3%"].iloc[0]
    assert row["indicator"] == "财政赤字占国内生产总值比重" and row["indicator_key"] == "deficit_ratio"


def test_a_sector_or_county_wide_work_keeps_the_wholes_key_off() -> None:
    """工业战略性新兴产业重点项目200项 is no key_projects (one sector's), 完成10个整县推进美丽乡村建设 no demo_villages
    (counties); 新开工重点项目 and 美丽乡村示范村 keep their keys."""
    keys = _keys("实施好200项以上工业战略性新兴产业重点项目。完成10个整县推进美丽乡村建设。新开工重点项目300项。新建美丽乡村示范村50个。")
    assert keys["200项"] != "key_projects" and keys["10个"] != "demo_villages"
    assert keys["300项"] == "key_projects" and keys["50个"] == "demo_villages"


def test_a_modal_before_coverage_is_no_part_of_the_coverer() -> None:
    """新型农村社会养老保险试点要覆盖全国10%左右的县（市）: the pilot's coverage of counties, without 要."""
    assert names("新型农村社会养老保险试点要覆盖全国10%左右的县（市）。")["10%"] == "新型农村社会养老保险试点覆盖县比例"


def test_a_count_of_a_list_takes_no_members_key() -> None:
    """升级改造社区卫生服务中心、乡镇卫生院和标准化村卫生室56所 and 培育80家示范农民合作社、示范家庭农场: one count
    for the list, not community_health or family_farms; 新建学校3所、医院2所 keeps schools_built for 3所."""
    keys = _keys("升级改造社区卫生服务中心、乡镇卫生院和标准化村卫生室56所。力争全年培育80家示范农民合作社、示范家庭农场。新建学校3所、医院2所。")
    assert keys["56所"] == "" and keys["80家"] == ""
    assert keys["3所"] == "schools_built"


def test_industry_before_a_rate_of_investment_narrows_it() -> None:
    """力争产业投资增长6%以上 is no fai_growth (investment in industry, a part); 固定资产投资增长5% keeps it, and 新增产业
    到位资金410亿元 (money) keeps investment_attracted."""
    keys = _keys("固定资产投资增长5%。力争产业投资增长6%以上。新增产业到位资金410亿元以上。")
    assert keys["5%"] == "fai_growth" and keys["6%"] != "fai_growth" and keys["410亿元"] == "investment_attracted"


def test_a_payer_before_the_amount_of_a_named_fund_is_kept() -> None:
    """中央财政拟安排200亿元专项资金，主要用贴息方式支持企业技术改造: the central budget's special fund."""
    assert names("中央财政拟安排200亿元专项资金，主要用贴息方式支持企业技术改造。")["200亿元"] == "中央财政专项资金"


def test_an_amount_of_a_fund_shared_by_a_list_takes_no_members_key() -> None:
    """发放低保、特困、临时救助、医疗救助资金11.35亿元: the sum of four funds, not medical_assistance; 积极争取财政衔接、
    沪滇帮扶、中央定点帮扶资金4688万元 keeps poverty_funds (its wording 帮扶资金 holds the shared noun)."""
    keys = _keys("全年发放低保、特困、临时救助、医疗救助资金11.35亿元。积极争取财政衔接、沪滇帮扶、中央定点帮扶资金4688万元以上。")
    assert keys["11.35亿元"] == "" and keys["4688万元"] == "poverty_funds"


def test_a_share_of_units_over_a_threshold_opening_its_sentence_is_named() -> None:
    """60%以上村集体经济组织收入超过50万元 (review, nothing before the share): named like the plan's goal, so the
    baseline row says what it measures."""
    assert names("60%以上村集体经济组织收入超过50万元。")["60%"] == "村集体经济组织收入超过50万元比例"
