"""Targets after audit 13 (docs/audits/targets_13.md: national_2005, Shaanxi 2026, Yinchuan 2024 from
outside the corpus), the target-side fault classes: one test per rule, on paraphrased or quoted
sentences run through the real reader and extractor."""
from __future__ import annotations

from target_cases import targets


def test_goals_of_one_size_for_different_clusters_are_not_restatements() -> None:
    # three clusters, each with its own 力争产值突破600亿元: three goals, not one stated three times
    plan = ("推进一批项目建设，打造具有区域竞争力的新材料产业集群，力争产值突破600亿元，加快建设生产基地。"
            "聚焦光伏、电池产业，推进45个项目建设，打造具有区域影响力的新能源产业集群，力争产值突破600亿元，"
            "加快建设示范基地。围绕葡萄酒、乳制品，推进68个项目建设，建设具有区域标志性的新食品产业集群，"
            "力争综合产值突破600亿元。")
    t = targets("全市地区生产总值增长6%。", plan)
    assert (t["text"] == "600亿元").sum() == 3


def test_one_cluster_goal_said_twice_is_still_one_goal() -> None:
    plan = ("打造新材料产业集群，力争产值突破600亿元。"
            "做强新材料产业集群，力争新材料产业集群产值突破600亿元。")
    t = targets("全市地区生产总值增长6%。", plan)
    assert (t["text"] == "600亿元").sum() == 1


def test_fang_after_yi_is_cubic_metres_and_the_goal_is_read() -> None:
    # 新增天然气产量10亿方以上: 方 after 亿 is 立方米, a unit; the goal is a target
    t = targets("天然气产量增长5%。", "着力稳定油气产量，新增天然气产量10亿方以上，油气当量达到5400万吨。")
    assert "10亿方" in t.index
    assert t.loc["10亿方", "value"] == 1e9


def test_fang_after_a_bare_number_is_no_unit() -> None:
    from govreport.extract.scanner import scan_tokens
    tokens = scan_tokens("重点做好5方面工作，新增储气能力3万方")
    assert [(t.value, t.unit) for t in tokens] == [(5, ""), (30000, "方")]


def test_jun_after_a_pair_of_totals_gives_one_row_per_member() -> None:
    # 旅游总人次、总收入均增长15%以上: 旅游总人次 and 旅游总收入, each growing 15%
    t = targets("旅游总人次增长10%，旅游总收入增长12%。",
                "推出冬季旅游项目，全年旅游总人次、总收入均增长15%以上，建设休闲旅游度假目的地。")
    rows = t[t["text"] == "15%"]
    assert sorted(rows["indicator"]) == ["旅游总人次增长", "旅游总收入增长"]


def test_a_share_of_a_class_reaching_its_own_threshold_is_a_target() -> None:
    # 80%以上的村集体收入破百万: 80% of villages is the goal, 破百万 the threshold each one passes
    t = targets("村集体经济收入全部超过10万元。",
                "开展集体经济组织职业经理人试点，80%以上的村集体收入破百万。")
    assert "80%" in t.index


def test_an_amount_that_classes_villages_is_still_no_target() -> None:
    t = targets("村集体经济收入全部超过10万元。", "全面消除收入10万元以下的村，村集体收入稳步增长。")
    assert "10万元" not in t.index


def test_a_character_numeral_inside_a_sport_name_is_no_count() -> None:
    # 三人篮球, 五人制足球: names of games, not three or five people
    from govreport.extract.scanner import scan_tokens
    assert [t.number_text for t in scan_tokens("做靓村歌、三人篮球、五人制足球等特色群众赛事")] == []
    assert [t.number_text for t in scan_tokens("帮扶三人就业")] == ["三"]


def test_speeding_up_a_set_under_construction_is_no_target() -> None:
    # 加快6个抽水蓄能电站建设: the stations being built, worked on; 新建/建成 stays a goal
    t = targets("电力装机增长5%。", "开工一批输变电工程，加快6个抽水蓄能电站建设，新增可再生能源装机800万千瓦。"
                "建成3个抽水蓄能电站。")
    assert "6个" not in t.index
    assert "3个" in t.index


def test_a_count_of_designated_counties_where_a_relief_applies_is_no_target() -> None:
    """500个国家扶贫开发工作重点县免征农业税 (with or without 在): where the tax is waived, not a goal;
    在3000个小区设置智能回收机 stays a goal."""
    t = targets("粮食产量增长。", "今年国内生产总值增长8%左右。加快减免农业税步伐。500个国家扶贫开发工作重点县免征农业税。"
                "今年在300个贫困县免征牧业税。在3000个小区设置智能回收机。")
    assert "500个" not in t.index and "300个" not in t.index and "3000个" in t.index


def test_a_count_of_the_plans_parts_in_digits_is_a_label() -> None:
    """今年要重点做好8个方面工作： numbers the plan's sections."""
    t = targets("粮食产量增长。", "今年国内生产总值增长8%左右。今年要重点做好8个方面工作：一是新建学校12所。")
    assert "8个" not in t.index and "12所" in t.index


def test_a_name_pointing_back_matches_no_review_figure_by_wording() -> None:
    """用于这方面的支出总额 (这方面 = the relief of the sentence before) is not the review's 用于这些方面的支出."""
    t = targets("中央财政用于这些方面的支出900亿元。",
                "今年中央财政为此新增支出120亿元，用于这方面的支出总额将达到600亿元。")
    assert t.loc["600亿元", "feasibility"] == "no_baseline"


def test_a_review_list_with_fenbie_gives_each_member_its_name() -> None:
    """卫生厕所普及率、污水治理率分别达91%和70% (not split at the 及 of 普及率): the toilet rate is the baseline
    of 卫生厕所普及率达到93%; 工业、制造业、工业技改投资分别增长: 工业投资's own figure."""
    t = targets("农村卫生厕所普及率、污水治理率分别达91%和70%。工业、制造业、工业技改投资分别增长8.4%、12.3%、5.1%。",
                "农村卫生厕所普及率达到93%。力争工业投资增长10%。")
    assert float(t.loc["93%", "baseline_value"]) == 91
    assert float(t.loc["10%", "baseline_value"]) == 8.4 and t.loc["10%", "baseline_indicator"] == "工业投资增长"


def test_a_sector_before_gongye_is_no_key_of_all_industry() -> None:
    """能源工业增加值增长6% is the energy industry's, not industrial_value_added_growth (规模以上工业增加值 keeps it)."""
    t = targets("能源工业增加值增长8%。规模以上工业增加值增长7%。", "能源工业增加值增长6%。规模以上工业增加值增长6.5%。")
    assert t.loc["6%", "indicator_key"] != "industrial_value_added_growth"
    assert t.loc["6.5%", "indicator_key"] == "industrial_value_added_growth"


def test_head_raised_is_no_slaughter_and_both_members_are_flows() -> None:
    """肉牛、肉羊饲养量分别达到…: neither 出栏 key, one measure (a yearly flow) for both members."""
    t = targets("粮食产量增长。", "肉牛、肉羊饲养量分别达到21万头、180万只。")
    assert not any(str(k).endswith("slaughtered") for k in t.indicator_key)
    assert list(t.measure) == ["flow", "flow"]


def test_a_verb_shared_by_a_list_goes_on_after_a_comma_with_the_same_head() -> None:
    """新增…企业30家、…企业3家，科技型中小企业150家: 新增 stays with the third member (a flow); 选聘科技副总 after
    a list of 人才/团队 keeps its own verb."""
    t = targets("粮食产量增长。", "新增国家高新技术企业30家以上、自治区瞪羚企业3家以上，科技型中小企业150家以上。"
                "培育引进急需紧缺人才1200名、创新团队20个以上，选聘科技副总25名。")
    assert t.loc["150家", "indicator"] == "新增科技型中小企业数" and t.loc["150家", "measure"] == "flow"
    assert t.loc["25名", "indicator"] == "选聘科技副总人数"


def test_a_cut_by_a_percent_is_a_rate_of_change() -> None:
    """力争市属融资平台债务规模压降8%: a growth rate of −8 (as 压减), not a share."""
    t = targets("粮食产量增长。", "力争市属融资平台债务规模压降8%。")
    assert t.loc["8%", "measure"] == "growth_rate"
