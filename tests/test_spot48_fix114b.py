"""Held-out audits 46–48 (2023 city reports), round fix114b: targets and non-targets — a share of a stock to work on,
a ratio written N:1, project sizes and packages the plan works on, the extent of the work, a five-year term's end."""
from __future__ import annotations

import pandas as pd

from target_cases import targets


def _plan(plan: str) -> pd.DataFrame:
    """The targets of a 2023 plan part ``plan`` (a plain review before it)."""
    return targets("地区生产总值增长4%。", "地区生产总值增长6%左右。" + plan, review_year=2022)


def test_a_share_after_a_work_verb_is_the_share_of_the_stock_to_fix() -> None:
    # 河源: 改造25%以上存量问题厕所 — the share of the stock to upgrade, a floor goal
    t = _plan("改造25%以上存量问题厕所。")
    assert "25%" in t.index and t.loc["25%", "target_kind"] == "floor"
    # a share with no work verb before it still classes what follows
    t = _plan("支持30%以上企业上云。")
    assert "30%" not in t.index


def test_a_ratio_written_n_to_1_is_one_ratio_value() -> None:
    # 德宏 / 哈密: 农产品加工产值与农业总产值之比达到1.8:1; …比达到2.1:1以上
    t = _plan("农产品加工产值与农业总产值之比达到1.8:1。力争农产品加工业产值与农业总产值比达到2.1:1以上。")
    assert float(t.loc["1.8", "value"]) == 1.8 and t.loc["1.8", "indicator"] == "农产品加工产值与农业总产值之比"
    assert t.loc["2.1", "target_kind"] == "floor"
    assert "1" not in t.index  # the 1 after the colon is no figure
    # a ratio of shares fixed by a rule (按1:1比例配套) is no target
    t = _plan("按1:1比例配套建设资金。")
    assert "1" not in t.index


def test_each_project_size_in_a_list_after_a_focus_verb() -> None:
    # 哈密: 重点抓好1379万千瓦…新能源项目、250万千瓦“疆电外送”…多能互补项目 — both the projects' own sizes
    t = _plan("重点抓好1379万千瓦市场化并网新能源项目、250万千瓦“疆电外送”一通道多能互补项目。")
    assert "1379万千瓦" not in t.index and "250万千瓦" not in t.index
    # after a build verb the list's capacities are amounts to build
    t = _plan("新建100万千瓦风电项目、50万千瓦“光伏”项目。")
    assert "100万千瓦" in t.index and "50万千瓦" in t.index


def test_a_package_of_tasks_landed() -> None:
    # 哈密: 加快推动高新区11项体制机制改革任务落地 — the package's size, no output
    assert "11项" not in _plan("加快推动高新区11项体制机制改革任务落地。").index
    # projects landed stay a goal
    assert "20个" in _plan("推动20个已签约项目加快落地。").index


def test_areas_whose_results_are_consolidated() -> None:
    # 哈密: 巩固提升57.2万亩…禁牧、…148.9万亩草畜平衡成果 — results kept over areas, no goal
    t = _plan("巩固提升57.2万亩喀尔里克冰川草原禁牧、核心区域外围148.9万亩草畜平衡成果。")
    assert "57.2万亩" not in t.index and "148.9万亩" not in t.index
    # 持续巩固…面积N以上 (no 成果) stays a goal
    assert "420万亩" in _plan("持续巩固利用森林面积420万亩以上。").index


def test_the_extent_of_the_work_is_no_target() -> None:
    # 怒江: 逐年补齐25个…设施; 加快推进4200亩找水造田稳耕项目建设; 建成覆盖31个乡镇（街道）的…网络
    t = _plan("逐年补齐25个非城关镇污水、垃圾处理设施。加快推进4200亩找水造田稳耕项目建设。"
              "建成覆盖31个乡镇（街道）的公共充电基础设施网络。")
    assert "25个" not in t.index and "4200亩" not in t.index and "31个" not in t.index
    # the year's own amounts stay goals
    t = _plan("补齐25个污水处理设施。新建高标准农田4200亩。建成充电桩31个。")
    assert "25个" in t.index and "4200亩" in t.index and "31个" in t.index


def test_a_five_year_terms_end_after_a_commitment_word() -> None:
    # 新乡: 确保“十四五”末县域经济全部退出全省后20位 — a 2025 goal, out of the 2023 table
    t = _plan("确保“十四五”末县域经济全部退出全省后20位、半数以上进入全省前50位。")
    assert "20位" not in t.index and "50位" not in t.index
    later = targets("地区生产总值增长4%。", "地区生产总值增长6%左右。确保“十四五”末粮食产量达到50亿斤。", review_year=2022)
    assert "50亿斤" not in later.index
