"""Names after audit 24 (docs/audits/targets_24.md, fault classes "names"): the verb shared by a list's
members or standing before a count, thresholds between a count and its noun, a name before a full-width
aside. Sentences in the style of a report, with wording and numbers altered."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from name_cases import HEAD, names


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


def test_a_digit_opening_a_word_inside_a_noun_does_not_end_it() -> None:
    """N个A或3人制B: 3人制 is part of the noun (GZ26#113; data/name_words.csv kind digit_noun)."""
    assert names("建成300个社区健身路径或3人制篮球场。")["300个"] == "建成社区健身路径或3人制篮球场数"


def test_a_quoted_modifier_is_its_own_members_unless_the_members_share_a_head() -> None:
    """N个“数字领航”企业、M个先进级智能工厂: the factories are not 数字领航 (HB26#10); with one head the quoted
    programme is every member's (N个“千万工程”示范村、M个提升村)."""
    assert names("打造8个“数字领航”企业、90个先进级智能工厂。")["90个"] == "打造先进级智能工厂数"
    assert names("建设2个“千万工程”示范村、123个提升村。")["123个"] == "建设千万工程提升村数"


def test_a_year_span_word_before_the_total_investment_stays() -> None:
    """…等N个年度计划总投资X亿元的Y项目: the year's planned investment of the projects (UR24#31-#35)."""
    got = names("重点抓好甲公司光伏组件等6个年度计划总投资100亿元的装备制造项目。")
    assert got["100亿元"] == "装备制造项目年度计划总投资"
    assert names("实施总投资1.2万亿元的重点项目投资计划。")["1.2万亿元"] == "重点项目投资计划总投资"
    table = extract_quantities(read_text(HEAD + "抓好甲公司光伏组件等6个年度计划总投资100亿元的装备制造项目。\n"))
    assert table.set_index("text").loc["100亿元", "indicator_key"] == ""  # not the projects' total investment


def test_a_from_to_frame_with_years_is_no_part_of_the_end_points_name() -> None:
    """A从2020年的X提升到2025年的Y: Y is A too (GZ26#13's baseline), not 20年的X提升到2025年的."""
    got = names("常住人口城镇化率从2020年的53.2%提升到2025年的57.7%。")
    assert got["57.7%"] == "常住人口城镇化率"


def test_a_thing_made_in_an_earlier_clause_is_no_scope_of_a_later_goal() -> None:
    """创建X示范区，加强…，激发…，力争接待游客N人次: the visitors are not X's (UR24#24); a programme (实施X行动) and
    the clause right after the opening keep their scope."""
    got = names("创建自治区文旅融合发展示范区，加强商旅文体融合，激发文旅消费潜力，力争接待游客1.2亿人次。")
    assert got["1.2亿人次"] == "接待游客人次"
    assert names("成功举办第三届中国国际博览会，接待游客120万人次。")["120万人次"] == "第三届中国国际博览会接待游客人次"
    assert names("实施消费场景创新行动，丰富新业态，建成山姆会员店、包河万象汇等20个项目。")["20个"] == "消费场景创新行动建成项目数"


def test_a_contracted_list_of_industries_is_written_out_member_by_member() -> None:
    """一二三产增加值分别增长a、b、c (and 一、二、三产业…): each industry named and keyed for itself (GZ26#1-#3), not
    一二三产增加值分别增长 under the services key."""
    table = extract_quantities(read_text("一、2024年重点工作\n其中一二三产增加值分别增长3.5%左右、6%左右、5%左右。\n"))
    got = dict(zip(table.text, zip(table.indicator, table.indicator_key)))
    assert got["3.5%"] == ("第一产业增加值增长", "primary_value_added_growth")
    assert got["6%"] == ("第二产业增加值增长", "secondary_value_added_growth")
    assert got["5%"] == ("第三产业增加值增长", "services_value_added_growth")
    assert names("一、二、三产业增加值分别增长3.5%、6%、5%。")["6%"] == "第二产业增加值增长"


def test_a_verb_ending_the_last_member_of_a_fenbie_list_is_every_members() -> None:
    """A系统、B专网、C应用整合分别完成a、b、c: each member's integration (GZ26#69, #70), not the system itself; a
    list whose members say their own verb keeps them, and a short list's head is shared as before (公路、铁路建设)."""
    got = names("省级政务信息系统、自建非涉密业务专网、政务移动应用整合分别完成25%、50%、20%。")
    assert got["25%"] == "省级政务信息系统整合" and got["50%"] == "省级自建非涉密业务专网整合"
    assert names("公路、铁路建设分别完成80亿元、60亿元。")["80亿元"] == "公路建设"


def test_a_count_of_places_is_named_by_what_is_done_there_up_to_fourteen_characters() -> None:
    """在N个县建设运营现代农事综合服务中心: the counties where the centres are built and run (GZ26#104), not 县数;
    a heavy verb that opens what is done stays first, a light one (开展) goes as before."""
    assert names("在30个县建设运营现代农事综合服务中心，推广农机装备。")["30个"] == "建设运营现代农事综合服务中心县数"
    assert names("5个县（市、区）开展全域幸福河湖建设。")["5个"] == "全域幸福河湖建设县数"
