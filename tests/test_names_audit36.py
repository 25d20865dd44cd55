"""Names after audit 36 (docs/audits/targets_36.md, fault classes on names): sentences of the audit's texts
(in /work/notes/unseen36, seen by rule rounds since)."""
from __future__ import annotations

from name_cases import names

from govreport.extract.indicators import strip_clause
from govreport.extract.name_owners import class_reached
from govreport.extract.name_pairs import listed_rates
from govreport.extract.name_ranks import ranked_measure


def test_a_share_of_a_class_above_a_threshold_is_named_as_a_share() -> None:
    """SX24#78: 年经营性收入100万元以上行政村达到40%以上 is the share of those villages, not 行政村."""
    got = names("深化农村工作指导员制度，推进强村共富行动，实施集体经济增收项目100个以上，年经营性收入100万元以上行政村达到40%以上。")
    assert got["40%"] == "年经营性收入100万元以上行政村占比"
    assert class_reached("以上行政村达到") and not class_reached("以上工业增加值达到") and not class_reached("以上行政村")


def test_an_amount_class_with_ji_keeps_its_amount() -> None:
    """SX24#67: 新增10亿元级产业链1条以上: the class of chains (10亿元级), not 级产业链."""
    got = names("制定出台农业特色产业发展规划，积极推动茶叶、水果、香榧、小吃、花卉等特色产业高质量发展，新增10亿元级产业链1条以上。")
    assert got["1条"] == "新增10亿元级产业链数"


def test_a_place_among_the_first_n_of_a_measure_is_its_rank() -> None:
    """DY24#60, #122: 全社会研发投入强度保持全省前3; 空气质量综合指数在全国168个重点城市中保持在前100名以内: what is ranked."""
    rd = "开展四川省科技计划联合创新专项，技术合同成交额超过55亿元，全社会研发投入强度保持全省前3。"
    assert names(rd)["3"] == "全社会研发投入强度全省名次"
    air = ("打好蓝天保卫战，完成涉气治理项目41个，确保PM2.5浓度、空气优良率达到省定目标，"
           "空气质量综合指数在全国168个重点城市中保持在前100名以内。")
    assert names(air)["100名"] == "空气质量综合指数全国名次"
    assert ranked_measure(air, 0, air.index("100名"), "名") == "空气质量综合指数全国名次"
    yy = "着力营造一流营商环境，力争进入“万家民企评营商环境”前50名。"  # (audit 35: name_goals.rank_name)
    assert ranked_measure(yy, 0, yy.index("50名"), "名") == ""
    assert names(yy)["50名"] == "万家民企评营商环境名次"


def test_two_rates_listed_with_a_dun_take_each_its_member() -> None:
    """DY24#135, #136: 基本养老保险、基本医疗保险参保率达94%、98%以上: each rate its own insurance."""
    s = "推动全民参保精准扩面，积极稳妥推进基本医保省统筹，基本养老保险、基本医疗保险参保率达94%、98%以上。"
    got = names(s)
    assert (got["94%"], got["98%"]) == ("基本养老保险参保率", "基本医疗保险参保率")
    assert listed_rates(s, 0, s.index("94%"), s.index("94%") + 3) == "基本养老保险参保率"
    three = "城镇、农村、全市参保率达94%、98%、99%。"
    assert listed_rates(three, 0, three.index("94%"), three.index("94%") + 3) == ""


def test_nouns_that_open_with_a_verb_stay_whole() -> None:
    """SX24#57, #71: 建设用地复垦 (not 用地复垦建设) and 共同富裕示范带 (not 同富裕示范带)."""
    assert strip_clause("完成建设用地复垦")[0] == "建设用地复垦"
    assert strip_clause("、共同富裕示范带")[0] == "共同富裕示范带"
    got = names("实施“和美创建比拼年”活动，强化片区化、组团式建设，打造省级未来乡村20个、共同富裕示范带2条，新增“和美越乡”精品村40个、精品片区6个。")
    assert got["2条"] == "打造共同富裕示范带数"
    assert names("扎实推进跨乡镇土地综合整治工程，完成建设用地复垦600亩。")["600亩"] == "建设用地复垦面积"


def test_a_pair_of_project_nouns_before_their_work_is_counted_whole() -> None:
    """DY24#67: 加快191个重点工业和技改项目建设: both kinds of projects (not 重点工业数)."""
    assert names("加快191个重点工业和技改项目建设，制造业投资增长15%。")["191个"] == "重点工业和技改项目数"


def test_a_manner_adverb_before_the_verb_drops_and_the_verb_goes_to_the_next_member() -> None:
    """DY24#137, #138: 精细化实施老旧小区改造351个、保障性租赁住房2020套: 精细化 drops, 实施 is said of both."""
    got = names("精细化实施老旧小区改造351个、保障性租赁住房2020套，既有住宅加装电梯150部。")
    assert (got["351个"], got["2020套"]) == ("实施老旧小区改造数", "实施保障性租赁住房数")


def test_the_output_after_a_sown_area_is_the_crops() -> None:
    """DY24#98: 粮食播面稳定在472万亩以上、产量达200万吨以上: 粮食产量 (not 粮食播面产量)."""
    got = names("加强稳产保供，大力发展特色黑猪产业，粮食播面稳定在472万亩以上、产量达200万吨以上，生猪出栏280万头以上。")
    assert got["200万吨"] == "粮食产量"


def test_the_investment_after_a_count_of_projects_to_build_is_the_projects() -> None:
    """ZB24#5: 扎实推动530个省市重大项目建设，完成年度投资1100亿元以上: 省市重大项目年度投资 (not a bare 年度投资)."""
    got = names("围绕现代产业链培育、基础设施支撑等重点领域，扎实推动530个省市重大项目建设，完成年度投资1100亿元以上。")
    assert got["1100亿元"] == "省市重大项目年度投资"


def test_a_latin_aside_inside_a_name_keeps_the_words_before_it() -> None:
    """SX24#1: 全社会研发（R&D）经费支出占GDP比重: the head 全社会研发 stays (not 经费支出占GDP比重)."""
    got = names("抓实绍兴科创走廊标志性工程和重点建设项目，全社会研发（R&D）经费支出占GDP比重首次突破3.0%。")
    assert got["3.0%"].startswith("全社会研发")


def test_a_share_of_a_class_of_villages_by_households_keeps_the_class() -> None:
    """DY24#105: 实现30户以上自然村（组）通硬化路比例达70%以上: the share among villages of 30 households and more."""
    got = names("学习运用浙江“千万工程”经验，实现30户以上自然村（组）通硬化路比例达70%以上，农村供电可靠率达99.8%以上、自来水普及率达90%。")
    assert got["70%"] == "30户以上自然村(组)通硬化路比例"
    assert got["90%"] == "农村自来水普及率"  # the rural scope of the member before (spot 38, fix96d)


def test_a_ge_list_whose_first_member_keeps_the_verb_shares_it() -> None:
    """GL24#37: 力争新培育智能工厂、数字化车间各3家以上: 新培育数字化车间 too (not a stock of 数字化车间)."""
    from target_cases import targets
    t = targets("新增数字化车间5家。", "地区生产总值增长5%左右。深入实施工业互联网“十百千万”工程，力争新培育智能工厂、数字化车间各3家以上。",
                review_year=2023)
    assert set(t["indicator"]) >= {"新培育智能工厂数", "新培育数字化车间数"}


def test_the_manner_before_the_verb_is_no_part_of_the_name() -> None:
    """DY24#44: 以“共同举办”“轮流举办”等方式举办赛事活动、展览展会10场以上: 举办… (not 方式举办…)."""
    got = names("对标成都探索建立联合办展办会机制，以“共同举办”“轮流举办”等方式举办赛事活动、展览展会10场以上。")
    assert got["10场"] == "举办赛事活动展览展会场次"


def test_a_count_of_items_placed_among_the_first_is_no_ranked_measure() -> None:
    """已出数据的16项中有8项居全省前2位 (Shaoxing's review): items counted, not a measure's 名次."""
    s = "从优化后的21项晾晒指标当年增速看，已出数据的16项中有8项居全省前2位、无指标居全省末3位。"
    assert ranked_measure(s, 0, s.index("2位"), "位") == ""
