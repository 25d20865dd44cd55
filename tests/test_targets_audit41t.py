"""Audit 41 (fix51t): units, missed goals, figures that are no target and a class — 家次/项次/幢/吨公里 as units, 年内 after
a 上半年 milestone (the plan year again), 占…一半 as a share, a quoted “两个100%” set for each of two rates, 大力实施…等86个
项目 (projects carried out), the fields of a classification worked within (聚焦十大新兴产业25个优势细分领域), the chains the
work is organised around (围绕11条重点产业链), the size of a batch of a list (落实首批13个重点事项清单任务), a money class of
villages whose share in words is the goal (50万元以上村超过半数) and 新上市 as a flow (docs/assumptions.md#units,
#non-targets, #target-kinds). Sentences from city_wuhu_2024, city_nanchong_2024, city_lishui_2024 and city_binzhou_2024."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from govreport.tables import build_targets

HEAD = "某市2024年政府工作报告\n一、2023年工作回顾\n去年全市地区生产总值增长5%。\n二、2024年主要目标任务\n"


def _targets(body: str, review: str = ""):
    head = HEAD.replace("去年全市地区生产总值增长5%。", "去年全市地区生产总值增长5%。" + review)
    return build_targets(extract_quantities(read_text(head + body + "\n"))).set_index("text", drop=False)


def test_firm_times_and_event_times_are_one_unit() -> None:
    """组织企业走出去拓市场500家次以上 (LS37), 举办各类赛事活动3000项次以上 (BZ58): 家次 and 项次 count as 人次 does, so
    以上 makes a floor and the name its object."""
    t = _targets("一链一策推动RCEP、中东欧国际贸易合作，组织企业走出去拓市场500家次以上。")
    assert t.loc["500家次", "unit"] == "家次" and t.loc["500家次", "target_kind"] == "floor"
    assert "次以上" not in t.loc["500家次", "indicator"]
    t = _targets("深化打造全国体育公园城市，举办各类赛事活动3000项次以上，擦亮“九九黄河”体育文化品牌。")
    assert t.loc["3000项次", "unit"] == "项次" and t.loc["3000项次", "target_kind"] == "floor"
    assert "赛事活动" in t.loc["3000项次", "indicator"]


def test_buildings_counted_in_zhuang_are_a_goal() -> None:
    """新盘活利用闲置农房1000幢以上 (LS #72): 幢 counts buildings as 栋 does."""
    t = _targets("系统推进强村富民、低收入家庭综合帮扶集成改革，新盘活利用闲置农房1000幢以上，融合造林、竹木、油茶等产业发展打造百亿国储林项目。")
    assert t.loc["1000幢", "target_kind"] == "floor" and "农房" in t.loc["1000幢", "indicator"]


def test_tonne_kilometres_are_a_unit() -> None:
    """公路客货运总周转量超过155亿吨公里 (NC #73): a turnover in 吨公里, and the next member's name takes no 公里 (NC69)."""
    t = _targets("力争全年公路客货运总周转量超过155亿吨公里、铁路客运量超过2130万人次、机场旅客吞吐量超过110万人次、港口货物吞吐量超过1650万吨。")
    assert t.loc["155亿吨公里", "unit"] == "吨公里" and t.loc["155亿吨公里", "value"] == 15_500_000_000
    assert t.loc["155亿吨公里", "target_kind"] == "floor" and "周转量" in t.loc["155亿吨公里", "indicator"]
    assert not t.loc["2130万人次", "indicator"].startswith("公里")


def test_within_the_year_after_a_half_year_milestone_is_the_plan_year() -> None:
    """…推动永盈新材料一期A线上半年投产，年内竣工投产制造业项目60个以上 (NC #17): 年内 ends the 上半年 of the clause
    before, so 60个 is a goal of the plan year, not a first-half result."""
    t = _targets("全年实施重点工业和技改项目100个以上，推动永盈新材料一期A线上半年投产，年内竣工投产制造业项目60个以上，"
                 "力争工业税收增长10%以上、工业用电量增长8%以上。")
    assert t.loc["60个", "target_kind"] == "floor" and t.loc["60个", "year"] == 2024


def test_half_of_the_province_is_a_share() -> None:
    """首位产业规模力争占全省一半以上 (WH #3): 一半 after 占 is 50 %, a floor; 形成, 建成 are never read so."""
    t = _targets("规上工业增加值增长8%左右，首位产业规模力争占全省一半以上，培育更多千亿级产业；")
    assert t.loc["一半", "value"] == 50 and t.loc["一半", "unit"] == "%" and t.loc["一半", "target_kind"] == "floor"
    q = extract_quantities(read_text(HEAD + "全市财政支出八成以上用于民生，占地建成，煤炭产量占全省比重近六成。\n")).set_index("text")
    assert q.loc["六成", "value"] == 60 and "八成" not in q.index and "建成" not in q.index


def test_a_quoted_pair_of_rates_sets_each_rate() -> None:
    """确保开工率、年度投资计划完成率“两个100%” (BZ #25, #26): one goal of 100 % for each rate, no name in quotes."""
    t = _targets("强力抓建设，加快实施680个省市县重点项目，确保开工率、年度投资计划完成率“两个100%”。")
    names = set(t.loc[t.text == "100%", "indicator"])
    assert names == {"开工率", "年度投资计划完成率"}


def test_projects_carried_out_named_by_example_are_a_goal() -> None:
    """大力实施弘鑫云创智能制造、和泰特种光纤生产等86个重点产业项目 (NC #56): 大力 before 实施, the projects carried out."""
    t = _targets("用好用活支持政策，大力实施弘鑫云创智能制造、和泰特种光纤生产等86个重点产业项目，确保中科九微二期等20个产业项目建成投产。")
    assert "86个" in t.index and t.loc["86个", "indicator"].endswith("项目数")
    assert "10个" not in _targets("支持洛阳等10个国家物流枢纽建设。").index


def test_fields_of_a_classification_worked_within_are_no_target() -> None:
    """聚焦十大新兴产业25个优势细分领域 (WH22): the fields of an existing classification."""
    t = _targets("聚焦十大新兴产业25个优势细分领域，在节能环保、高端装备、新能源汽车等领域争创国家级战略性新兴产业集群。")
    assert "25个" not in t.index


def test_the_chains_the_work_is_organised_around_are_no_target() -> None:
    """坚持顶格攻坚、组团作战、实体运行，围绕11条重点产业链 (BZ19)."""
    t = _targets("坚持顶格攻坚、组团作战、实体运行，围绕11条重点产业链，全面落实“1+1+N”工作机制。")
    assert "11条" not in t.index


def test_the_size_of_a_batch_of_a_list_is_no_target() -> None:
    """落实首批13个重点事项清单任务 (NC94): the size of a list set by another body."""
    t = _targets("围绕“高效办成一件事”合力攻坚，落实首批13个重点事项清单任务，推进线下办事“只进一门”、线上办事“一网通办”。")
    assert "13个" not in t.index


def test_a_money_class_of_villages_whose_share_is_the_goal_is_no_target() -> None:
    """确保50万元以上村超过半数 (BZ40): 50万元 classes the villages; the goal is 超过半数, in words."""
    t = _targets("深入推进村级集体收入三年倍增计划，确保50万元以上村超过半数。")
    assert "50万元" not in t.index


def test_newly_listed_firms_are_a_flow() -> None:
    """力争新上市企业4家 (WH18) after 新增上市企业4家 in the review: a year's flow, equal to last year's, not a stock met."""
    t = _targets("力争新上市企业4家，直接融资规模超200亿元。", review="实现直接融资超270亿元，新增上市企业4家。")
    assert t.loc["4家", "measure"] == "flow" and t.loc["4家", "feasibility"] != "met_already"


def test_a_count_after_a_focus_noun_and_a_verb_stays_a_goal() -> None:
    """围绕重点产业方向实施20个市级重大科技专项 (city_nanjing_2024): 实施 makes the count a goal."""
    t = _targets("采取“揭榜挂帅”等组织方式，围绕重点产业方向实施20个市级重大科技专项。")
    assert "20个" in t.index
