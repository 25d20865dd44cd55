"""Round 157, fix157b (held-out set 78): a name whose subject stands in the clause before the figure's. A bare move up by
N places (力争前进3至5位) after a clause naming an index or a ranking is that ranking's move in 位次, not a count of persons
named by an earlier 推进…等工作 clause; a bare year's investment after a counted set of projects whose total is said between
the verb and the count (重点抓好总投资…的N个X项目) is that set's. Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

from target_cases import names_by_text

_REVIEW = "去年全市地区生产总值增长3%。"


def test_a_bare_move_up_takes_the_index_of_the_clause_before() -> None:
    # 临汾 row 38: 推进清洁运输、扬尘治理等工作，年底市区环境空气质量综合指数在现有基础上，力争前进3至5位
    got = names_by_text(_REVIEW, "推进绿色运输、道路扬尘治理等工作，年底城区空气质量综合指数在现有基础上，力争前进2至4位。")
    assert got["2至4位"] == ["城区空气质量综合指数排名前进位次"]


def test_a_move_up_after_a_clause_of_works_is_left_alone() -> None:
    # boundary: the clause before names no index or ranking, so no ranked subject is borrowed from it
    got = names_by_text(_REVIEW, "推进绿色运输、道路扬尘治理等工作，力争前进2至4位。")
    assert "排名" not in got["2至4位"][0] and "位次" not in got["2至4位"][0]


def test_a_year_investment_takes_the_set_counted_after_its_total() -> None:
    # 三门峡 row 15: 重点抓好总投资…的354个省市重点项目，确保年度完成投资860亿元以上
    got = names_by_text(_REVIEW, "重点抓好总投资1800亿元的320个省市重点项目，确保年度完成投资700亿元以上。")
    assert got["700亿元"] == ["省市重点项目年度完成投资"]


def test_a_year_investment_after_other_words_stays_bare() -> None:
    # boundary: a clause that counts no set of projects lends no subject
    got = names_by_text(_REVIEW, "重点抓好招商引资工作，确保年度完成投资700亿元以上。")
    assert got["700亿元"] == ["年度完成投资"]
