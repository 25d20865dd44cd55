"""Names after audit 33 (docs/audits/targets_33.md, fault classes on names): sentences of the audit's texts (in
/work/notes/unseen, seen by rule rounds since) and of the corpus."""
from __future__ import annotations

from name_cases import names

from govreport.extract.keys import indicator_key


def test_a_quoted_project_with_an_aside_is_named_by_its_own_clause() -> None:
    """实施“碳中和林”（二期）项目3000亩: the project's area, not the clause before's object (GZ24#103)."""
    got = names("开展林草固碳能力潜力评估，出台森林草原湿地碳汇资源开发管理办法，推进康定、色达林草碳汇省级试点，"
                "实施“碳中和林”（二期）项目3000亩。")
    assert "碳中和林" in got["3000亩"] and "林草固碳" not in got["3000亩"]


def test_a_role_slogan_names_the_body_not_the_slogan() -> None:
    """增强市经开区“火车头”作用，…，确保全年完成投资20亿元: the zone's investment (MDJ24#41)."""
    got = names("增强市经开区“火车头”作用，深化“管委会+公司”改革，持续完善保税物流中心、省级化工园区基础设施，"
                "海浪铁路专用线投入使用，确保全年完成投资20亿元，在国家综评中实现进位。")
    assert got["20亿元"] == "市经开区投资"


def test_a_bare_opening_investment_is_of_what_the_next_clause_carries_out() -> None:
    """投资N亿元，(深入)实施X: X's investment, not a bare 投资 (GZ24#65, #83)."""
    assert names("投资8亿元，深入实施康定、泸定、甘孜、稻城、理塘等重点县城建设项目40个。")["8亿元"] == "重点县城建设项目投资"
    assert names("投资1.5亿元，实施农村电网巩固提升工程。")["1.5亿元"] == "农村电网巩固提升工程投资"


def test_a_sibling_noun_takes_only_the_lead_word_of_the_member_before() -> None:
    """出栏牛A头、生猪B头; 新增供气管道A千米、供暖B平方米、供氧C平方米: each member its own noun (GZ24#51, #71)."""
    assert names("出栏牛54.6万头、生猪23.2万头。")["23.2万头"] == "出栏生猪量"
    got = names("推动县城有机更新，深入实施“宜居工程”项目8个，新增供气管道14千米、供暖35万平方米、供氧3万平方米。")
    assert got["35万平方米"] == "新增供暖面积" and got["3万平方米"] == "新增供氧面积"


def test_a_growth_after_a_new_count_keeps_the_counted_noun() -> None:
    """新增经营主体N万户、增长M%: the growth of the new firms (新增经营主体增长), not 新增增长 (CQ24#25's baseline)."""
    assert names("全年新增经营主体64.8万户、增长21.8%。")["21.8%"] == "新增经营主体增长"


def test_4g_base_stations_are_no_5g_key() -> None:
    """新建5G基站484个、4G基站200个: 4G基站 is another measure than base_stations_5g (GZ24#30)."""
    assert indicator_key("4G基站新建数", "个", "level") == ""
    assert indicator_key("5G基站新建数", "个", "level") == "base_stations_5g"


def test_a_head_after_a_single_example_and_deng_stays() -> None:
    """推进17项电源电网等能源基础设施建设: the head after 等, not the example (ZS24#54)."""
    assert names("推进17项电源电网等能源基础设施建设，保障城市能源安全。")["17项"] == "能源基础设施建设数"


def test_a_bare_amount_after_wei_and_a_service_counts_the_people_served() -> None:
    """为13万困境留守儿童提供心理健康教育辅导: the children given that service, not a bare 为 (CQ24#51)."""
    got = names("为13万困境留守儿童提供心理健康教育辅导；建设“渝馨家园”100家以上。")
    assert got["13万"] == "心理健康教育辅导困境留守儿童人数"


def test_you_xiao_before_a_noun_is_a_class() -> None:
    """力争有效发明专利授权量增长15%以上: 有效 is the class of patents, not an adverb (MDJ24#13)."""
    assert names("推进知识产权强市试点城市建设，力争有效发明专利授权量增长15%以上。")["15%"] == "有效发明专利授权量增长"


def test_a_list_member_ending_in_the_shared_head_is_not_cut_inside() -> None:
    """打造100个美丽宜居示范村、10个乡村振兴精品村: 乡村振兴精品村 whole, not 乡村 (MDJ24#29)."""
    got = names("建设农村公路200公里，打造100个美丽宜居示范村、10个乡村振兴精品村，市区村庄规划实现全覆盖。")
    assert got["10个"] == "打造乡村振兴精品村数"


def test_fenbie_members_share_the_mileage_head() -> None:
    """高铁、高速公路通车里程分别突破A、B: 高铁通车里程, not 高铁公路通车里程 (CQ24#19)."""
    got = names("加快交通强市建设，力争高铁、高速公路通车里程分别突破1100公里、4500公里。")
    assert got["1100公里"] == "高铁通车里程" and got["4500公里"] == "高速公路通车里程"


def test_examples_after_a_verb_of_their_own_borrow_no_verb_from_the_clause_before() -> None:
    """建成A、B等6个项目，加快推进C、D等13个续建项目，…，抓好E、F等15个项目前期工作: 推进续建项目, not 建成续建项目 (GZ24#11, #13)."""
    got = names("建成S217灾后恢复重建、G318康定至雅江段提质改造等6个项目，加快推进G318提质改造、G664俄初山隧道等13个续建项目，"
                "开工建设G350丹巴段整治、S460乡城县城过境段等8个项目，抓好S571丹巴东谷至道孚龙灯段、S572炉霍宗塔至道孚玉科段等15个项目前期工作。")
    assert got["13个"] == "推进续建项目数" and got["8个"] == "开工建设项目数" and "开工建设" not in got["15个"]


def test_projects_admitted_to_a_programme_are_named_by_it() -> None:
    """争取100个以上项目纳入国家用地保障范围: the projects admitted, not the clause before's 政策资金 (corpus
    provincial_zhejiang_2026, spot check)."""
    got = names("全力争取和用足用好中央预算内投资、“两重”“两新”超长期特别国债、新型政策性金融工具等政策资金，"
                "争取100个以上项目纳入国家用地保障范围。")
    assert got["100个"] == "纳入国家用地保障范围的项目数"


def test_things_admitted_by_bei_are_named_by_the_programme_and_no_state_keeps_the_words() -> None:
    """14个改革事项被纳入X: 纳入X的改革事项 (no 被); 81个项目纳入工信部2023年…计划 (a year inside): 项目纳入工信部 as before."""
    assert names("营商环境14个改革事项被纳入省级先行区创建试点，位居全省前列。")["14个"] == "纳入省级先行区创建试点的改革事项数"
    assert names("认定国家知识产权优势企业3家，81个项目纳入工信部2023年工业企业技术改造导向计划。")["81个"] == "项目纳入工信部数"


def test_a_class_lowered_to_a_rate_is_its_share() -> None:
    """劣V类河涌降至35%以下: the share of those rivers (劣V类河涌占比), not a bare class (ZS24#42)."""
    got = names("打赢打好水污染治理攻坚战，完成15个流域重点河涌整治主体工程，推进一批暗涵整治，基本消除城镇建成区黑臭水体，"
                "劣V类河涌降至35%以下。")
    assert got["35%"] == "劣V类河涌占比"
    assert names("地表水Ⅴ类水体比例降至5%以下。")["5%"] == "地表水Ⅴ类水体比例"


def test_a_long_list_name_with_a_grade_is_not_cut_inside_a_word() -> None:
    """建成A重点镇、B名镇、4A级以上景区4个: the whole list, not a window from 镇 (4A is a grade, no figure; GZ24#36)."""
    got = names("推动稻城亚丁建设世界级旅游景区，持续创建国家级康巴文化甘孜段生态保护实验区，"
                "建成国家级乡村旅游重点镇、天府旅游名县名镇、4A级以上景区4个。")
    assert got["4个"].startswith("国家级乡村旅游重点镇")
