"""Spot audit 36 (衡水, 上饶, 邢台, 保定, 双鸭山 2024), round fix89b: a verb said last carried to a size class of the same
noun, a verb after a commitment kept before examples, 建成开业 and 提标改造 kept whole, and a bare total or change named
from the clause of no figure right before it."""
from __future__ import annotations

from govreport.extract import extract_quantities
from govreport.report import read_text


def _names(text: str) -> dict[str, str]:
    q = extract_quantities(read_text("一、2023年工作回顾\n" + text))
    return dict(zip(q["text"], q["indicator"]))


def test_a_verb_said_last_reaches_a_size_class_of_the_same_noun() -> None:
    # 衡水 (row 14): the 10亿元 projects are brought in too
    names = _names("全年力争引进亿元项目400个以上，10亿元项目35个以上。")
    assert names["400个"] == "亿元项目引进数"
    assert names["35个"] == "10亿元项目引进数"
    # a kind of its own, with a verb the lexicon lacks, takes no verb (杭州: 筹集…)
    assert _names("新建配售型保障性住房6000套，筹集保障性租赁住房6万套。")["6万套"] == "筹集保障性租赁住房数"


def test_a_verb_after_a_commitment_is_kept_before_examples() -> None:
    # 上饶 L42 (row 54): 力争培育领军、独角兽等高成长性企业20家
    assert _names("力争培育领军、独角兽等高成长性企业20家，新增高新技术企业220家。")["20家"] == "培育高成长性企业数"


def test_verb_pairs_are_kept_whole() -> None:
    # 上饶 L25 (row 21): 建成开业, not 开业 glued before the hotels
    assert _names("建成开业五星级标准酒店5家以上。")["5家"] == "五星级标准酒店建成开业数"
    # 双鸭山 (row 63): 提标改造 shared by the list member after it
    names = _names("维修改造薄弱学校10所、提标改造学校运动场10个、校舍消防设施9个。")
    assert names["9个"] == "校舍消防设施提标改造数"


def test_a_bare_total_or_change_takes_the_clause_before() -> None:
    # 邢台 (row 34): the stock of the market entities added, not the opening topic 创业政策
    assert _names("优化创业政策，吸引更多人在邢台投资创业，新增经营主体保持全省前列，总量突破95万户。")["95万户"] == "经营主体总量"
    # 保定 (row 10): the growth of R&D spending, not of 揭榜挂帅
    assert _names("持续推进“揭榜挂帅”，加大研发经费投入力度，全年增长10%。")["10%"] == "研发经费投入增长"
