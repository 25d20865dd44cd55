"""Targets after audit 23 (notes targets_23: Anhui 2026, Jilin 2026, Hohhot 2024 from outside the corpus),
the target-side fault classes: one test per rule, on paraphrased sentences run through the real reader
and extractor."""
from __future__ import annotations

from target_cases import targets


def test_a_ratio_lowered_to_a_level_about_is_a_ceiling() -> None:
    # 降低至 (like 下降到, 降至) is a fall verb: the level it falls to, 左右 or not, is a ceiling
    t = targets("地区生产总值增长5%。", "完善冷链物流网络，物流费用占地区生产总值比重降低至14.2%左右。")
    assert t.loc["14.2%", "target_kind"] == "ceiling"
    t = targets("地区生产总值增长5%。", "完善冷链物流网络，物流费用占地区生产总值比重下降至14.2%。")
    assert t.loc["14.2%", "target_kind"] == "ceiling"


def test_a_condition_opening_a_goal_is_no_scope_of_its_baseline() -> None:
    # 正常年景下 (under a normal harvest), 在正常情况下: a condition, not which grain; the review's total is the baseline
    review = "粮食总产量达到650亿斤，创历史新高。"
    for plan in ("正常年景下粮食产量稳定在680亿斤以上。", "在正常情况下粮食产量稳定在680亿斤以上。"):
        t = targets(review, plan)
        assert t.loc["680亿斤", "baseline_text"] == "650亿斤"


def test_a_real_scope_before_grain_still_blocks_the_total() -> None:
    t = targets("粮食总产量达到650亿斤。", "山区粮食产量稳定在80亿斤以上。")
    assert t.loc["80亿斤", "baseline_text"] != "650亿斤"


def test_a_head_count_before_a_livestock_facility_is_its_size() -> None:
    # 建设4万头奶牛牧场项目: the 4万头 classes the project, like 60万吨 before a plant's name
    t = targets("新增奶牛5万头。", "建设3万头肉牛牧场项目，建成投用2万头奶牛智慧养殖园区，新增奶牛6万头。")
    assert "3万头" not in t.index and "2万头" not in t.index
    assert "6万头" in t.index


def test_a_head_count_of_output_stays_a_goal() -> None:
    t = targets("生猪出栏90万头。", "稳定生猪产能，出栏生猪100万头，存栏奶牛30万头以上。")
    assert "100万头" in t.index and "30万头" in t.index


def test_a_size_opening_its_sentence_takes_the_industry_of_the_sentence_before() -> None:
    # 化工产业…。产值突破900亿元。: the output of the chemical industry, not a bare 产值
    plan = ("化工产业加快转型，建设一批精细化工项目，延伸产业链条。产值突破900亿元。"
            "新材料产业瞄准高端发力，扩大碳纤维应用。拓展特种材料市场。产值超过260亿元。"
            "低空经济产业推动装备研发，适度布局起降设施。产业规模突破80亿元。")
    t = targets("地区生产总值增长5%。", plan)
    assert t.loc["900亿元", "indicator"] == "化工产业产值"
    assert t.loc["260亿元", "indicator"] == "新材料产业产值"
    assert t.loc["80亿元", "indicator"] == "低空经济产业规模"


def test_a_task_opening_gives_no_industry_to_a_bare_size() -> None:
    t = targets("地区生产总值增长5%。", "推动产业转型升级，建设一批项目。产值突破900亿元。")
    assert t.loc["900亿元", "indicator"] != "推动产业产值"


def test_a_count_of_kinds_newly_formed_after_deng_is_a_goal() -> None:
    # 新组建A、B等10家以上: 组建 forms what it counts, so the count is an output, not a set named by example
    t = targets("地区生产总值增长5%。", "重塑科创平台体系，新组建省重点实验室、技术创新中心等12家以上。")
    assert "12家" in t.index
    assert t.loc["12家", "target_kind"] == "floor"


def test_a_set_named_by_example_without_an_output_verb_stays_out() -> None:
    t = targets("地区生产总值增长5%。", "支持合肥、芜湖等8个城市建设物流枢纽。")
    assert "8个" not in t.index


def test_a_count_of_the_people_of_a_whole_place_after_verbs_is_a_population() -> None:
    # 紧紧依靠和团结全市360万人民群众: the city's people, whatever verbs stand before 全市
    t = targets("地区生产总值增长5%。", "我们要紧紧依靠和团结全市280万人民群众，奋力完成全年目标任务。")
    assert "280万" not in t.index


def test_people_helped_in_a_whole_place_stay_a_goal() -> None:
    t = targets("城镇新增就业4万人。", "全市城镇新增就业5万人以上。")
    assert "5万人" in t.index


def test_a_share_standing_inside_its_measure_is_named_by_the_words_after_it() -> None:
    # 实现城区100%清洁取暖: the urban clean-heating rate, not the boilers of the clause before
    t = targets("城区清洁取暖率达到90%。", "清洁替代城区剩余20台燃煤锅炉，实现城区100%清洁取暖；")
    assert t.loc["100%", "indicator"] == "城区清洁取暖率"
    assert t.loc["100%", "baseline_text"] == "90%"


def test_a_level_opening_a_fenbie_pair_is_shared_by_its_second_member() -> None:
    # 省级公用经费和一般性支出分别压减11%、19%: the second member is 省级 too, and the baseline of a 省级一般性支出 cut
    t = targets("市级公用经费和一般性支出分别压减8%、15%。", "严控行政开支，市级一般性支出压减18%。")
    assert t.loc["18%", "baseline_text"] == "15%"


def test_a_second_member_with_its_own_place_keeps_it() -> None:
    from govreport.extract.indicators import list_members
    assert list_members("省级财政和市县财政分别投入", 2)[1].startswith("市县")
    assert list_members("县级以上文明村和文明乡镇占比分别达", 2)[1].startswith("县级以上文明乡镇")
