"""Held-out audit 39a (衡阳, 莆田, 文山, 吴忠 2025), round fix99d: names that say what is measured — the figure's own clause,
the sentence's subject and the words a list shares."""
from __future__ import annotations

import pandas as pd
from target_cases import baseline_of, targets


def _names(t: pd.DataFrame) -> list[str]:
    return [str(x) for x in t["indicator"]]


def _name(t: pd.DataFrame, text: str) -> str:
    return str(t.loc[[text]].iloc[-1]["indicator"])


def _kind(t: pd.DataFrame, text: str) -> str:
    return str(t.loc[[text]].iloc[-1]["target_kind"])


def test_a_level_marched_towards_is_the_subjects_size() -> None:
    """衡阳 row 8: 支持五矿铜业向130亿元目标迈进 and the review's 五矿铜业产值突破百亿."""
    t = targets("五矿铜业产值突破百亿。", "围绕有色金属产业，支持五矿铜业向130亿元目标迈进，扶持株冶有色尽快跻身百亿企业。")
    assert _name(t, "130亿元") == "五矿铜业产值" and baseline_of(t, "130亿元") == "百亿"
    assert _name(targets("地区生产总值增长5%。", "推动蔬菜出口加快向200亿元迈进。"), "200亿元") == "蔬菜出口规模"
    kept = targets("地区生产总值增长5%。", "五矿铜业营业收入达到130亿元。")  # no 向: the clause names its measure
    assert _name(kept, "130亿元") == "五矿铜业营业收入"


def test_an_industrys_bare_output_takes_the_industry_its_passage_opens_with() -> None:
    """莆田 rows 56-60 (X产业，…；规模产值增长N%) and 衡阳 row 7 (围绕X产业，…。…，力争产业集群产值年增长20%以上)."""
    t = targets("地区生产总值增长5%。", "鞋服产业，深化区域品牌运营；规模产值增长8%。工艺美术产业，办好工艺品博览会；规模产值增长6%。"
                "食品产业，开工海洋食品深加工产业园；规模产值增长6%。")
    assert _names(t)[-3:] == ["鞋服产业规模产值增长", "工艺美术产业规模产值增长", "食品产业规模产值增长"]  # (6% twice: two goals)
    t = targets("地区生产总值增长5%。", "围绕输变电装备产业，推动协同发展。以高新区为依托，力争产业集群产值年增长20%以上。")
    assert _name(t, "20%") == "输变电装备产业集群产值年增长"
    t = targets("地区生产总值增长5%。", "推动协同发展。以高新区为依托，力争产业集群产值年增长20%以上。")  # no frame before
    assert _name(t, "20%") == "产业集群产值年增长"


def test_a_list_of_measures_before_their_figures_names_each_and_shares_the_bound() -> None:
    """吴忠 row 46: 粮食种植面积、产量稳定在302.5万亩、104.1万吨以上."""
    t = targets("地区生产总值增长5%。", "粮食种植面积、产量稳定在302.5万亩、104.1万吨以上。")
    assert (_name(t, "302.5万亩"), _kind(t, "302.5万亩")) == ("粮食种植面积", "floor")
    assert (_name(t, "104.1万吨"), _kind(t, "104.1万吨")) == ("粮食产量", "floor")
    one = targets("地区生产总值增长5%。", "新建公园20个、绿道30公里以上。")  # each figure its own noun: no shared bound
    assert _kind(one, "20个") == "exact"


def test_a_rate_lists_area_and_rate_word_reach_every_member() -> None:
    """吴忠 rows 52, 56, 75, 76: 农村/市区 opening the first member, 覆盖率 closing the last, 乡级 the first's own."""
    t = targets("地区生产总值增长5%。", "农村卫生厕所普及率、生活污水治理率分别达到64%、40%以上。"
                "市区海绵城市达标面积占比、再生水利用率分别达到62%和65%以上。"
                "推动乡级综合养老服务中心、社区日间照料机构（设施）覆盖率分别达到60%和90%以上。")
    assert _name(t, "40%") == "农村生活污水治理率" and _name(t, "65%") == "市区再生水利用率"
    assert _name(t, "60%") == "乡级综合养老服务中心覆盖率" and _name(t, "90%") == "社区日间照料机构(设施)覆盖率"
    kept = targets("地区生产总值增长5%。", "乡镇、村级养老服务设施覆盖率分别达55%、82%。城镇调查失业率、居民消费价格涨幅分别控制在5.5%、3%以内。")
    assert _name(kept, "55%") == "乡镇养老服务设施覆盖率" and _name(kept, "3%") == "居民消费价格涨幅"


def test_an_amount_takes_no_rate_of_a_part_of_the_year_before_it() -> None:
    """吴忠 row 12: …一季度开复工率达到60%以上，上半年全部开工，全年完成投资568亿元以上."""
    t = targets("地区生产总值增长5%。", "力争年度计划实施项目一季度开复工率达到60%以上，上半年全部开工，全年完成投资568亿元以上。")
    assert _name(t, "568亿元") == "年度计划实施项目投资"
    assert _name(t, "60%") == "年度计划实施项目一季度开复工率"


def test_a_verb_inside_an_examples_name_is_not_the_lists_verb() -> None:
    """文山 row 15: 力争凯鸿关爱医院、文山复烤厂技术改造等52个项目建成投产."""
    t = targets("地区生产总值增长5%。", "力争凯鸿关爱医院、文山复烤厂技术改造等52个项目建成投产。")
    assert _name(t, "52个") == "项目建成投产数"
    t = targets("地区生产总值增长5%。", "集中打造吉庆民俗街、户部巷等5个特色街区。")  # an adverb, then the list's verb
    assert _name(t, "5个") == "打造特色街区数"


def test_bare_funds_are_named_by_the_use_after_them() -> None:
    """文山 rows 77, 50: 继续安排资金1000万元，解决…; 筹集资金1000万元，着力打造一批…."""
    t = targets("地区生产总值增长5%。", "始终把依法行政贯穿于政府工作全过程，继续安排资金1000万元，解决人大代表、政协委员关注的民生问题。")
    assert _name(t, "1000万元") == "解决人大代表政协委员关注的民生问题资金"
    t = targets("地区生产总值增长5%。", "按照分类施策的原则，筹集资金2000万元，着力打造一批农业大镇、工业强镇，繁荣镇域经济。")
    assert _name(t, "2000万元") == "打造农业大镇工业强镇资金"
    t = targets("地区生产总值增长5%。", "安排资金136亿元，办好民生实事。安排资金5亿元，比上年增长10%。")
    assert _name(t, "136亿元") == "民生实事资金" and _name(t, "5亿元") == "资金"  # (a change is no use)


def test_manner_and_lead_verbs_name_nothing() -> None:
    """文山 rows 65, 24, 23: 始终保持, 努力推进, 大力实施“两新”政策 before a measure."""
    t = targets("地区生产总值增长5%。", "国省控地表水监测断面水质达标率始终保持100%。积极组织团购活动，努力推进商品房销售面积突破25万平方米。"
                "大力实施“两新”政策，推动消费品以旧换新，实现消费15亿元以上。")
    assert _name(t, "100%") == "国省控地表水监测断面水质达标率" and _name(t, "25万平方米") == "商品房销售面积"
    assert _name(t, "15亿元") == "两新政策消费"
    assert _name(targets("地区生产总值增长5%。", "实施重点项目30个。"), "30个") == "实施重点项目数"  # a verb's own count keeps it


def test_a_lists_verb_of_recognition_reaches_every_member() -> None:
    """莆田 rows 73, 74: 认定国家高新技术企业150家、科技型中小企业240家、专精特新“小巨人”企业2家."""
    t = targets("新认定科技型中小企业233家。", "认定国家高新技术企业150家、科技型中小企业240家、专精特新“小巨人”企业2家。")
    assert _name(t, "240家") == "认定科技型中小企业数" and _name(t, "2家") == "认定专精特新小巨人企业数"
    assert baseline_of(t, "240家") == "233家"
    t = targets("地区生产总值增长5%。", "育成省级以上审定（登记、认定）优良品种10个。新认定30家市级以上农业产业化龙头企业。")
    assert _name(t, "10个") == "育成省级以上审定(登记认定)优良品种数"  # (a verb inside a bracket's list starts no clause)
    assert _name(t, "30家") == "新认定市级以上农业产业化龙头企业数"


def test_a_head_after_the_last_member_before_each_is_every_members() -> None:
    """莆田 rows 113, 114: 策划一日游、两日游、三日游精品路线各10条."""
    t = targets("地区生产总值增长5%。", "策划一日游、两日游、三日游精品路线各10条。")
    assert _names(t)[-3:] == ["一日游精品路线数", "两日游精品路线数", "三日游精品路线数"]
    t = targets("地区生产总值增长5%。", "新增持牌金融机构、上市企业各10家。")  # members that end apart: each whole
    assert _names(t)[-2:] == ["新增持牌金融机构数", "新增上市企业数"]


def test_a_rate_takes_the_thing_its_sentence_opens_with() -> None:
    """莆田 rows 90, 98, 123, 139: a bare 入驻率, 回收利用率, 办证率 and 全岛 after an opening that names the thing."""
    t = targets("地区生产总值增长5%。", "发力健康城片区，推进医院开业运营，带动康养、护理等业态集聚，入驻率超50%。"
                "开展生活垃圾分类攻坚行动，新改建分类屋110座，回收利用率36%以上。"
                "投用安置房7000套，加快解决不动产登记历史遗留问题，办证率90%以上。"
                "高质量推进湄洲岛零碳示范区建设，全岛绿化覆盖率提升1个百分点。")
    assert _name(t, "50%") == "健康城片区入驻率" and _name(t, "36%") == "生活垃圾分类回收利用率"
    assert _name(t, "90%") == "不动产登记历史遗留问题办证率" and _name(t, "1个百分点") == "湄洲岛绿化覆盖率提升"
    kept = targets("地区生产总值增长5%。", "完善园区服务配套，标准化厂房新建30万平方米以上、入驻率80%以上。")  # a list member's
    assert _name(kept, "80%") == "入驻率"


def test_two_goals_of_one_size_named_apart_are_both_kept() -> None:
    """吉林 松原: 全年新增4A级旅游景区1家，3A级旅游景区1家 — two goals, not one stated twice."""
    t = targets("地区生产总值增长5%。", "全年新增4A级旅游景区1家，3A级旅游景区1家。")
    assert len(t.loc[["1家"]]) == 2
