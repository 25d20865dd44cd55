"""Round fix84c (spot audits of 赤峰 2024, 惠州 2024, 包头 2025): a hope, an estimate or a past record is no goal, a level
reached as a step is a floor, and a review figure of another scope (技改, 种草) is no baseline. Sentences shortened by
hand from the audited texts."""
from __future__ import annotations

from target_cases import baseline_of, targets

REVIEW = "城镇新增就业3万人。"


def test_hope_estimate_and_past_record_are_no_goal() -> None:
    """包头 2025 L16 (rows 6-8): 过去三年平均增速在8.5%左右, 预估…可有600亿元净增量, 就有望突破5000亿元 argue for the goals."""
    t = targets(REVIEW, "包头过去三年平均增速在8.5%左右，继续保持相应增速有利于延续向上向好的发展势头。"
                        "预估今年工业产值可有600亿元净增量，有条件支撑预期目标实现。"
                        "只要齐心协力推动经济增长8%左右，全市经济总量就有望突破5000亿元。"
                        "推动经济总量达到4800亿元左右。")
    assert not {"8.5%", "600亿元", "5000亿元"} & set(t.index)
    assert {"8%", "4800亿元"} <= set(t.index)


def test_a_step_reached_is_a_floor() -> None:
    """惠州 2024 L55 (row 31): 集群规模迈上4000亿元台阶 is the step passed, a floor; 达到 stays exact."""
    t = targets(REVIEW, "做大做强石化能源新材料产业集群，集群规模迈上4000亿元台阶。铝产业产值达到1200亿元。")
    assert t.loc["4000亿元", "target_kind"] == "floor"
    assert t.loc["1200亿元", "target_kind"] == "exact"


def test_technical_upgrading_is_its_own_scope() -> None:
    """惠州 2024 (row 46): 工业技改投资增长65% is no baseline of 工业投资增长15%; 技改投资 keeps it (技术改造 read as 技改)."""
    review = "推动612家企业开展技术改造，工业技改投资增长65%，传统产业焕发新活力。"
    t = targets(review, "全力扩大工业投资，推动工业投资增长15%。推动220家中小企业、450家规上工业企业实施数字化转型。")
    assert baseline_of(t, "15%") != "65%"
    assert baseline_of(t, "220家") != "612家"  # (惠州 row 33: firms turning digital are not firms upgrading)
    t = targets("工业技术改造投资增长65%。", "推动工业技改投资增长30%。")
    assert baseline_of(t, "30%") == "65%"


def test_grass_is_another_scope_read_from_names_only() -> None:
    """赤峰 2024 L40 (row 43): 造林种草266.9万亩 counts grass, 营造林 does not; a sibling's 种草改良 or 技改建设 in the clause is not the
    figure's own (沙化土地治理691万亩 and 释放煤炭产能855万吨 stay baselines)."""
    t = targets("完成造林种草266.9万亩。", "全年完成防沙治沙130万亩、营造林80万亩以上。")
    assert baseline_of(t, "80万亩") == ""
    t = targets("完成造林309万亩、种草改良480万亩、沙化土地治理691万亩。", "完成造林100万亩、退化草原修复治理450万亩、沙化土地治理350万亩。")
    assert baseline_of(t, "350万亩") == "691万亩"
    t = targets("完成技改建设和复产煤矿11个、释放煤炭产能855万吨／年。", "新增释放煤炭产能600万吨／年，全年原煤产量达到8000万吨。")
    assert baseline_of(t, "600万吨／年") == "855万吨／年"  # a capacity per year is one unit (held-out audit 39b, fix100d)


def test_the_size_of_a_ranked_class_is_no_goal() -> None:
    """惠州 2024 L26 (row 9): 稳居全国168个重点城市前列 counts the cities ranked; 新增14个学科进入ESI排名前1% stays a goal."""
    t = targets(REVIEW, "环境空气质量稳居全国168个重点城市前列；新增14个学科进入ESI排名前1%。")
    assert "168个" not in t.index and "14个" in t.index


def test_the_investment_of_counted_projects_is_not_all_investment() -> None:
    """包头 2025 L21 (row 11): 主攻650个重大项目，…投资增长20%以上 is the projects' investment, not 固定资产投资增长."""
    t = targets("固定资产投资增长20%以上。",
                "主攻650个重大项目，继续按季度组织开展观摩测评，力保投产300个以上、投资增长20%以上。全年投资增长5%左右。")
    assert baseline_of(t, "20%") == ""
    assert baseline_of(t, "5%") == "20%"
