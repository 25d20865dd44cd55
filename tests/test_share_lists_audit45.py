"""A 分别 share whose members close the figure-free clause before it (extract/name_lists.members_before; audit 45
淮安 rows 59–61, criterion f)."""
from __future__ import annotations

from govreport import extract_quantities, read_text


def all_names(sentence: str) -> dict[str, str]:
    """Figure text -> name of every row of the plan paragraph ``sentence``."""
    table = extract_quantities(read_text("二、2024年工作安排\n" + sentence + "\n"))
    return dict(zip(table.text, table.indicator))


def test_each_member_of_the_list_before_is_a_share_of_the_whole() -> None:
    """开发园区实际利用外资、新签约亿元以上工业项目、外贸进出口额，占全市比重分别达70%、80%和90%以上 (Huai'an): each
    share names its numerator, not three rows of 占全市比重."""
    named = all_names("开发园区实际利用外资、新签约亿元以上工业项目、外贸进出口额，占全市比重分别达70%、80%和90%以上。")
    assert (named["70%"], named["80%"], named["90%"]) == (
        "开发园区实际利用外资占全市比重", "新签约亿元以上工业项目占全市比重", "外贸进出口额占全市比重")


def test_a_list_of_rates_and_a_list_with_figures_of_their_own_are_kept() -> None:
    """力争新引进项目当年合同履约率、开工率、资金到位率，分别达到… (audit 39) keeps its names; a share list after
    members that have figures of their own (工业投资、高新技术投资分别增长…，占固定资产投资比重分别提升…) is not renamed
    by the list before."""
    rates = all_names("力争新引进项目当年合同履约率、开工率、资金到位率，分别达到90%、80%、30%以上。")
    assert (rates["90%"], rates["80%"], rates["30%"]) == ("新引进项目当年合同履约率", "新引进项目当年开工率", "新引进项目当年资金到位率")
    grown = all_names("工业投资、高新技术投资分别增长35.3%、40.6%，占固定资产投资比重分别提升7.4、2.8个百分点。")
    assert grown["2.8个百分点"] == "固定资产投资比重提升"  # as before: the list before has figures, no members taken
