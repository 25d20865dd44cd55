"""Leftovers of session 21's closing note: N个方面 grouping a count (a label), an N强 class counted entrants enter written in
Chinese numerals (a label), and bare rates of a 分别 list taking the first member's scope; the real sentences of the texts."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from govreport.extract.name_lists import scoped_rates

PLAN = "二、2024年工作安排\n"
REVIEW = "一、2023年工作回顾\n"


def _table(text: str, part: str = PLAN):
    return extract_quantities(read_text(part + text + "\n"))


def test_areas_a_count_of_measures_falls_in_are_a_label() -> None:
    """推出8个方面90项政策措施 (national_2020): 8 names the areas the 90 measures fall in, no measure of its own."""
    table = _table("我们统筹推进疫情防控和经济社会发展，不失时机推进复工复产，推出8个方面90项政策措施，实施援企稳岗，减免部分税费。",
                   REVIEW)
    roles = dict(zip(table.text, table.role))
    assert roles["8个"] == "label" and roles["90项"] == "actual"
    assert dict(zip(table.text, table.indicator))["90项"] == "推出政策措施数"  # (the grouping dropped from the clause, the verb kept)


def test_a_chinese_numeral_class_counted_entrants_enter_is_a_label() -> None:
    """9家医院进入国家公立医院绩效考核百强、4家专科医院进入同类十强 (Shenzhen 2024): 百 and 十 name the classes the
    counted hospitals enter, labels as 500强 after counted firms is (audit 39); 跻身全国百强 alone stays a rank."""
    table = _table("9家医院进入国家公立医院绩效考核百强、4家专科医院进入同类十强，新增2个国家临床重点专科。", REVIEW)
    roles = dict(zip(table.text, table.role))
    assert roles["百"] == "label" and roles["十"] == "label"
    ranked = _table("力争县域经济跻身全国百强。")
    assert dict(zip(ranked.text, ranked.kind))["百"] == "rank"


def test_bare_rates_after_the_first_share_its_scope() -> None:
    """力争新引进项目当年合同履约率、开工率、资金到位率，分别达到90%、80%、30%以上 (Chenzhou 2024, audit 39 CZ24#54-55):
    开工率 and 资金到位率 are those of the projects newly brought in, in their first year."""
    text = "健全招商引资全生命周期服务体系，力争新引进项目当年合同履约率、开工率、资金到位率，分别达到90%、80%、30%以上。"
    names = dict(zip(_table(text).text, _table(text).indicator))
    assert names["80%"] == "新引进项目当年开工率" and names["30%"] == "新引进项目当年资金到位率"
    assert scoped_rates(["卫生厕所普及率", "污水治理率"]) == ["卫生厕所普及率", "污水治理率"]  # no period word: each its own
