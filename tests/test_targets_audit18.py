"""Targets after audit 9 (docs/audits/targets_9.md, issue #11: three reports from outside the corpus),
groups 1-4 and 10: one test per rule, on paraphrased sentences run through the real reader and
extractor (docs/assumptions.md#non-targets, #review-part-targets)."""
from __future__ import annotations

from target_cases import targets


def test_more_verbs_that_work_on_what_exists_count_a_set() -> None:
    """做优做强8个省级产业集群, 提升25个山区县发展质效, 推进3个城市更新试点, 一体化推进40个街区的…工作 and
    加快打造4个千亿级产业 count what the plan works on or designates; 新建9个智能工厂 stays a goal."""
    t = targets("城镇新增就业100万人。",
                "做优做强8个省级产业集群。提升25个山区县发展质效。推进3个城市更新试点。"
                "一体化推进40个老旧街区的环境整治和更新工作。加快打造4个千亿级产业。新建9个智能工厂。")
    assert not {"8个", "25个", "3个", "40个", "4个"} & set(t.index)
    assert "9个" in t.index


def test_places_a_pivot_verb_moves_to_a_state_to_reach_are_a_goal() -> None:
    """推动12个县（市、区）整县建成和美乡村: the number of counties to reach that state, a goal; 推动5个副城
    产城融合 stays the places the plan works through."""
    t = targets("城镇新增就业100万人。", "推动12个县（市、区）整县建成和美乡村。推动5个副城产城融合。")
    assert "12个" in t.index and "5个" not in t.index


def test_a_levied_rate_a_restated_change_and_candidates_are_no_goals() -> None:
    """排气量1.6升以下乘用车购置税按5%征收 (a statutory rate); 补助标准提高到200元，比上年增长25% (the
    level's change again); 选出20个民生实事候选项目提交票决 (procedure). 赤字率拟按3%安排 and a growth
    after a level reached without a raise (收入达到500亿元，比上年增长6%) stay goals."""
    t = targets("城镇新增就业100万人。",
                "乘用车购置税按5%征收。今年要把居民医保的财政补助标准提高到200元，比上年增长25%。"
                "选出20个民生实事候选项目提交审议和票决。今年赤字率拟按3%安排。一般公共预算收入达到500亿元，比上年增长6%。")
    assert not {"5%", "25%", "20个"} & set(t.index)
    assert {"200元", "3%", "500亿元", "6%"} <= set(t.index)


def test_a_value_shared_by_jun_or_ge_gives_one_row_per_member() -> None:
    """亩均产值、亩均利润均增长6% (the subject before the first member goes to the second), 本外币存贷款
    余额均增长10% (a contracted pair), 首席技师、青年工匠各60名 (counts by 各) and 甲贷款、乙贷款、丙贷款增速均
    达到20% (the last member's head for each): one row per member, named by it."""
    t = targets("城镇新增就业100万人。",
                "规上工业企业亩均产值、亩均利润均增长6%以上。本外币存贷款余额均增长10%。新增首席技师、青年工匠各60名。"
                "绿色贷款、涉农贷款、民营企业贷款增速均达到20%以上。")
    names = set(t["indicator"])
    assert {"规上工业企业亩均产值增长", "规上工业企业亩均利润增长"} <= names
    assert {"本外币存款余额", "本外币贷款余额"} <= {n.removesuffix("增长") for n in names}
    # (both keep the list's 新增: flows, not stocks — unseen audit 17 N24#9, fix21)
    assert (t["text"] == "60名").sum() == 2 and {"新增首席技师人数", "新增青年工匠人数"} <= names
    assert {"绿色贷款增速", "涉农贷款增速", "民营企业贷款增速"} <= names


def test_tonnes_of_standard_coal_are_a_unit() -> None:
    """新增6000万吨标准煤的节能能力 and 能耗指标300万吨标煤以上: 吨标准煤 / 吨标煤 are units (with 以上 as
    the qualifier), so both reach the table (as 吨 they were capacities in a name, 万吨标准煤的…)."""
    t = targets("城镇新增就业100万人。",
                "今年要新增6000万吨标准煤的节能能力。统筹保障新增能耗指标供给300万吨标煤以上。")
    assert t.loc["6000万吨标准煤", "unit"] == "吨标准煤"
    row = t.loc["300万吨标煤"]
    assert row["unit"] == "吨标煤" and row["qualifier"] == "at_least"


def test_a_unit_written_before_its_number_is_read() -> None:
    """PM2.5平均浓度控制在每立方米30微克以下: 每立方米…微克 is the unit 微克/立方米 of data/units.csv written with its
    denominator first, so the figure is a ceiling on PM2.5 (not a bare number); 每人30元 is untouched."""
    t = targets("城镇新增就业100万人。", "PM2.5平均浓度控制在每立方米30微克以下。")
    row = t.loc["每立方米30微克"]
    assert row["unit"] == "微克/立方米" and row["indicator_key"] == "pm25" and row["target_kind"] == "ceiling"
