"""Names after audit 55 (fix74m): a bare size or completion rate named by what the clause before grows or works on
(阳泉, 滁州, 阿坝), 计划 before a verb dropped (枣庄), 牛羊 no key of sheep (阿坝); beside each, the neighbouring right
behaviour kept."""
from __future__ import annotations

from govreport.extract import extract_quantities
from govreport.extract.name_polish import polish
from govreport.extract.name_sizes import done_rate_of_clause_before, size_of_clause_before
from govreport.report import read_text


def _rows(sentence: str) -> dict[str, tuple[str, str]]:
    df = extract_quantities(read_text("2024年政府工作报告\n二、2024年工作安排\n" + sentence + "\n"))
    return {t: (n, k) for t, n, k in zip(df["text"], df["indicator"], df["indicator_key"])}


def test_bare_size_takes_the_chain_the_clause_before_grows() -> None:
    """整合优化九条重点产业链，营收规模达到220亿元 (阳泉 row 26): the chains' revenue, not a bare 营收规模."""
    assert _rows("推动串珠成链，整合优化九条重点产业链，营收规模达到220亿元。")["220亿元"][0] == "九条重点产业链营收规模"
    assert _rows("大力发展“滁味”预制菜，力争产业规模超100亿元。")["100亿元"][0] == "滁味预制菜产业规模"  # 滁州 row 105


def test_size_after_a_list_of_industries_gathered_stays_bare() -> None:
    """推进A、B、C产业集聚发展: no one thing grown, so no owner taken from that clause."""
    assert size_of_clause_before("推进电工电气、新能源汽车零部件、机械配件产业集聚发展", "产业规模") == ""
    assert size_of_clause_before("大力发展预制菜", "产业规模") == "预制菜产业规模"
    assert size_of_clause_before("大力发展预制菜", "增加值") == ""  # no size of kind size_measure


def test_completion_rate_takes_the_object_of_the_same_work() -> None:
    """坚决整改生态环境保护问题，整改完成率99%以上 (阿坝 row 20)."""
    assert _rows("坚决整改生态环境保护问题，整改完成率99%以上。")["99%"][0] == "生态环境保护问题整改完成率"
    assert done_rate_of_clause_before("推进红水河排污口整治", "整改完成率") == ""  # another work


def test_plan_word_before_a_verb_leaves_the_name() -> None:
    """全年计划引进高层次人才50人以上 (枣庄 row 23): 引进高层次人才人数; 计划投资 is the planned amount and stays."""
    assert _rows("全年计划引进高层次人才50人以上。")["50人"][0] == "引进高层次人才人数"
    assert polish("计划投资") == "计划投资"
    assert polish("计划生育") == "计划生育"


def test_cattle_and_sheep_together_are_no_sheep() -> None:
    """出栏牛羊101万头（只）、生猪44万头 (阿坝 row 51): no sheep_slaughtered; 生猪 keeps its key."""
    rows = _rows("出栏牛羊101万头（只）、生猪44万头。")
    assert rows["101万头"][1] != "sheep_slaughtered"
    assert rows["44万头"][1] == "hogs_slaughtered"
