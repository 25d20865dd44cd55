"""Round 162, fix162d (held-out set 82, a city's 2016 report): project sets and annexes. A set's 总投资 is its size when the
year's amount after it is a bare 完成投资 and a year word opens the count's clause; a 民生工程 list after the body (its title
line alone) restates body goals more exactly (5.42万人 for 5.4万人) or with the 中心城区 the body sentence says in an earlier
clause; 「标准提高N元，达到M元」 is one goal, the level M. Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

import pandas as pd

from govreport import extract_quantities, read_text
from govreport.tables import build_targets

from target_cases import targets

_REVIEW = "全年新增城镇就业3.5万人，中心城区实施城建项目150个。"


def test_a_year_opened_set_total_before_a_bare_done_investment_is_its_size() -> None:
    t = targets(_REVIEW, "全年实施亿元以上工业项目250个，总投资1300亿元，完成投资600亿元，力争工业增加值增长9%。")
    assert "1300亿元" not in set(t["text"])
    assert {"250个", "600亿元"} <= set(t["text"])  # the count and the year's investment stay


def test_a_set_total_without_a_year_word_stays() -> None:
    # boundary: no 全年/年度/今年/年内 opening the count's clause, a bare 完成投资 is not read as the year's share
    t = targets(_REVIEW, "加快工业转型，实施亿元以上工业项目250个，总投资1300亿元，完成投资600亿元。")
    assert "1300亿元" in set(t["text"])


_ANNEX = "\n某市2017年重大民生工程\n"


def _with_annex(plan: str) -> pd.DataFrame:
    """The targets of a report whose plan part ends with an annexed list (its text given, as the CLI does)."""
    full = f"政府工作报告\n一、2016年工作回顾\n{_REVIEW}\n二、2017年重点工作\n{plan}\n"
    return build_targets(extract_quantities(read_text(full)), text=full).set_index("text", drop=False)


def _names(t: pd.DataFrame, text: str) -> list[str]:
    return [str(n) for x, n in zip(t["text"], t["indicator"]) if x == text]


def test_an_annex_amount_rounded_in_the_body_is_one_goal() -> None:
    plan = "新增城镇就业3.6万人，城镇登记失业率控制在4%以内。" + _ANNEX + "1.新增城镇就业3.62万人。\n"
    t = _with_annex(plan)
    assert "3.62万人" not in set(t["text"]) and "3.6万人" in set(t["text"])


def test_an_annex_amount_the_body_does_not_round_to_stays() -> None:
    plan = "新增城镇就业3.6万人，城镇登记失业率控制在4%以内。" + _ANNEX + "1.新增城镇就业3.72万人。\n"
    t = _with_annex(plan)
    assert {"3.72万人", "3.6万人"} <= set(t["text"])


def test_an_annex_scope_the_body_sentence_states_earlier_is_one_goal() -> None:
    plan = "加快中心城区公交场站改造，新建公共停车场8个。" + _ANNEX + "1.中心城区新建停车场8个。\n"
    assert len(_names(_with_annex(plan), "8个")) == 1


def test_an_annex_scope_the_body_does_not_state_stays() -> None:
    plan = "加快公交场站改造，新建公共停车场8个。" + _ANNEX + "1.中心城区新建停车场8个。\n"
    assert len(_names(_with_annex(plan), "8个")) == 2


def test_a_raise_then_the_level_reached_is_the_level() -> None:
    t = targets(_REVIEW, "提高城乡居民医保补助标准，将财政年人均补助标准提高40元，达到450元。")
    assert "40元" not in set(t["text"])
    row = t.loc["450元"]
    assert row["indicator"] == "财政年人均补助标准" and row["measure"] == "stock"


def test_a_raise_in_points_before_a_share_is_left_to_its_own_rule() -> None:
    # boundary: a raise in % before a level in % is not read by the new rule (a rate of the level, not its amount)
    t = targets(_REVIEW, "将参保率提高5%，达到95%。")
    assert {"5%", "95%"} <= set(t["text"])
