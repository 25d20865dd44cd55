"""Round 153, fix153a (held-out set 74, a 2021 city report): a five-year plan's goals paragraph (“十四五”时期全市经济社会
发展的主要目标任务是：…) under a part heading naming the plan and the plan year (二、“十四五”时期主要目标任务和2021年重点工作)
sets its term's goals in every sentence up to the paragraph's end, not only in its first; the plan year's own goals of
the same size (城镇登记失业率控制在5%以内) are then kept, not dropped as restatements of the five-year ones. And a cut
capacity whose amount stands before its noun (有序退出51万吨水泥熟料产能) is a goal, not the size in a project's name.
Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

import pandas as pd

from govreport import extract_quantities, read_text
from govreport.tables import build_targets

_REVIEW = ("政府工作报告\n一、“十三五”时期主要成就和2020年工作回顾\n"
           "五年来，常住人口城镇化率达到62.8%，新增城镇就业7.8万人。\n"
           "过去一年，地区生产总值增长1%，城镇登记失业率3.69%，空气质量优良天数比例达到82.7%，"
           "有效化解44万吨水泥熟料产能。\n")
_HEADING = "二、“十四五”时期主要目标任务和2021年重点工作\n"
_GOALS = ("“十四五”时期全市经济社会发展的主要目标任务是：推动经济发展取得新突破，主导产业销售收入突破3000亿元。"
          "推动区域协调发展取得新突破，常住人口城镇化率达到64%以上。"
          "推动生态建设取得新突破，空气质量优良天数比例保持在80%以上，森林覆盖率达到37%以上。"
          "推动民生福祉取得新突破，新增城镇就业4万人以上，城镇登记失业率控制在5%以内。\n")
_YEAR = ("各位代表，2021年是“十四五”开局之年。\n"
         "今年全市经济社会发展的主要预期目标是：地区生产总值增长7%左右，城镇登记失业率控制在5%以内。\n"
         "（一）推进绿色发展\n深化大气污染综合治理，空气质量优良天数比例达到80%以上。\n")


def _years(text: str) -> dict[str, list[tuple[object, object]]]:
    q = extract_quantities(read_text(text))
    out: dict[str, list[tuple[object, object]]] = {}
    for r in q.itertuples():
        if r.role == "target":
            out.setdefault(str(r.text), []).append((r.year, None if pd.isna(r.year_from) else r.year_from))
    return out


def _targets(text: str) -> pd.DataFrame:
    return build_targets(extract_quantities(read_text(text)))


def test_every_sentence_of_a_term_goals_paragraph_is_the_terms() -> None:
    # the later sentences (城镇化率达到64%以上, 保持在80%以上, 37%, 4万人, 5%) were read as 2021 goals from the heading's 2021年
    got = _years(_REVIEW + _HEADING + _GOALS + _YEAR)
    for text in ("3000亿元", "64%", "37%", "4万人"):
        assert got[text] == [(2025, 2021)], text
    assert got["80%"][0] == (2025, 2021) and got["5%"][0] == (2025, 2021)  # the paragraph's own
    assert got["80%"][1] == (2021, None) and got["5%"][1] == (2021, None)  # the plan year's, after the paragraph
    assert got["7%"] == [(2021, None)]


def test_the_plan_years_goals_are_kept_beside_the_terms_of_one_size() -> None:
    # 城镇登记失业率控制在5%以内 and 空气质量优良天数比例达到80%以上 of the plan year were dropped as restatements
    t = _targets(_REVIEW + _HEADING + _GOALS + _YEAR)
    assert not {"64%", "37%", "4万人", "3000亿元"} & set(t["text"])
    rows = t.set_index("text", drop=False)
    assert len(t[t["text"] == "5%"]) == 1 and str(rows.loc["5%", "baseline_text"]) == "3.69%"
    assert len(t[t["text"] == "80%"]) == 1 and str(rows.loc["80%", "baseline_text"]) == "82.7%"
    assert int(rows.loc["80%", "start"]) > int(rows.loc["7%", "start"])  # the one in the year's own section


def test_a_sentence_naming_the_plan_year_in_the_goals_paragraph_stays_the_years() -> None:
    # guard: the paragraph turning to the plan year (今年…) after its lead keeps that figure the year's
    goals = _GOALS.replace("森林覆盖率达到37%以上。", "森林覆盖率达到37%以上。今年森林覆盖率达到35%。")
    got = _years(_REVIEW + _HEADING + goals + _YEAR)
    assert got["35%"] == [(2021, None)] and got["37%"] == [(2025, 2021)]


def test_a_plan_year_goals_paragraph_is_not_a_terms() -> None:
    # guard: a paragraph whose lead announces the plan year's goals (2021年…主要目标是：) keeps them the year's
    goals = _GOALS.replace("“十四五”时期全市经济社会发展的主要目标任务是", "2021年全市经济社会发展的主要目标任务是")
    got = _years(_REVIEW + _HEADING + goals + _YEAR)
    assert got["64%"] == [(2021, None)] and got["37%"] == [(2021, None)]


def test_a_cut_capacity_before_its_noun_is_a_goal() -> None:
    # 有序退出51万吨水泥熟料产能: the capacity to retire this year, against last year's 化解44万吨水泥熟料产能
    plan = "推进传统产业改造升级，引导龙头企业实施技术改造，有序退出51万吨水泥熟料产能。\n"
    t = _targets(_REVIEW + _HEADING + _YEAR + plan).set_index("text", drop=False)
    assert "51万吨" in t.index
    assert str(t.loc["51万吨", "indicator"]) == "退出水泥熟料产能"
    assert str(t.loc["51万吨", "baseline_text"]) == "44万吨"


def test_a_capacity_in_a_projects_name_stays_no_goal() -> None:
    # guard: the capacity naming a project (建设30万吨水泥熟料产能置换项目) is its size, no goal
    plan = "加快建设30万吨水泥熟料产能置换项目。\n"
    t = _targets(_REVIEW + _HEADING + _YEAR + plan)
    assert "30万吨" not in set(t["text"])


def test_a_later_member_of_a_capacity_list_stays_no_goal() -> None:
    # guard: 形成21万吨硅料、67吉瓦拉棒切方产能: 产能 closes the list, not the last member alone (its name would be the list's guess)
    plan = "保持硅料环节的产能规模，力争形成21万吨硅料、67吉瓦拉棒切方产能。\n"
    t = _targets(_REVIEW + _HEADING + _YEAR + plan)
    assert "67吉瓦" not in set(t["text"])


def test_later_goals_listed_beside_the_plan_years_of_one_size() -> None:
    # with the later goals in the table, the plan year's 5% and 80% are rows of their own, not restatements of the term's
    t = build_targets(extract_quantities(read_text(_REVIEW + _HEADING + _GOALS + _YEAR)), include_later=True)
    for text in ("5%", "80%"):
        rows = t[t["text"] == text]
        assert sorted(rows["horizon"]) == ["later", "plan_year"], text
