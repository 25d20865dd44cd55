"""Names after audit 24 (docs/audits/targets_24.md, fault classes "names"): the verb shared by a list's
members or standing before a count, thresholds between a count and its noun, a name before a full-width
aside. Sentences in the style of a report, with wording and numbers altered."""
from __future__ import annotations

from name_cases import names


def test_a_verb_after_xin_before_the_first_member_is_every_members() -> None:
    """新打造A、B、C / 新入库A、B / 新培育A、B: the verb after 新 is said of every member, in any counter
    (GZ26#39, #40, #62-#64; UR24#20), not a stock of B."""
    got = names("新打造省级特色酒庄4个、美酒美食街区6条、白酒体验酒店3家。")
    assert got["6条"] == "新打造美酒美食街区数" and got["3家"] == "新打造白酒体验酒店数"
    got = names("新入库规模以上工业企业300家以上、规模以上服务业企业200家以上。")
    assert got["200家"] == "新入库规模以上服务业企业数"
    assert names("新培育“小升规”企业40家、专精特新中小企业20家。")["20家"] == "新培育专精特新中小企业数"


def test_a_chain_of_verbs_joined_by_ji_is_shared_whole() -> None:
    """新建改扩建及维修改造A…、B…: all the verbs, not only 新建改扩建 (GZ26#27, #28)."""
    got = names("新建改扩建及维修改造公办幼儿园100所以上、义务教育学校300所以上。")
    assert got["300所"] == "新建改扩建及维修改造义务教育学校数"


def test_verbs_before_a_count_stay_in_its_name() -> None:
    """提质升级N个X, 补充维护更新N个X, …布局建设N条X、M条Y: the verbs the count is of (GZ26#19, #20, #41, #114);
    two verbs that stand in two members (重大项目建设、实施N项) are not joined."""
    assert names("提质升级15个酒旅融合景区。")["15个"] == "提质升级酒旅融合景区数"
    assert names("补充维护更新500个“农体工程”器材。")["500个"] == "补充维护更新农体工程器材数"
    got = names("围绕园区需求布局建设6条铁路专用线、20条产业路。")
    assert got["6条"] == "布局建设铁路专用线数" and got["20条"] == "布局建设产业路数"
    assert names("统筹推进120个重大项目建设、实施150项年度重大事项活动。")["150项"] == "年度重大事项活动数"


def test_a_verb_of_its_own_in_the_next_member_is_not_given_the_first_ones() -> None:
    """更新改造A N艘、减船转产M艘: 减船转产 is a verb phrase of its own (no 新 before the first verb chain)."""
    assert names("更新改造老旧渔船900艘、减船转产800艘。")["800艘"] == "减船转产数"


def test_a_threshold_between_a_count_and_its_noun_is_no_name() -> None:
    """为N所海拔1500米以上农村学校…, N家二级及以上公立医院…: the count is of the schools and hospitals (GZ26#97,
    UR24#50), not 海拔数 or 二级数; a grade without 及 stays in the noun (二级以上医院)."""
    assert names("为80所海拔1500米以上农村中小学幼儿园建设供暖设施。")["80所"] == "农村中小学幼儿园建设供暖设施数"
    assert names("推动10家二级及以上公立医院开展中医诊疗服务。")["10家"].startswith("公立医院")
    assert names("197家二级以上医院开设体重管理门诊。")["197家"] == "二级以上医院开设体重管理门诊数"
    assert names("淘汰20台35蒸吨/小时以下燃煤锅炉。")["20台"] == "淘汰燃煤锅炉数"


def test_a_long_alternative_name_in_brackets_is_left_out_not_a_cause_to_borrow() -> None:
    """A（B）N个 with a long alternative B: the name is A (GZ26#110), never the previous clause's; a short aside
    stays in the name as before (长者服务中心（站）)."""
    got = names("完成100个乡镇专职消防队提质强能，新增住宅小区业主委员会（物业管理委员会）800个。")
    assert got["800个"] == "新增住宅小区业主委员会数"
    assert names("乡镇卫生院（社区卫生服务中心）标准化率95%以上。")["95%"] == "乡镇卫生院标准化率"
    assert names("新增长者服务中心（站）23家。")["23家"] == "新增长者服务中心(站)数"
