"""Spot audit 34 (安顺 2024): 等 that opens a word (等级) is no examples mark a phrase is cut at; a bare output after a
figure-free comment clause (粮食生产喜获丰收，产量…) is that clause's subject's; a 、 list's opening verb 组建 reaches its
later member."""
from __future__ import annotations

from target_cases import targets

from govreport.extract import extract_quantities
from govreport.report import read_text
from govreport.tables.clauses import trimmer
from govreport.tables.figures import _phrase_trimmer


def _names(text: str) -> dict[str, str]:
    q = extract_quantities(read_text(text))
    return dict(zip(q["text"], q["indicator"]))


def test_deng_opening_a_word_is_kept() -> None:
    """培育等级民宿25家: the phrase is 等级民宿, not 级民宿 (等 a filler elsewhere: 等项目 -> 项目)."""
    assert _phrase_trimmer()("培育等级民宿") == "等级民宿"
    assert _phrase_trimmer()("等项目") == "项目"
    assert trimmer(("等",), (), ("等级",))("等级民宿") == "等级民宿"
    assert trimmer(("等",), ())("等级民宿") == "级民宿"


def test_graded_homestays_find_the_review_count() -> None:
    """培育等级民宿25家 against the review's 新增等级民宿26家 (安顺 row 31): baseline 26家, below last year."""
    t = targets("全年新增等级民宿26家。", "全力推进全省民宿产业示范区建设，培育等级民宿25家、限上民宿5家以上。")
    assert t.loc["25家", "baseline_text"] == "26家"
    assert t.loc["25家", "feasibility"] == "below_last_year"


def test_bare_output_after_a_comment_clause() -> None:
    """建成高标准农田10.5万亩，粮食生产喜获丰收，产量达64.3万吨 (安顺 quantity 47): 粮食产量, not 高标准农田产量; with no
    comment clause between, the figure before still names it."""
    head = "2023年工作回顾\n"
    assert _names(head + "建成高标准农田10.5万亩，粮食生产喜获丰收，产量达64.3万吨。")["64.3万吨"] == "粮食产量"
    assert _names(head + "建成高标准农田10.5万亩，产量达64.3万吨。")["64.3万吨"] == "高标准农田产量"
    assert _names(head + "守牢粮食安全，产量稳定在16.5亿斤以上。")["16.5亿斤"] == "粮食产量"  # (no figure before: the frame goes)


def test_list_opening_verb_reaches_later_member() -> None:
    """组建农业SPV产业公司20家左右、工业产业公司10家左右 (安顺 row 50): 组建工业产业公司数; 组建 not opening the list
    is carried to no member."""
    head = "2024年工作安排\n"
    names = _names(head + "深入推进改革，组建农业SPV产业公司20家左右、工业产业公司10家左右，带动社会资本投入10亿元。")
    assert names["10家"] == "组建工业产业公司数"
    names = _names(head + "组建专班推进改革，新增规上工业企业30家、限上企业40家。")
    assert "组建" not in names["40家"]
