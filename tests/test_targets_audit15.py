"""Targets after audit 7 (docs/audits/targets_7.md, issue #11): one test per rule, on paraphrased
sentences run through the real reader and extractor (docs/assumptions.md#non-targets, #targets)."""
from __future__ import annotations

from target_cases import targets


def test_a_share_reached_after_a_coverage_verb_is_a_goal() -> None:
    """远程医疗服务扩大到90%以上县区: the share of counties to be covered (a floor), not a threshold
    classing the counties; 年收入5万元以上农户 still classes the households."""
    t = targets("城镇新增就业100万人。",
                "远程医疗服务扩大到90%以上县区，帮扶年收入5万元以上农户，城镇新增就业110万人。")
    assert t.loc["90%"].target_kind == "floor"
    assert "5万元" not in t.index and "110万人" in t.index


def test_the_places_a_pilot_is_chosen_in_are_its_scope() -> None:
    """今年在8个产粮大省选取部分县开展收入保险: the provinces are where the plan chooses, not an amount
    to produce; 在2000个社区设置快递柜 counts the places where a thing is set up (a goal)."""
    t = targets("城镇新增就业100万人。",
                "今年在8个产粮大省选取部分县，对种粮农户开展收入保险。在2000个社区设置智能快递柜。")
    assert "8个" not in t.index and "2000个" in t.index


def test_capacity_retired_or_stopped_is_no_installed_capacity() -> None:
    """淘汰、停建煤电产能3000万千瓦 is a cut (a flow), not the installed capacity (a stock that rises);
    新增可再生能源装机容量 keeps its key."""
    t = targets("城镇新增就业100万人。",
                "要淘汰、停建、缓建煤电产能3000万千瓦以上。新增可再生能源装机2000万千瓦。")
    assert t.loc["3000万千瓦"].indicator_key == "" and t.loc["3000万千瓦"].measure == "flow"
    assert t.loc["2000万千瓦"].indicator_key == "power_capacity"


def test_farmland_returned_to_forest_and_grassland_is_no_afforestation() -> None:
    """退耕还林还草 returns land to grassland too: a key of its own, not 造林面积; 完成造林 stays afforestation."""
    t = targets("完成造林900万亩。", "完成退耕还林还草800万亩以上，完成造林1000万亩。")
    assert t.loc["800万亩"].indicator_key == "farmland_returned"
    assert t.loc["1000万亩"].indicator_key == "afforestation"


def test_a_trailing_modal_and_arrange_names_nothing() -> None:
    """今年省级预算内投资拟安排800亿元: 拟安排 (a modal and the verb of setting money aside) is no part of the name."""
    t = targets("城镇新增就业100万人。", "今年省级预算内投资拟安排800亿元，城镇新增就业110万人。")
    assert t.loc["800亿元"].indicator == "省级预算内投资"


def test_a_measure_word_the_last_member_ends_with_is_every_members() -> None:
    """化学需氧量、氨氮排放量要分别下降2%: both members end in 量, yet 排放量 is the head they share
    (化学需氧量排放量下降, not the demand itself falling)."""
    t = targets("城镇新增就业100万人。", "今年化学需氧量、氨氮排放量要分别下降3%。")
    assert set(t.indicator) >= {"化学需氧量排放量下降", "氨氮排放量下降"}


def test_a_payment_per_person_is_named_for_its_standard() -> None:
    """城乡居民医保财政补助由每人每年500元提高到530元: the standard paid each person (…补助标准), not the
    total subsidy; 安排就业补助资金600亿元 is a total and keeps its name."""
    t = targets("城镇新增就业100万人。",
                "城乡居民医保财政补助由每人每年500元提高到530元。安排就业补助资金600亿元。")
    row = t.loc["530元"]
    assert row.indicator == "城乡居民医保财政补助标准" and row.baseline_indicator == "城乡居民医保财政补助标准"
    assert not t.loc["600亿元"].indicator.endswith("标准")


def test_a_name_is_not_cut_inside_average() -> None:
    """城镇调查失业率平均为5.3%: the trailing 均为 is inside 平均 here, so the name keeps 平均
    (not 城镇调查失业率平), and the goal's baseline is named so."""
    t = targets("城镇调查失业率平均为5.3%。", "城镇调查失业率5.5%左右。")
    row = t.loc["5.5%"]
    assert row.baseline_text == "5.3%" and row.baseline_indicator == "城镇调查失业率平均"


def test_a_rate_named_as_the_size_of_a_cut_is_a_rate_of_change() -> None:
    """按不低于8%的幅度压减非刚性支出: the 8% is how much the spending falls (growth_rate), not a share."""
    t = targets("城镇新增就业100万人。", "各级政府一律按不低于8%的幅度压减非刚性支出。")
    assert t.loc["8%"].measure == "growth_rate"
