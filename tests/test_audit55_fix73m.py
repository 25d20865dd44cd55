"""Names after audit 55 (fix73m): an amount before its vouchers (继续落实4000万元消费券, 阿坝), a bare output measure
after a clause that opens with a lead verb and a named park (支持成阿园区…，总产值达370亿元, 阿坝), and a year's investment
after projects counted after their noun (实施主城区重点工程207项，年度投资…, 宿州); beside each, the neighbouring right
behaviour kept."""
from __future__ import annotations

from govreport.extract import extract_quantities
from govreport.extract.name_investments import projects_invested
from govreport.extract.name_owners import clause_entity
from govreport.extract.predicates import fund_after
from govreport.report import read_text


def _names(sentence: str) -> dict[str, str]:
    df = extract_quantities(read_text("2024年政府工作报告\n二、2024年工作安排\n" + sentence + "\n"))
    return {t: n for t, n in zip(df["text"], df["indicator"])}


def test_amount_before_its_vouchers() -> None:
    """深入开展“消费促进年”行动，…，继续落实4000万元消费券 (阿坝 row 71): 消费券, not the opening's 消费促进年落实."""
    s = "继续落实4000万元消费券。"
    assert fund_after(s, s.index("消费券"), "元") == "消费券"
    assert _names("深入开展“消费促进年”行动，精心举办主题消费活动，继续落实4000万元消费券。")["4000万元"] == "消费券"


def test_fund_after_still_needs_its_word() -> None:
    """继续落实4000万元消费补贴政策: no fund word after the amount."""
    s = "继续落实4000万元消费政策。"
    assert fund_after(s, s.index("消费政策"), "元") == ""


def test_output_of_the_park_a_clause_before_names() -> None:
    """大力实施技改升级项目，…，支持成阿园区发展壮大…，建设…示范园区，总产值达370亿元 (阿坝 rows 60, 61)."""
    s = "大力实施技改升级项目，支持成阿园区发展壮大新型锂电产业链，建设省级绿色低碳重点示范园区，总产值达370亿元。"
    assert clause_entity(s, 0, s.index("总产值"), "总产值") == "成阿园区"
    assert _names(s)["370亿元"] == "成阿园区总产值"
    assert _names("支持德阿园区加快建设全省一流化工新材料产业园区，总产值达190亿元。")["190亿元"] == "德阿园区总产值"


def test_park_only_for_a_bare_output_measure() -> None:
    """A measure of other things (新增入园企业) takes no park from a lead verb; a sentence-opening class of parks
    (推动省级经济园区…，园区总产值…, 烟台) is no named park of the sentence-opening entity rule either."""
    s = "支持成阿园区发展壮大，新增入园企业10户。"
    assert clause_entity(s, 0, s.index("新增"), "新增入园企业") == ""
    assert _names("推动省级经济园区跨越发展，引进建设重大产业链项目，园区总产值达到2900亿元。")["2900亿元"] == "园区总产值"


def test_year_investment_of_projects_counted_after_their_noun() -> None:
    """实施主城区重点工程207项，年度投资301.8亿元; 四个县实施四大类重点工程102项，年度投资178.5亿元 (宿州 rows 30, 39)."""
    s = "实施主城区重点工程207项，年度投资301.8亿元。"
    assert projects_invested(s, 0, s.index("年度"), "年度投资") == "主城区重点工程年度投资"
    s = "四个县实施四大类重点工程102项，年度投资178.5亿元，推进合新高铁泗县段等工程建设。"
    assert projects_invested(s, 0, s.index("年度"), "年度投资") == "四个县重点工程年度投资"
    assert _names("重点实施985个产业项目，年度完成投资615亿元。")["615亿元"] == "产业项目年度完成投资"
