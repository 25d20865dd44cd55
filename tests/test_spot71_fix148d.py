"""Round 148, fix148d (held-out set 71, 宜春 and 绍兴 2021): worked-set sizes, existing sets and multi-year horizons.
A count right after 对 whose head is firms or projects is the set the work after it is done on (对600家亿元以上企业开展
梯次培育), not a goal; a count after 提升/优化 closing on an institution or on what is raised (提升10家产业研究院,
优化16家省级综合体创新服务功能) is the set upgraded; 通过两年左右努力 opens a two-year span (the plan year + 1); a numbered
heading setting a five-year plan's goals dates them the plan's last year, with 时期 or not (二、“十四五”发展主要目标任务)
and under 主要考虑 (二、“十四五”时期发展的主要考虑). Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

import pandas as pd

from govreport import extract_quantities, read_text
from target_cases import targets

_REVIEW = "全年新增规上工业企业300家，地区生产总值增长3.5%。"


def _texts(plan: str) -> set[str]:
    return set(targets(_REVIEW, plan, 2020)["text"])


def test_firms_after_dui_are_the_set_worked_on() -> None:
    # 宜春 row 16: 对600家亿元以上企业开展梯次培育 is the set cultivated; the goals after it stay
    got = _texts("对500家亿元以上企业开展梯次培育，力争新增营业收入过10亿元企业8家以上。")
    assert "500家" not in got and "8家" in got
    got = _texts("对40个工业项目挂图作战，新增规上工业企业200家以上。")
    assert "40个" not in got and "200家" in got


def test_households_or_people_after_dui_stay_goals() -> None:
    # boundary: 对1000户…家庭实施适老化改造, 对100名…儿童实施康复手术救助 are the year's work, not a set there is
    got = _texts("对900户特殊困难老年人家庭实施适老化改造。对80名脑瘫儿童实施康复手术救助。")
    assert {"900户", "80名"} <= got
    # firms given a service (audit 31 TM24#22: 对N家规上工业企业开展数字化诊断) are the year's work too
    assert "45家" in _texts("对45家规上工业企业开展数字化诊断。")
    # 对 not opening the count's clause (对标…) frames nothing
    assert "60家" in _texts("对标先进地区，新增规上工业企业60家。")


def test_upgraded_institutions_are_the_set_worked_on() -> None:
    # 绍兴 rows 15, 16: 提升10家产业研究院, 优化16家省级综合体创新服务功能: the institutes and complexes there are
    got = _texts("深化产学研合作，提升12家产业研究院。优化15家省级综合体创新服务功能，新建科技企业孵化器18家。")
    assert "12家" not in got and "15家" not in got and "18家" in got


def test_upgraded_facilities_stay_goals() -> None:
    # boundary: 提升30座旅游厕所, 优化16条公交线路 are the year's work (no institution, no quality noun closing the clause)
    got = _texts("提升30座旅游厕所，优化16条公交线路。")
    assert {"30座", "16条"} <= got


def _years(text: str) -> dict[str, tuple[object, object]]:
    q = extract_quantities(read_text(text))
    return {str(r.text): (r.year, None if pd.isna(r.year_from) else r.year_from) for r in q.itertuples() if r.role == "target"}


def test_about_two_years_of_effort_is_a_two_year_goal() -> None:
    # 宜春 row 19: 通过两年左右努力，培育百亿企业2家: a goal for 2022, not the plan year's
    plan = "力争新增营业收入过10亿元企业8家以上，通过两年左右努力，培育百亿企业3家。"
    got = _texts(plan)
    assert "3家" not in got and "8家" in got
    text = f"政府工作报告\n一、2020年工作回顾\n{_REVIEW}\n二、2021年重点工作\n{plan}\n"
    years = _years(text)
    assert years["3家"] == (2022, 2021) and years["8家"] == (2021, None)


_HEAD = "政府工作报告\n一、“十三五”时期及2020年工作回顾\n五年来，地区生产总值年均增长6%。2020年地区生产总值增长3.5%。\n"
_PLAN = "三、2021年工作安排\n今年地区生产总值增长8%左右。新建5G基站3000个。\n"


def test_five_year_goals_under_a_main_considerations_heading() -> None:
    # 宜春 G6: 二、“十四五”时期发展的主要考虑 … 其中GDP突破4000亿元，年均增长7.2%左右: 2025 goals, from 2021
    term = ("二、“十四五”时期发展的主要考虑\n围绕“十四五”奋斗目标，明确了具体目标，其中GDP突破3800亿元，年均增长7.5%左右，"
            "发展态势进入全省第一方阵。\n")
    got = _years(_HEAD + term + _PLAN)
    assert got["3800亿元"] == (2025, 2021) and got["7.5%"] == (2025, 2021)
    assert got["8%"] == (2021, None) and got["3000个"] == (2021, None)


def test_five_year_goals_under_a_heading_without_shiqi() -> None:
    # 绍兴 closing note: 二、“十四五”发展主要目标任务 has no 时期; its goals after 实现上述目标，重点抓好九方面工作： are 2025's
    term = ("二、“十四五”发展主要目标任务\n到2025年，全市生产总值达8000亿元。\n实现上述目标，重点抓好九方面工作：\n"
            "1．着力打造卓越城市。全面增强创新能力，人才资源总量达160万人，区域创新实力显著增强。\n")
    got = _years(_HEAD + term + _PLAN)
    assert got["160万人"] == (2025, 2021) and got["8000亿元"][0] == 2025
    assert got["8%"] == (2021, None)


def test_a_plan_year_heading_naming_the_term_is_no_term_section() -> None:
    # boundary: a heading with no goal word (三、全力开好“十四五”局) or naming the plan year keeps its goals the plan year's
    for heading in ("二、奋力开好“十四五”新局\n", "二、“十四五”开局和2021年主要目标任务\n"):
        got = _years(_HEAD + heading + "今年新建5G基站3000个。\n")
        assert got["3000个"] == (2021, None), heading
