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
