"""Names and keys after audit 46 (round fix58m; /work/notes/holdout46, criterion f): the subject or scope a sentence
gives before the figure (a zone, the projects an investment is of), a footnote mark stripped whole, and a key that
would file a subset (a product group, a zone) under the city-wide measure left blank. Real sentences of the texts."""
from __future__ import annotations

from name_cases import names

from govreport import extract_quantities, read_text


def _plan(text: str) -> dict[str, tuple[str, str]]:
    """Figure text -> (name, key) of a plan part's ``text``."""
    table = extract_quantities(read_text("二、2024年主要预期目标和重点工作\n" + text + "\n"))
    return {x: (n, k) for x, n, k in zip(table.text, table.indicator, table.indicator_key)}


def test_a_footnote_mark_with_its_caret_is_no_part_of_a_name() -> None:
    """DZ41: “四上”企业^[4]净增169户 is 四上企业净增户数 (not 四上企业^净增户数); a mark without a caret goes as before."""
    got = names("“四上”企业^[4]净增169户、总数达3566户。")
    assert got["169户"] == "四上企业净增户数"
    assert "^" not in got["3566户"]
    assert names("新增“三类500强”企业[3]45家。")["45家"] == "新增三类500强企业数"


def test_a_zone_named_in_the_sentence_under_a_park_heading_scopes_its_bare_industrial_goal() -> None:
    """XZ47, XZ48: under 推动园区提质增效。, 壮大省级经开区工业经济，…，工业开票销售收入增长12%以上 is the zone's, with its
    level; a sentence that names its parks itself (全市各类园区) keeps its own name; the audit 42 zone heading still works."""
    text = ("推动园区提质增效。加快省级以上开发园区转型步伐，聚焦主责主业。壮大省级经开区工业经济，加快培育一批百亿级特色主导产业，"
            "工业开票销售收入增长12%以上。稳步提升省级高新区实力，高新技术产业产值增长10%，力争排名全部进位。")
    got = _plan(text)
    assert got["12%"][0] == "省级经开区工业开票销售收入增长"
    assert got["10%"][0] == "省级高新区高新技术产业产值增长"
    own = _plan("做强产业园区。引导开发园区与28家市级产业园区协同联动发展，力争全市各类园区工业开票销售突破7000亿元。")
    assert not own["7000亿元"][0].startswith("产业园区")
    city = _plan("重抓产业集群培育。聚焦强链补链延链，工业开票销售收入增长10%以上。")
    assert city["10%"][0] == "工业开票销售收入增长"


def test_a_year_s_investment_before_the_projects_it_is_of_is_theirs() -> None:
    """XZ9: 实施年度投资1100亿元的221个市重大产业项目 — the projects' annual investment (市重大产业项目年度投资), not the verb's;
    a place before the span stays (丹河新城), and a plan after 的 is no things (完成37.8亿元的年度投资计划)."""
    got = _plan("完善“招建服”一体化推进机制，实施年度投资1100亿元的221个市重大产业项目，确保147个项目上半年全部开工。")
    assert got["1100亿元"][0] == "市重大产业项目年度投资"
    assert _plan("抓好丹河新城年度投资197亿元的59个项目。")["197亿元"][0] == "丹河新城项目年度投资"
    assert _plan("实施服务业提升攻坚行动，抓好年度投资150亿元的100个重点项目。")["150亿元"][0] == "重点项目年度投资"
    kept = _plan("做到储备一批、开工一批、建设一批、竣工一批，完成37.8亿元的年度投资计划。")
    assert "计划年度投资" not in kept["37.8亿元"][0]


def test_a_total_investment_before_a_count_of_projects_is_those_projects() -> None:
    """The same for 总投资 with the count between 的 and the projects (总投资9329亿元的299个市级高质量发展项目)."""
    got = _plan("实施总投资8191亿元的148个省级重点项目、总投资9329亿元的299个市级高质量发展项目。")
    assert got["9329亿元"][0] == "市级高质量发展项目总投资"  # (was 省级重点项目总投资, the member before's projects)
    assert _plan("系统谋划总投资1.2万亿元的86个重大项目。")["1.2万亿元"][0] == "重大项目总投资"


def test_a_planned_investment_after_a_count_of_attracted_projects_is_theirs_and_unkeyed() -> None:
    """QZ54: 流转…制造业招商项目20个以上、计划投资额100亿元以上 — the projects' planned investment (no bare 计划投资额),
    and no project_investment (investment completed in projects); a year's investment of projects keeps the key."""
    got = _plan("支持县城做大特色产业、做强支柱产业，流转县（市、区）制造业招商项目20个以上、计划投资额100亿元以上。")
    assert got["100亿元"][0].endswith("招商项目计划投资额")
    assert got["100亿元"][1] == ""
    kept = _plan("安排省重大项目1678个、年度投资1.1万亿元。")
    assert kept["1.1万亿元"] == ("省重大项目年度投资", "project_investment")


def test_a_subset_of_exports_trade_or_online_retail_takes_no_city_wide_key() -> None:
    """XZ62, XZ67, XZ85: a product group's exports, a zone's trade and farm products' online sales are parts of the
    city-wide measures, not them; the city's own growth keeps its key."""
    got = _plan("力争“新三样”产品出口增长20%以上。全年中欧班列开行400列、港务区进出口额增长30%以上。农产品网络零售额增长10%以上。")
    assert got["20%"] == ("新三样产品出口增长", "")
    assert got["30%"] == ("港务区进出口额增长", "")
    assert got["10%"] == ("农产品网络零售额增长", "")
    city = _plan("外贸进出口增长5%，出口增长6%，网络零售额增长8%。")
    assert city["5%"][1] == "foreign_trade_growth"
    assert city["6%"][1] == "exports_growth"
    assert city["8%"][1] == "online_retail_growth"


def test_a_count_after_toward_counts_the_places_the_subject_reaches() -> None:
    """HG54: 城市公交向100个行政村延伸 is 城市公交延伸行政村数 (not 行政村延伸数: what extends was lost); a modal before the
    subject goes (推动应急视频指挥系统向140个乡镇延伸); a count after 向 and another verb keeps its name."""
    assert names("大力实施乡村绿化美化行动，实现应绿尽绿。城市公交向100个行政村延伸，新改建农村公路1000公里。")["100个"] == "城市公交延伸行政村数"
    assert names("推动应急视频指挥系统向140个乡镇延伸，实现全覆盖。")["140个"] == "应急视频指挥系统延伸乡镇数"
    assert names("实施毕业生就业创业攻坚行动，向22所院校提供一站式创业服务。")["22所"] == "一站式创业服务院校数"
