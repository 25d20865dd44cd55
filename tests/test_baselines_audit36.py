"""Baselines and keys after audit 36 (fix43b): the same measure in other words taken (全社会消费品零售总额, 新登记市场主体, an
absolute growth goal after a relative one), a figure of another measure refused (another head noun, another kind sharing
only a title's grade, a parallel member under another verb, a batch's stock, a year's flow for a 累计 goal, a list member
for the whole list), and keys of another measure refused (data/key_vetoes.csv)."""
from __future__ import annotations

import pandas as pd

from govreport.extract.keys import indicator_key
from govreport.tables.kinds_apart import other_classes, other_heads
from target_cases import targets

GOALS = "地区生产总值增长5%左右。"


def _row(t: pd.DataFrame, text: str, name: str = "") -> pd.Series:
    rows = t.loc[[text]]
    if name:
        rows = rows[rows["indicator"].str.contains(name)]
    return rows.iloc[0]


def _base(t: pd.DataFrame, text: str, name: str = "") -> str:
    value = _row(t, text, name)["baseline_text"]
    return "" if pd.isna(value) else str(value)


def test_quan_shehui_retail_sales_is_retail_sales() -> None:
    """社会消费品零售总额增长6.5%以上 takes 全社会消费品零售总额增长9.1% (SX24#4)."""
    t = targets("出口总额增长11.8%、全社会消费品零售总额增长9.1%，均居全省第2位。",
                "经济社会发展的主要预期目标是：地区生产总值增长6.5%以上，社会消费品零售总额增长6.5%以上，出口增长8%以上。")
    assert _base(t, "6.5%", "社会消费品") == "9.1%"


def test_newly_registered_market_entities_are_new_ones() -> None:
    """新增市场主体3万户以上 takes 新登记市场主体3万户 (DY24#114)."""
    t = targets("开展“千人联千企”活动，建立企业家“直通车”等制度，为企业解决问题1500余个，新登记市场主体3万户。",
                GOALS + "真心实意帮助企业解决实际困难，力争新增市场主体3万户以上，民营经济增加值占比提高0.5个百分点以上。")
    assert _base(t, "3万户") == "3万户"


def test_an_absolute_growth_after_a_relative_one_is_the_growth() -> None:
    """地区生产总值增速高于省平1个百分点、7%左右: the 7% is GDP growth (key gdp_growth, baseline 增长6.7%: DY24#36); the
    gap in 个百分点 keeps no key."""
    assert indicator_key("地区生产总值增速高于省平", "%", "level") == "gdp_growth"
    assert indicator_key("地区生产总值增速高于省平", "个百分点", "level") == ""
    t = targets("全市地区生产总值增长6.7%，高于全国、全省平均水平。",
                "全市经济社会发展主要预期目标是：地区生产总值增速高于省平1个百分点、7%左右；规模以上工业增加值增长8%左右。")
    assert _base(t, "7%") == "6.7%"


def test_a_parallel_member_under_another_verb_is_no_baseline() -> None:
    """引育科技创新团队2个、科技创新人才40人以上 is not measured by 孵化各类科技人才192名 (DY24#64)."""
    t = targets("新增院士专家工作站6家，柔性引进高层次专家18人，东方风电贺建华入选国家卓越工程师，孵化各类科技人才192名，"
                "8名科技人才和1个创新团队入选2023年“天府青城计划”。",
                GOALS + "新增院士专家工作站7家，柔性引进高层次专家人才30人以上，引育科技创新团队2个、科技创新人才40人以上。")
    assert _base(t, "40人") == ""
    assert _base(t, "7家") == "6家"


def test_a_later_batch_is_not_the_stock_of_earlier_ones() -> None:
    """20家企业入选全省第三批“千户重点外贸企业” is not measured by 39家企业进入全省千户重点外贸企业培育工程 (DY24#117)."""
    t = targets("推动39家企业进入全省千户重点外贸企业培育工程。",
                GOALS + "推动20家企业入选全省第三批“千户重点外贸企业”。")
    assert _base(t, "20家") == ""


def test_another_kind_sharing_only_a_grade_is_no_baseline() -> None:
    """争创全国综合减灾示范社区1个 is not measured by 创建全国示范性老年友好型社区2个 (DY24#152)."""
    assert other_classes("综合减灾示范", "示范性老年友好型")
    assert not other_classes("全国", "全国")
    t = targets("城区建成老年助餐点54个，适老化改造困难老年人家庭1975户，创建全国示范性老年友好型社区2个。",
                GOALS + "争创全国综合减灾示范社区1个、省级安全社区2个。")
    assert _base(t, "1个") == ""


def test_words_shared_before_two_heads_are_no_head() -> None:
    """开展省级以上创新项目100个 is not measured by 新增省级以上创新平台28个 (ZB24#19); 重点城市中前 and 重点城市前 are one."""
    assert other_heads("省级以上创新项目", "省级以上创新平台", "省级以上创新")
    assert not other_heads("重点城市中前", "重点城市前", "重点城市")
    assert not other_heads("钢铁产能左右", "钢铁产能超过", "钢铁产能")  # a qualifier is no head (national_2017)
    t = targets("扎实推动国家创新型城市建设，新增省级以上创新平台28个，得益乳业获省长质量奖。",
                GOALS + "实施高新技术企业“双培育”、科技型中小企业“育苗”计划，开展省级以上创新项目100个。")
    assert _base(t, "100个") == ""


def test_a_cumulative_goal_takes_no_years_flow() -> None:
    """累计创建省级以上农业产业强镇35个 is not measured by 新培育省级以上农业产业强镇9个 (ZB24#30)."""
    t = targets("新建和改造提升高标准农田13.5万亩，新培育省级以上农业产业强镇9个。",
                GOALS + "推进“一镇一业”乡村产业发展三年行动，累计创建省级以上农业产业强镇35个。")
    assert _base(t, "35个") == ""
    t = targets("天开高教科创园成功开园，注册科技型企业1200余家，引入金融和科技服务机构225家。",
                GOALS + "提升市场化、专业化科创服务能力，引育科技型企业累计达到1500家，培育具有上市潜力的企业10家。")
    assert _base(t, "1500家") == "1200余家"  # a stock registered is no flow (provincial_tianjin_2024)


def test_a_list_member_is_no_baseline_of_the_whole_list() -> None:
    """新改扩建中小学、幼儿园14所 is not measured by 幼儿园37所 of 新改扩建中小学6所、幼儿园37所 (ZB24#49)."""
    t = targets("促进教育优质均衡发展，新改扩建中小学6所、幼儿园37所，新增小学学位近2万个。",
                GOALS + "调整完善中小学及幼儿园布局规划，新改扩建中小学、幼儿园14所。")
    assert _base(t, "14所") == ""
    t = targets("城镇新增就业6128人，再就业2291人，城镇登记失业率为3.84%。",
                GOALS + "确保新增城镇就业5400人，下岗失业人员和困难人员再就业2100人。")
    assert _base(t, "2100人") == "2291人"  # a review figure not stated apart stays (county_hailar_2013)


def test_keys_of_another_measure_are_vetoed() -> None:
    """A cluster's 聚集规模以上企业 (DY24#42), 新型农业经营主体 (DY24#100), 创建…领航学校 (DY24#142), 招商引资项目投资
    (GL24#52) and 农村供水水质达标率 (SX24#76) take no key of the city's measure."""
    assert indicator_key("聚集规模以上企业数", "家", "level") == ""
    assert indicator_key("培育新型农业经营主体数", "家", "level") == ""
    assert indicator_key("省级义务教育优质共同体领航学校创建数", "所", "level") == ""
    assert indicator_key("招商引资项目投资增长", "%", "increase") == ""
    assert indicator_key("农村供水水质达标率", "%", "level") == ""
    assert indicator_key("规模以上工业企业数", "家", "level") == "industrial_firms_above_size"


def test_a_standard_per_month_is_twelve_times_a_years() -> None:
    """低保标准不低于1.4万元/年 takes 城乡低保标准提高到每人每月1134元 as 13608元 a year (SX24#103)."""
    t = targets("全市城乡低保标准提高到每人每月1134元，实现乡镇（街道）残疾人之家全覆盖。",
                GOALS + "推进全民参保计划，抓好困难群体兜底帮扶，基本医保参保率达99%以上，低保标准不低于1.4万元/年。")
    row = _row(t, "1.4万元")
    assert float(row["baseline_value"]) == 13608
    assert row["feasibility"] == "modest"
