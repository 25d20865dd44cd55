"""Names after audit 25 (docs/audits/targets_25.md, fault classes "names cut or borrowed so that they say another
thing" and "names: …"): sentences in the style of a report, with wording and numbers altered."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from name_cases import HEAD, names


def test_a_digit_inside_quotation_marks_is_part_of_the_noun_counted() -> None:
    """新建N个“15分钟…圈”: the quoted name holds a digit (and may hold 的), no stop of the noun (CQ26#22)."""
    assert names("新建80个“10分钟便民生活圈”，合理布局运动场地。")["80个"] == "新建10分钟便民生活圈数"
    assert names("建设120个“家门口的社区食堂”。")["120个"] == "建设家门口的社区食堂数"


def test_people_after_a_modifier_and_de_are_counted() -> None:
    """N名经济困难的…患者: the people after 的 are counted, with the modifier, not the modifier (CQ26#34)."""
    got = names("为不少于3万名经济困难的重度残疾人免费提供辅助器具。")["3万名"]
    assert got.endswith("经济困难的重度残疾人数") and got != "经济困难人数"


def test_grade_words_after_a_count_are_no_cut_of_the_member_before() -> None:
    """A企业和N个行业级、场景级B: the head character of the member before (业) inside a grade word (行业级) is no place
    to cut the noun (SD26#36: was 培育特色行业数)."""
    got = names("培育80家以上专业企业和60个以上行业级、场景级大模型和智能体。")
    assert got["60个"] == "培育行业级和场景级大模型和智能体数"


def test_a_bare_investment_takes_the_measure_of_the_programme_that_opens_the_sentence() -> None:
    """实施X投资…计划，支持N家企业…，力争投资…: X投资, not the firms' work of the clause before (GZ24#13); projects counted
    before keep their investment."""
    got = names("实施商业投资提升计划，支持500家以上企业数字化改造，力争投资超过900亿元。")
    assert got["900亿元"] == "商业投资"
    got = names("实施项目投资攻坚行动，推进亿元以上项目150个以上，力争完成投资800亿元左右。")
    assert got["800亿元"] == "亿元以上项目投资"


def test_mergers_of_listed_companies_are_no_count_of_listed_companies() -> None:
    """启动实施N家上市公司并购 (or 混改, 重组): the count of mergers is keyed as no stock of listed companies (GZ24#23)."""
    table = extract_quantities(read_text(HEAD + "启动实施3家左右上市公司并购，推动上市公司重组2家。\n"))
    keys = dict(zip(table.text, table.indicator_key))
    assert keys["3家"] != "listed_companies" and keys["2家"] != "listed_companies"
    table = extract_quantities(read_text(HEAD + "新增上市公司10家。\n"))
    assert dict(zip(table.text, table.indicator_key))["10家"] == "listed_companies"


def test_a_bare_rate_takes_the_work_of_the_clause_before() -> None:
    """加强X治理，实现治理率N%: the rate of X治理 (GZ24#25); a rate whose head the clause before does not end with keeps
    its own name."""
    assert names("加强城镇污水处理，实现处理率98%、设施正常运行率不低于95%。")["98%"] == "城镇污水处理率"
    assert names("推进垃圾分类，覆盖率达到90%。")["90%"] == "覆盖率"


def test_chou_jian_before_the_first_member_is_every_members() -> None:
    """筹建A N套、B M套: 筹建 (an action verb, data/verbs.csv) is said of B too (GZ24#40)."""
    assert names("筹建配售型保障性住房2万套、保障性租赁住房8万套。")["8万套"] == "筹建保障性租赁住房数"
