"""Baselines after audit 41 (fix51b): review figures of the same measure taken (a review 分别 list of 省重点、市重点项目, 播面 and
泊位 keyed, a port named by the city's name, 年度 and a verb of work before a set of projects, 新增 before 一批X和NY, 预计 before a
review list) and figures of another measure refused (a plan-part line, two qualifiers of one industry, a bare measure for a
named subject, a sub-area's goal)."""
from __future__ import annotations


from govreport.tables.names_apart import other_industry
from target_cases import baseline_of as _base, targets

GOALS = "地区生产总值增长5%左右。"


def test_a_review_each_list_of_key_projects() -> None:
    """全力推进34个省重点、300个市重点项目，完成年度投资分别达到290亿元、1150亿元以上 against 34个省重点、300个市重点项目分别完成投资
    409.6亿元、1562.2亿元 (NC24 #33–#36): 省重点 stands for 省重点项目, 年度 says the plan's year."""
    t = targets("阆中古城机场正式通航，34个省重点、300个市重点项目分别完成投资409.6亿元、1562.2亿元，年度投资完成率达146%、141.2%。",
                GOALS + "全力推进34个省重点、300个市重点项目，完成年度投资分别达到290亿元、1150亿元以上。", 2023)
    assert _base(t, "290亿元") == "409.6亿元"
    assert _base(t, "1150亿元") == "1562.2亿元"
    assert _base(t, "300个") == "300个"


def test_sown_area_and_parking_berths_are_keyed() -> None:
    """确保粮食播面稳定在858万亩以上 against 粮食播种面积858万亩 (NC77); 新增泊位1万个 in a sentence on parking against 新增停车位1.4万个
    (NC65)."""
    t = targets("粮食播种面积858万亩、产量319.4万吨。新增停车位1.4万个、公共（专用）充电桩1607个。",
                GOALS + "确保粮食播面稳定在858万亩以上、产量320万吨以上。进一步完善城市停车、充电设施，新增泊位1万个、充电桩1800个以上。", 2023)
    assert _base(t, "858万亩") == "858万亩"
    assert _base(t, "1万个") == "1.4万个"


def test_a_port_berth_is_no_parking_space() -> None:
    """泊位 alone is a parking space only where its sentence speaks of parking."""
    t = targets("新增停车位1.4万个。", GOALS + "加快港口建设，新增泊位10个。", 2023)
    assert _base(t, "10个") == ""


def test_the_city_s_port_is_no_scope() -> None:
    """力争集装箱吞吐量突破155万标箱 against 芜湖港集装箱吞吐量达140万标箱 (WH33)."""
    t = targets("芜湖港集装箱吞吐量达140万标箱，占全省比重近六成。",
                GOALS + "开拓日韩、东南亚等近洋直航、快航航线，力争集装箱吞吐量突破155万标箱。", 2023)
    assert _base(t, "155万标箱") == "140万标箱"


def test_a_year_and_a_verb_of_work_name_no_other_projects() -> None:
    """加快推进7个涉南年度共建项目 against 高坪机场改扩建等6个涉南共建项目完成投资96.6亿元 (NC50)."""
    t = targets("积极融入成渝地区双城经济圈建设，高坪机场改扩建等6个涉南共建项目完成投资96.6亿元。",
                GOALS + "深度融入成渝地区双城经济圈建设，加快推进7个涉南年度共建项目，提高“川渝通办”服务质效。", 2023)
    assert _base(t, "7个") == "6个"


def test_new_before_a_batch_reaches_the_counted_firms() -> None:
    """新增一批出口超亿元龙头企业和100家以上外贸企业 against 新增…“领跑者”企业2家、外贸企业116家 (LS36)."""
    t = targets("推动超450家次企业组团出海抢订单、拓市场，新增省级内外贸一体化“领跑者”企业2家、外贸企业116家。",
                GOALS + "大力抓好外贸主体培育“195”行动计划，新增一批出口超亿元龙头企业和100家以上外贸企业。", 2023)
    assert t.loc["100家", "indicator"] == "新增外贸企业数"
    assert _base(t, "100家") == "116家"


def test_chain_projects_are_no_key_projects_and_key_is_no_scope() -> None:
    """实施延链补链强链项目335个 against 实施延链补链强链重点项目350个 (BZ6)."""
    t = targets("实施延链补链强链重点项目350个，高技术产业投资增长48.7%。",
                GOALS + "实施延链补链强链项目335个，实施重点工业技改项目400个以上。", 2023)
    assert _base(t, "335个") == "350个"


def test_an_estimated_review_list_names_its_first_member() -> None:
    """新一代信息技术产业营收增长15%以上 against 预计新一代信息技术、新材料产业营收分别增长15%和12% (BZ10)."""
    t = targets("预计新一代信息技术、新材料产业营收分别增长15%和12%，“四新”经济增加值占GDP比重达38%以上。",
                GOALS + "推进数字产业化，加快滨州算谷智算中心等项目建设，新一代信息技术产业营收增长15%以上。", 2023)
    assert _base(t, "15%") == "15%"


def test_a_plan_line_is_no_baseline() -> None:
    """力争全市新招引制造业项目180个以上 never takes 年内竣工投产制造业项目60个以上 of the plan (NC21)."""
    t = targets("全年新开工项目500个。",
                GOALS + "力争全市新招引制造业项目180个以上。全年实施重点工业和技改项目100个以上，年内竣工投产制造业项目60个以上。", 2023)
    assert _base(t, "180个") == ""


def test_two_qualifiers_of_one_industry() -> None:
    """规模以上生产性服务业营业收入增长10% is not measured by 规上重点服务业营业收入增长41% (NC27): 生产性 and 重点 after one class;
    a word one name adds alone (重点) is no other industry."""
    assert other_industry("规模以上生产性服务业营业收入增长", "规上重点服务业营业收入增长")
    assert not other_industry("规模以上服务业营业收入增长", "规上重点服务业营业收入增长")
    t = targets("服务业增加值增长7.4%，实现规上重点服务业营业收入187.2亿元、增长41%。",
                GOALS + "力争全市规模以上生产性服务业营业收入增长10%以上。力争市属国企资产总额增长20%以上、营业收入增长15%以上。", 2023)
    assert _base(t, "10%") == ""
    assert _base(t, "15%") == ""  # 营业收入 alone, of 市属国企 (NC96)


def test_a_new_area_s_goal_is_not_the_city_s() -> None:
    """把临江新区作为制造业发展“主战场”，…，力争地区生产总值增长16%以上 against the city's 增长5.5% (NC55)."""
    t = targets("全年实现地区生产总值2734.8亿元、增长5.5%。",
                GOALS + "聚焦“三区一高地”发展定位，把临江新区作为制造业发展“主战场”，用好用活支持政策，力争地区生产总值增长16%以上。", 2023)
    assert _base(t, "16%") == ""
    assert _base(t, "5%") == "5.5%"
