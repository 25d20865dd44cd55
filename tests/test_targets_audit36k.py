"""Targets after audit 36 (docs/audits/targets_36.md, fault classes "kinds", "targets missed" and "figures that are
no plan-year target"): one test per rule, on the real sentences of the audit's texts (docs/assumptions.md#target-kinds,
#non-targets)."""
from __future__ import annotations

from target_cases import targets

from govreport.extract.numerals import worded_figures
from govreport.tables.targets import other_subjects

REVIEW = "地区生产总值增长7.5%。"


def test_value_added_is_no_rise_word() -> None:
    """Shaoxing (SX24#16): 高新技术产业增加值占比达63.5% is a share reached, exact — 增加值 is a noun, 达 no floor."""
    t = targets(REVIEW, "打造专精特新创业城，建设科技企业孵化器和众创空间15家以上，新增国家专精特新“小巨人”企业25家、"
                        "省级专精特新中小企业200家、高新技术企业350家、科技型中小企业800家，高新技术产业增加值占比达63.5%。",
                review_year=2023)
    row = t.loc["63.5%"]
    assert row["target_kind"] == "exact" and row["measure"] == "share"


def test_value_added_growth_stays_a_change() -> None:
    t = targets(REVIEW, "规模以上工业增加值增长8%左右。", review_year=2023)
    assert t.loc["8%", "measure"] == "growth_rate"


def test_a_bound_after_each_covers_every_member() -> None:
    """Shaoxing (SX24#59, #60): 分别不少于…7.5%、22.5%、45%: all three are floors."""
    t = targets(REVIEW, "推动精细管理区域向集镇延伸，确保精细管理示范区、高标区、标准区分别不少于城市建成区面积的7.5%、22.5%、45%。",
                review_year=2023)
    assert list(t.loc[["7.5%", "22.5%", "45%"], "target_kind"]) == ["floor"] * 3


def test_two_goals_of_other_subjects_do_not_restate_each_other() -> None:
    """Deyang (DY24 #3): 地区生产总值 and 固定资产投资, each 增速高于省平1个百分点: two goals."""
    assert other_subjects("地区生产总值增速高于省平", "固定资产投资增速高于省平")
    assert not other_subjects("汽车充电设施", "新能源汽车充电设施")
    t = targets(REVIEW, "全市经济社会发展主要预期目标是：地区生产总值增速高于省平1个百分点、7%左右；固定资产投资增速高于省平1个百分点；"
                        "规模以上工业增加值增长8%左右。", review_year=2023)
    assert (t["text"] == "1个百分点").sum() == 2


def test_worded_percentages_are_figures() -> None:
    """Guilin (GL24 #50, #51): 比重分别不低于百分之二、百分之一 — two floors; 百分之百 stays words."""
    assert [(v, u) for _, _, v, u, _ in worded_figures("比重分别不低于百分之二、百分之一")] == [(2, "%"), (1, "%")]
    assert worded_figures("农村义务教育学校百分之百全覆盖") == []
    t = targets("民生支出389.04亿元，占一般公共预算支出80%左右。",
                "加快推进科技管理体制改革，加大财政支持力度，确保市本级和县（市、区）每年安排的科技支出占一般公共预算支出的比重"
                "分别不低于百分之二、百分之一，科技专项资金稳步增长。", review_year=2023)
    assert list(t.loc[["百分之二", "百分之一"], "target_kind"]) == ["floor", "floor"]
    # 民生支出's share is no baseline of 科技支出's (a share's numerator: audit 36)
    assert t.loc[["百分之二", "百分之一"], "baseline_text"].fillna("").eq("").all()


def test_sets_named_by_example_with_a_building_verb_are_counts() -> None:
    """Guilin (GL24 #55, #69): 加快建设桂林至钟山等13条高速公路, 推进叠彩滨江等6个大型体育公园建设."""
    t = targets(REVIEW, "加快建设桂林至钟山等13条高速公路，建成灌阳至平乐高速。推进叠彩滨江等6个大型体育公园建设，"
                        "推动公共体育场馆向社会免费或低收费开放。", review_year=2023)
    assert {"13条", "6个"} <= set(t.index)


def test_a_years_investment_and_tiers_to_make_are_targets() -> None:
    """Zibo (ZB24 #15, #17): 抓好年度投资150亿元的100个重点项目 (both), 打造2条千亿级、15条百亿级产业链 (both)."""
    t = targets(REVIEW, "实施服务业提升攻坚行动，抓好年度投资150亿元的100个重点项目。开展“雁阵形”产业集群突破行动，"
                        "打造2条千亿级、15条百亿级产业链。", review_year=2023)
    assert {"150亿元", "100个", "2条", "15条"} <= set(t.index)


def test_figures_that_scope_label_or_class_a_goal_are_no_targets() -> None:
    """Audit 36: 先后29次 (SX24#8), “民营经济”33条 (SX24#51), 打造五百亿元园区 (GL24#27), 30户以上自然村…比例 (DY24#104),
    抓好广汉和14个村…试点 (DY24#110), 全国168个重点城市中…前100名 (DY24#121), 14个国、省考核断面水质优良率 (DY24)."""
    t = targets(REVIEW, "习近平总书记对绍兴发展始终高度重视，先后29次亲临绍兴考察调研。落实落细“民营经济”33条。"
                        "推动高新区、经开区加快打造千亿元园区，高铁园加快打造五百亿元园区。"
                        "实现30户以上自然村（组）通硬化路比例达70%以上。"
                        "抓好广汉和14个村全省“积分制、清单制+数字化”智慧乡村治理试点，承办第七届四川“村长”论坛。"
                        "确保PM2.5浓度、空气优良率达到省定目标，空气质量综合指数在全国168个重点城市中保持在前100名以内。"
                        "完成17条农村黑臭水体治理，确保14个国、省考核断面水质优良率100%。"
                        "新改建卫生厕所5000户以上、生活污水治理率达82%以上。", review_year=2023)
    for text in ("29次", "33条", "五百亿元", "30户", "14个", "168个"):
        assert text not in t.index, text
    assert {"70%", "100%", "17条", "5000户", "82%"} <= set(t.index)


def test_a_worded_count_of_routes_closing_examples_is_a_figure() -> None:
    """Guilin (GL24 #13): 推出诗意栖居休闲康养之旅等八条主题旅游线路 — 8 routes to launch; 等十条支持措施 stays a policy's name
    (provincial_beijing_2026 in the corpus)."""
    t = targets(REVIEW, "推出诗意栖居休闲康养之旅等八条主题旅游线路，积极发展医美康养、文创集市、数字游民等新业态。"
                        "实施住房保障、创业服务等十条支持措施，建设青年发展型城市。", review_year=2023)
    assert t.loc["八条", "value"] == 8
    assert "十条" not in t.index
