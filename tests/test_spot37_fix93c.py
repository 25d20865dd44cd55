"""Names after round 93's rules on spot audit 37 (绥化, 黔东南): a scope the first rate of a 分别 list opens with, a
ranking entered by listed places or moved up by N places, the measure of an opening 在…的基础上 clause, the work the
last counted member names for the first, a count of places where work on a thing of their own is done, and a
subjectless rate after another rate's subject; each on its sentence, shortened."""
from __future__ import annotations

from target_cases import targets

from govreport.extract.indicators import list_members

REVIEW = "城镇新增就业3万人。"


def test_first_rate_scope_is_the_list_s() -> None:
    """城市（县城）生活污水处理率、生活垃圾无害化处理率分别保持在97%、98%: the second rate is the city's too (黔东南 row 43);
    a rate of another kind keeps no scope."""
    assert list_members("城市（县城）生活污水处理率、生活垃圾无害化处理率分别保持在", 2)[1] == "城市（县城）生活垃圾无害化处理率"
    assert list_members("城镇调查失业率、居民消费价格涨幅分别控制在", 2)[1] == "居民消费价格涨幅"


def test_ranks_of_listed_places_and_places_moved() -> None:
    """肇东、安达进入全省前10，其他县（市）排名均前进5位以上 (绥化 rows 65, 66): a place in the province, and places moved up, no persons."""
    t = targets(REVIEW, "肇东、安达进入全省前10，其他县（市）排名均前进5位以上。")
    assert t.loc["10", "indicator"] == "肇东安达全省名次"
    assert t.loc["5位", "indicator"] == "其他县(市)排名前进位次"


def test_places_take_the_basis_clause_s_measure() -> None:
    """在保持…4个县（市、区）地区生产总值超百亿的基础上，力争庆安、青冈突破百亿元 (绥化 row 64)."""
    t = targets(REVIEW, "在保持肇东、北林、安达、海伦4个县（市、区）地区生产总值超百亿的基础上，力争庆安、青冈突破百亿元。")
    assert t.loc["百亿元", "indicator"] == "庆安青冈地区生产总值"


def test_last_member_s_work_is_the_first_s() -> None:
    """完成2个重点景区乡镇、9个一级、86个二级乡镇专职消防队伍提档升级 (黔东南 row 80); 5家龙头企业、10家省级企业技术中心: no work, no join."""
    t = targets(REVIEW, "完成2个重点景区乡镇、9个一级、86个二级乡镇专职消防队伍提档升级和提质强能。")
    assert t.loc["2个", "indicator"] == "重点景区乡镇专职消防队伍提档升级和提质强能数"
    t = targets(REVIEW, "培育5家国家级龙头企业、10家省级企业技术中心。")
    assert "技术中心" not in t.loc["5家", "indicator"]


def test_places_where_work_on_their_thing_is_done() -> None:
    """完成10个行政村的农村生活污水治理工程 (黔东南 row 77): the villages where sewage is treated."""
    t = targets(REVIEW, "持续改善人居环境，完成10个行政村的农村生活污水治理工程。")
    assert t.loc["10个", "indicator"] == "农村生活污水治理行政村数"


def test_subjectless_rate_takes_the_clause_before_s_subject() -> None:
    """秸秆还田率达到65%，综合利用率达到95% (绥化 row 21); 综合机械化率 names its own measure."""
    t = targets(REVIEW, "秸秆还田率达到65%，综合利用率达到95%。城市污水处理率达到96%，综合机械化率达到99%。")
    assert t.loc["95%", "indicator"] == "秸秆综合利用率"
    assert t.loc["99%", "indicator"] == "综合机械化率"
