"""Names after audit 39 (/work/notes/unseen39, fault class "names that say no measure"): the real sentences of the
audit's texts, each figure's name as the namer gives it."""
from __future__ import annotations

from govreport import extract_quantities, read_text

PLAN = "二、2024年工作安排\n"


def all_names(sentence: str) -> dict[str, str]:
    """Figure text -> name of every row of the plan paragraph ``sentence``."""
    table = extract_quantities(read_text(PLAN + sentence + "\n"))
    return dict(zip(table.text, table.indicator))


def test_a_growth_point_is_one_noun() -> None:
    """助推138个重大增长点发力见效 (Shiyan, SY24#40): 增长点 is a noun, no change that ends it (not 重大数)."""
    assert all_names("开展户户走到，强化跟踪服务，助推138个重大增长点发力见效。")["138个"].startswith("重大增长点")


def test_an_age_bracket_between_a_count_and_its_people_is_skipped() -> None:
    """为1500名14周岁以内残疾儿童提供康复救助 (Shiyan, SY24#92): the children given rehabilitation aid (not 为人数)."""
    named = all_names("为1500名14周岁以内残疾儿童提供康复救助，为3000名残疾人提供基本辅助器具适配服务。")
    assert named["1500名"] == "康复救助残疾儿童人数"
    assert named["3000名"] == "适配服务残疾人数"


def test_a_multiple_is_named_by_the_noun_after_it() -> None:
    """对照2023年投资总量4倍目录库、2倍储备库充实项目三库 (Shiyan, SY24#31, #32): each multiple is the size of its own
    library of projects, not of the reference (对照…投资总量) nor of the sibling (目录库)."""
    named = all_names("对照2023年投资总量4倍目录库、2倍储备库充实项目三库，争取政策资金400亿元、增长10％以上。")
    assert (named["4倍"], named["2倍"]) == ("目录库倍数", "储备库倍数")


def test_a_fenbie_list_after_a_comma_takes_the_members_before_it() -> None:
    """力争新引进项目当年合同履约率、开工率、资金到位率，分别达到90%、80%、30%以上 (Chenzhou, CZ24#52-54): each rate its own
    member's (not 分别)."""
    named = all_names("健全招商引资全生命周期服务体系，力争新引进项目当年合同履约率、开工率、资金到位率，分别达到90%、80%、30%以上。")
    assert named["90%"].endswith("合同履约率")
    assert (named["80%"], named["30%"]) == ("开工率", "资金到位率")
