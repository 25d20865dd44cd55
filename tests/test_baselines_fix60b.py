"""Baselines after audit 47 (fix60b): the next keyed figure after a refused one, a list of levels equal to the 以上 level
spanning them (济宁); approvals and wholly new buildings refused for rebuilding (梧州); a city total refused for a count per unit
(济宁); a bare flow name's subject from the clause before (阜阳)."""
from __future__ import annotations

from target_cases import baseline_of as _base, targets

GOALS = "地区生产总值增长5.5%左右。"
JINING_TECHNICAL = ("实施500万元以上工业新上和技改项目1099个、完成投资900亿元，新培育省级以上单项冠军、专精特新、瞪羚企业351家。"
                    "927个省市县重点实施类项目实现投资2200亿元、完成年度计划的120%。")
WUZHOU_SCHOOLS = ("新建成10所学校，新增基础教育学位1.6万个、自治区普惠性民办园22所，5所学校获批第三批自治区特色普通高中立项建设学校，"
                  "市八中成为全市第9所自治区示范性普通高中。")


def test_the_next_keyed_figure_after_a_refused_one() -> None:
    """完成投资2000亿元以上 (济宁 L29): 900亿元 of 技改项目 is another set; 927个省市县重点实施类项目实现投资2200亿元 is taken."""
    t = targets(JINING_TECHNICAL, GOALS + "牢固树立“项目为王”理念和投入首位意识，实施1000个省市县重点项目，完成投资2000亿元以上。", 2023)
    assert _base(t, "2000亿元") == "2200亿元"


def test_a_refused_keyed_figure_with_none_after_it_stays_refused() -> None:
    """The neighbour kept: with only the 技改 set's amount in the review, the target has no baseline."""
    t = targets(JINING_TECHNICAL.split("。")[0] + "。",
                GOALS + "牢固树立“项目为王”理念和投入首位意识，实施1000个省市县重点项目，完成投资2000亿元以上。", 2023)
    assert _base(t, "2000亿元") == ""


def test_a_list_of_levels_is_the_level_above() -> None:
    """新增国家级、省级创新平台60家以上 vs 新建省级以上创新平台88个 (济宁 L24, L6)."""
    t = targets("培育高新技术企业400家、总量突破1800家，新建省级以上创新平台88个、达到773个。",
                GOALS + "完善高新技术企业梯次培育体系，入库科技型中小企业1500家以上，新增国家级、省级创新平台60家以上。", 2023)
    assert _base(t, "60家") == "88个"


def test_one_level_is_not_a_list_of_levels() -> None:
    """The neighbour kept: 新增市级创新平台 is not 省级以上创新平台."""
    t = targets("培育高新技术企业400家、总量突破1800家，新建省级以上创新平台88个、达到773个。",
                GOALS + "完善高新技术企业梯次培育体系，新增市级创新平台60家以上。", 2023)
    assert _base(t, "60家") == ""


def test_approvals_are_no_baseline_of_rebuilding() -> None:
    """改扩建…普通高中8所以上 vs 5所学校获批…立项建设学校; 改扩建幼儿园45所 vs 新建成10所学校 (梧州 L37, L12)."""
    t = targets(WUZHOU_SCHOOLS, GOALS + "深入推进梧州市教育提质发展三年行动，新建学校（幼儿园）5所，改扩建幼儿园45所、义务教育学校130所、"
                "普通高中8所以上，新增基础教育学位供给7800个以上。", 2023)
    assert _base(t, "8所") == ""
    assert _base(t, "45所") == ""
    assert _base(t, "5所") == "10所"  # the neighbour kept: new schools against new schools


def test_new_and_rebuilt_schools_still_agree() -> None:
    """The neighbour kept: 新建改扩建 says both, so 改扩建中小学校 still meets it on schools_built."""
    t = targets("新建改扩建中小学校30所，新增学位1.2万个。", GOALS + "改扩建中小学校20所。", 2023)
    assert _base(t, "20所") == "30所"


def test_a_count_for_each_unit_takes_no_city_total() -> None:
    """每个集群建设1家公共服务平台、…、培育20家高新技术企业 vs 培育高新技术企业400家 (济宁 L25, L6)."""
    t = targets("培育高新技术企业400家、总量突破1800家。",
                GOALS + "实施“四链”融合赋能行动，每个集群建设1家公共服务平台、布局10家研发平台、培育20家高新技术企业。"
                "完善高新技术企业梯次培育体系，培育国家高新技术企业400家以上。", 2023)
    assert _base(t, "20家") == ""
    assert _base(t, "400家") == "400家"  # the city's own count keeps it


def test_a_bare_flow_name_takes_the_subject_of_the_clause_before() -> None:
    """加强县域普通高中建设，新增学位2000个 vs 新建改扩建幼儿园、中小学校156所，新增学位4.4万个 (阜阳 L51, L18)."""
    t = targets("新建改扩建幼儿园、中小学校156所，新增学位4.4万个。", GOALS + "加强县域普通高中建设，新增学位2000个。", 2023)
    assert _base(t, "2000个") == ""
    t = targets("新建改扩建普通高中12所，新增学位1.8万个。", GOALS + "加强县域普通高中建设，新增学位2000个。", 2023)
    assert _base(t, "2000个") == "1.8万个"


def test_projects_of_an_area_are_no_baseline_elsewhere() -> None:
    """共建宜荆荆都市圈。落实年度重点工作清单，推进50个重点项目建设 vs 高标准规划建设锂电小镇，16个重点项目加快推进 (荆门 L36, L12)."""
    t = targets("高标准规划建设锂电小镇，16个重点项目加快推进。",
                GOALS + "共建宜荆荆都市圈。落实年度重点工作清单，推进50个重点项目建设，加强磷化、锂电、文旅等产业协作融合。", 2023)
    assert _base(t, "50个") == ""


def test_projects_of_the_same_area_still_agree() -> None:
    """The neighbour kept: a target whose sentence names the area (锂电小镇) takes its projects."""
    t = targets("高标准规划建设锂电小镇，16个重点项目加快推进。",
                GOALS + "加快锂电小镇建设，推进20个重点项目建设。", 2023)
    assert _base(t, "20个") == "16个"


def test_one_member_of_a_levels_list_is_no_baseline_of_the_whole() -> None:
    """The neighbour kept: 新增国家、自治区级创新平台12家以上 and 国家、自治区级创新平台分别新增7家、23家 (桂林): 23家 is one level's, no 以上
    name spans the two, so the target still has no baseline."""
    t = targets("国家、自治区级创新平台分别新增7家、23家。", GOALS + "完善科技创新平台梯度培育体系，力争新增国家、自治区级创新平台12家以上。", 2023)
    assert _base(t, "12家") == ""


def test_a_rebuild_word_of_an_earlier_member_is_not_the_figures() -> None:
    """The neighbour kept: 州医院改扩建等12个重大项目、9个…、4个县域医疗次中心建设稳步推进 (黔西南): 改扩建 belongs to the first member,
    so 新建2个县域医疗次中心 keeps its baseline 4个."""
    t = targets("省级区域医疗中心、州医院改扩建等12个重大项目、9个紧密型县域医共体、4个县域医疗次中心建设稳步推进。",
                GOALS + "提高卫生健康水平，新建2个县域医疗次中心。", 2023)
    assert _base(t, "2个") == "4个"
