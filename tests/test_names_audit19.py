"""Names after audit 10 (docs/audits/targets_10.md, fault class "names that lose their noun or subject"): one
test per rule, on sentences written in the style of a report with wording and numbers altered
(extract/naming.py, extract/name_subjects.py and the modules they use)."""
from __future__ import annotations

import pytest

from name_cases import names


@pytest.mark.parametrize("sentence, figure, name", [
    # a class over an amount keeps what is over it (营业收入过, 投资过), and a 、 member that is only the
    # over word takes the member before's
    ("新培育营业收入过100亿元企业3家、过50亿元企业5家。", "3家", "新培育营业收入过100亿元企业数"),
    ("新培育营业收入过100亿元企业3家、过50亿元企业5家。", "5家", "新培育营业收入过50亿元企业数"),
    ("全市新谋划投资过50亿元项目30个以上，过100亿元项目8个以上。", "8个", "新谋划投资过100亿元项目数"),
    ("引进投资超10亿元项目25个。", "25个", "引进投资超10亿元项目数"),
    ("新培育营业收入过百亿元企业2家、过十亿元企业9家。", "9家", "新培育营业收入过十亿元企业数"),
    # a class with no over word keeps its short lead only, as before
    ("新增300亿产业链2个。", "2个", "新增300亿产业链数"),
])
def test_a_class_over_an_amount_keeps_what_is_over_it(sentence: str, figure: str, name: str) -> None:
    assert names(sentence)[figure] == name


@pytest.mark.parametrize("sentence, figure, name", [
    # a share whose clause is only 增加值占…比重 takes the subject of the clause before (its size word left out)
    ("数字经济核心产业规模突破5000亿元，增加值占地区生产总值比重预计达到18%以上。", "18%",
     "数字经济核心产业增加值占地区生产总值比重"),
    ("高技术制造业增加值增长12%，增加值占规上工业比重达到20%。", "20%", "高技术制造业增加值占规上工业比重"),
])
def test_a_bare_value_added_share_takes_the_subject_before(sentence: str, figure: str, name: str) -> None:
    assert names(sentence)[figure] == name


def test_a_contracted_pair_before_distributive_names_each_part() -> None:
    """存贷款余额分别 A、B: the deposits, then the loans; a pair that is one member of a list is left whole."""
    got = names("预计金融机构本外币存贷款余额分别达到2.5万亿元、2.6万亿元，金融业增加值超过1000亿元。")
    assert got["2.5万亿元"] == "金融机构本外币存款余额" and got["2.6万亿元"] == "金融机构本外币贷款余额"
    assert names("进出口总额和实际利用外资分别增长5%和8%。")["5%"] == "进出口总额增长"
    got = names("对东盟、欧盟进出口分别增长16%、40%。")  # the pair in a member's words: no split
    assert got["40%"] == "对欧盟进出口增长"  # (each partner said with 对: audit 51 贵港 row 16)


@pytest.mark.parametrize("sentence, figure, name", [
    # a share of places: the subject without its verb, scope or 覆盖, and the places after a qualifier too
    ("将新型农村社会养老保险试点范围扩大到全国50%的县。", "50%", "新型农村社会养老保险试点覆盖县比例"),
    ("新型农村社会养老保险试点覆盖30%的县。", "30%", "新型农村社会养老保险试点覆盖县比例"),
    ("优质公办幼儿园覆盖90%乡镇。", "90%", "优质公办幼儿园覆盖乡镇比例"),
    ("5G网络覆盖所有城区、镇区和90%以上行政村。", "90%", "5G网络覆盖行政村比例"),
    # a subject of two characters takes the words the clause before says it with; 加快 opens and names nothing
    ("加快农村“三变”改革，实现改革覆盖全市40%左右行政村。", "40%", "农村三变改革覆盖行政村比例"),
])
def test_a_share_of_places_names_the_places(sentence: str, figure: str, name: str) -> None:
    assert names(sentence)[figure] == name


def test_a_pace_word_opening_the_clause_is_no_part_of_the_name() -> None:
    assert names("加快“四好农村路”建设，新改建80公里。")["80公里"] == "四好农村路建设新改建长度"


def test_one_adjective_before_de_is_no_name_the_noun_after_is() -> None:
    assert names("打造6个特色鲜明的街区旗舰店。")["6个"] == "打造街区旗舰店数"


def test_a_member_with_its_own_verb_takes_the_topic_not_the_verb_before() -> None:
    """新改建60公里、养护1100公里: the upkeep of the roads of the clause before, not 新改建养护; no key of roads built."""
    from govreport import extract_quantities, read_text
    table = extract_quantities(read_text("一、2023年工作回顾\n加快“四好农村路”建设，新改建80公里、养护900公里。\n"))
    row = table[table.text == "900公里"].iloc[0]
    assert row.indicator == "四好农村路建设养护长度" and not row.indicator_key


def test_a_bare_coverage_takes_what_the_opening_clause_works_on() -> None:
    """…，场景覆盖达到N%: the coverage rate of the scenes of what the sentence opens with (“惠民码”应用)."""
    assert names("进一步丰富“惠民码”应用，场景覆盖达到60%以上。")["60%"] == "惠民码应用场景覆盖率"


@pytest.mark.parametrize("sentence, figure, name", [
    # a level class before 、 or 和 takes the noun the list ends with, however long (up to 12 characters)
    ("布局建设15个国家级、18个省级粮食产能提升重点县。", "15个", "建设国家级粮食产能提升重点县数"),
    ("发展壮大3个国家级和10个省级战略性新兴产业集群，加快建设。", "3个", "国家级战略性新兴产业集群数"),
])
def test_a_level_class_takes_the_noun_the_list_ends_with(sentence: str, figure: str, name: str) -> None:
    assert names(sentence)[figure] == name


@pytest.mark.parametrize("sentence, figure, name", [
    # 安排 says the money is allotted, not what it is (but 新安排: newly allotted, kept)
    ("中央预算内投资安排6000亿元。", "6000亿元", "中央预算内投资"),
    ("中央财政预算拟安排补助资金900亿元，比上年增加200亿元。", "900亿元", "中央财政预算补助资金"),
])
def test_arranging_is_no_part_of_a_money_name(sentence: str, figure: str, name: str) -> None:
    assert names(sentence)[figure] == name


def test_an_amount_after_a_count_takes_not_the_verb_moved_after_its_object() -> None:
    """建设亿元以上项目N个、完成投资M亿元: the projects' investment (not 投资建设); 出栏生猪…、肉牛… still share 出栏."""
    got = names("建设亿元以上项目3000个、完成投资超4000亿元。")
    assert got["4000亿元"] == "亿元以上项目投资"
    assert names("出栏生猪100万头、肉牛20万头。")["20万头"] == "肉牛出栏量"


def test_a_count_of_places_followed_by_what_they_do_counts_the_places() -> None:
    """扶持N个村实施联村共富项目: the villages that carry the projects out, not a count of projects."""
    assert names("扶持300个村实施联村共富项目。")["300个"] == "实施联村共富项目村数"


@pytest.mark.parametrize("sentence, figure, name", [
    # a bare investment in the clause right after a count of projects is theirs (their last words where long)
    ("全年安排省级重大项目1500个，年度计划投资1.2万亿元。", "1.2万亿元", "省级重大项目年度计划投资"),
    ("统筹抓好总投资2万亿元的1800个绿色低碳高质量发展重大项目，年度计划投资3000亿元。", "3000亿元", "重大项目年度计划投资"),
])
def test_a_bare_investment_after_a_count_of_projects_is_theirs(sentence: str, figure: str, name: str) -> None:
    assert names(sentence)[figure] == name
