"""Targets after audit 47 (fix59a, 济宁): the terms of a support measure (给予最高10%…补贴, 按照LPR的35%…贴息) are no goals, and
过50亿 written without 元 before 项目 classes the projects (no figure 50亿项; the count is named with its class)."""
from __future__ import annotations

from govreport import extract_quantities, read_text

from target_cases import targets

GOALS = "地区生产总值增长5.5%以上。"


def test_subsidy_rates_and_caps_are_no_targets() -> None:
    """济宁 L24: 给予最高10%…补贴, 按照LPR的35%给予最高2000万元贴息支持 — the size of one payment, not a figure to reach."""
    t = targets("地区生产总值增长6.5%。", GOALS + "对技改过程中购置设备、软件系统等费用给予最高10%、单户企业不超过500万元补贴；"
                "符合条件的省级重大技改项目，竣工投产后，在省财政按照LPR的35%给予最高2000万元贴息支持基础上，"
                "市、县财政各按照LPR的10%再给予最高1000万元贴息支持。", 2023)
    for text in ("10%", "35%", "2000万元", "1000万元", "500万元"):
        assert text not in t.index
    assert "5.5%" in t.index


def test_reward_and_risk_sharing_rates_are_no_targets() -> None:
    """济宁 L25, L29, L40: 给予3%、最高1亿元人民币奖励; 财政按照70%比例给予风险分担; 给予10%的研发投入后补助."""
    t = targets("地区生产总值增长6.5%。", GOALS + "按照实际支出金额给予3%、最高1亿元人民币奖励，推动重点项目增资扩股3亿美元。"
                "对经认定的科技型中小企业贷款本金损失，财政按照70%比例给予风险分担。"
                "对符合条件的集成电路领域科技型企业给予10%的研发投入后补助，数字经济核心产业营收突破720亿元。", 2023)
    for text in ("3%", "1亿元", "70%", "10%"):
        assert text not in t.index
    assert "3亿美元" in t.index and "720亿元" in t.index


def test_a_subsidy_total_paid_in_the_year_stays_a_target() -> None:
    """The neighbour kept: 发放补贴资金1.2亿元 and 按3%以上安排 have no cap lead or payment word after: goals."""
    t = targets("地区生产总值增长6.5%。", GOALS + "全年发放各类惠民补贴资金1.2亿元。赤字率拟按3%以上安排。", 2023)
    assert "1.2亿元" in t.index


def test_a_passed_class_in_yi_is_no_figure() -> None:
    """济宁 L25, L34: 新落地过50亿项目8个以上; 重点突破10个过百亿、20个过50亿、20个过30亿项目 — no 50亿项 figures."""
    q = extract_quantities(read_text("二、2024年工作安排\n新落地过50亿项目8个以上、过百亿项目2个以上。"
                                     "重点突破10个过百亿、20个过50亿、20个过30亿项目。\n"))
    assert not any("亿" in str(x) for x in q["text"])
    t = targets("地区生产总值增长6.5%。", GOALS + "新落地过50亿项目8个以上、过百亿项目2个以上。", 2023)
    assert "50亿项" not in t.index
    assert "过50亿项目" in str(t.loc["8个"]["indicator"])


def test_a_passed_amount_with_its_unit_stays_a_figure() -> None:
    """The neighbour kept: 过3亿立方米, 突破1.6亿户 keep their units (滨州, national_2023)."""
    q = extract_quantities(read_text("二、2024年工作安排\n引调水量过3亿立方米，经营主体突破1.6亿户。\n"))
    assert {"3亿立方米", "1.6亿户"} <= set(q["text"])


def test_a_passed_class_before_de_is_read_as_before() -> None:
    """The neighbour kept: 新增年营业收入过百亿的制造业企业1家、过50亿的2家 (荆州, audit 44) — the 2家 keeps its name."""
    t = targets("地区生产总值增长6.5%。", GOALS + "新增年营业收入过百亿的制造业企业1家、过50亿的2家。", 2023)
    assert "2家" in t.index
