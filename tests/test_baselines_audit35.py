"""Baselines after audit 35 (fault classes "baselines refused although the review states the same measure" and "baselines of
another measure"): the real sentences of the audit's texts run through the reader and extractor (tables/list_baselines,
measures.stock_for_a_flow and cumulated_in_year, level_baselines, baseline_refusals.projects_for_firms; data/baseline_scopes.json
list_heads, name_free_words; data/tables_words.json added_words, year_total_verbs, manner_words, scope_verb_remnants)."""
from __future__ import annotations

import pandas as pd

from govreport.tables.name_scopes import scope_of
from target_cases import targets

GOALS = "地区生产总值增长5%左右。"


def _base(t: pd.DataFrame, text: str) -> str:
    value = t.loc[[text]]["baseline_text"].iloc[0]
    return "" if pd.isna(value) else str(value)


def test_a_four_member_list_before_a_clause_opening_with_fenbie_pairs_by_its_own_order() -> None:
    """机械制造、轻工纺织、能源化工、建筑材料等传统产业…，分别实现产值75亿元、266亿元、394亿元、160亿元 (YB24#23, #25): the plan
    names them in another order; each takes its own member's amount."""
    t = targets("机械制造、轻工纺织、能源化工、建筑材料等传统产业加快绿色转型和智能化数字化提升，分别实现产值75亿元、266亿元、394亿元、160亿元。",
                GOALS + "轻工纺织产业，重点推进丝丽雅盐坪坝园区有序搬迁，力争实现产值280亿元。"
                "建筑材料产业，围绕墙体材料、环保陶瓷等领域，引进一批前沿新型绿色材料项目，力争实现产值163亿元。")
    assert _base(t, "280亿元") == "266亿元" and _base(t, "163亿元") == "160亿元"


def test_a_count_reached_is_no_baseline_of_things_brought_in_or_grown() -> None:
    """投资超百亿项目达7个，营收超百亿企业达6户 (stocks) for 新引进投资超百亿项目2个，培育营收超百亿企业3户 (YB24#64, #65)."""
    t = targets("大力实施制造业“双百工程”，投资超百亿项目达7个，营收超百亿企业达6户。",
                GOALS + "深入实施制造业“双百工程”，新引进投资超百亿项目2个，培育营收超百亿企业3户。")
    assert _base(t, "2个") == "" and _base(t, "3户") == ""


def test_members_of_a_list_opened_by_leiji_are_stocks() -> None:
    """累计创建…领航学校9所、省一级示范性普通高中6所 for 新争创省一级示范性普通高中2所、义务教育共同体领航学校10所 (YB24#84, #85)."""
    t = targets("累计创建省级示范性幼儿园25所、省义务教育优质发展共同体领航学校9所、省一级示范性普通高中6所，7所中职学校列入省级“三名工程”建设。",
                GOALS + "稳步推进优化学校布局和建设三年行动，实施优质均衡项目50个，新争创省一级示范性普通高中2所、义务教育共同体领航学校10所。")
    assert _base(t, "2所") == "" and _base(t, "10所") == ""


def test_talent_gathered_is_no_baseline_of_talent_recognised_in_the_year() -> None:
    """集聚高层次人才1.9万人 (a stock) for 新认定高层次人才5000人左右 (HF24#28): no subject match either."""
    t = targets("新增在肥就业参保大学生突破35万人，新增进站博士后949人，集聚高层次人才1.9万人。",
                GOALS + "坚持以一流平台引才、一流产业聚才、一流生态留才，力争新增博士后科研工作站20家左右，新认定高层次人才5000人左右。")
    assert _base(t, "5000人") == ""


def test_leiji_of_a_years_activity_with_its_growth_on_the_year_is_the_years_total() -> None:
    """累计接待国内外游客1317.7万人次…，分别同比增长100.3%、106% for 接待游客1400万人次 (LZ24#14); 旅游收入 kept."""
    t = targets("累计接待国内外游客1317.7万人次、实现旅游收入116.67亿元，分别同比增长100.3%、106%，创历史新高。",
                GOALS + "接待游客1400万人次、实现旅游收入125亿元。")
    assert _base(t, "1400万人次") == "1317.7万人次" and _base(t, "125亿元") == "116.67亿元"


def test_light_words_of_one_measure() -> None:
    """入库备案科技型中小企业1475家 (YB24#32), 新建成高标准农田28.5万亩 (#37), 多种方式筹集保障性租赁住房 (#82)."""
    assert scope_of("成高标准农田新建面积", "high_standard_farmland") == ""
    t = targets("科技创新体集群不断壮大，建成省级及以上创新平台148个，入库备案科技型中小企业1475家。流出耕地整改恢复超过10万亩，新建成高标准农田28.5万亩；"
                "持续推行“房票”安置，棚户区改造开工1624户，筹集保障性租赁住房2795套（间）。",
                GOALS + "实施科技企业梯度培育计划，高新技术企业、科技型中小企业分别达到420家、1500家。新建高标准农田27.2万亩。"
                "将农民工纳入城镇住房保障体系，多种方式筹集保障性租赁住房3000套（间）。")
    assert _base(t, "1500家") == "1475家" and _base(t, "27.2万亩") == "28.5万亩" and _base(t, "3000套") == "2795套"


def test_the_total_after_a_net_addition_is_the_baseline_of_a_level() -> None:
    """净增国家高新技术企业1994户、总数8406户 for 力争国家高新技术企业突破万户 (HF24#23): the 总数, not the net addition, and
    not the 总数 of the next clause (净增市场主体17.6万户、总数169万户)."""
    t = targets("净增国家高新技术企业1994户、总数8406户，国家科技型中小企业突破1.1万户、实现两年翻番，净增市场主体17.6万户、总数169万户。",
                GOALS + "突出企业创新主体地位，力争国家高新技术企业突破万户，净增省级科技领军企业5家以上。")
    assert _base(t, "万户") == "8406户"


def test_projects_of_listed_firms_are_no_listed_firms() -> None:
    """引进…上市企业项目5个 for 力争新增上市及过会企业3家 (YY24#10)."""
    t = targets("大力开展“迎老乡、回故乡、建家乡”行动，引进“三类500强”企业项目47个、上市企业项目5个、乡友投资项目605个。",
                GOALS + "推动个转企、企转规、规改股、股上市，力争新增上市及过会企业3家。")
    assert _base(t, "3家") == ""


def test_a_balance_added_to_stays_the_years_addition() -> None:
    """金融机构贷款余额新增97.23亿元 (right after 新增: no stock for all its 余额) stays the baseline of 新增贷款100亿元以上 (audit 31
    QJ24, kept where a stock is now refused on every route)."""
    t = targets("金融机构贷款余额新增97.23亿元、累计突破600亿元，为企业授信153.85亿元，精准滴灌金融活水。", GOALS + "新增贷款100亿元以上。")
    assert _base(t, "100亿元") == "97.23亿元"
