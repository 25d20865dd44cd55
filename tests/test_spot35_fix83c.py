"""Round fix83c (spot audits of 湘潭, 固原, 通化, 漳州 2024): 均 lists of two whole measures, a CPI written as an index
with a bracketed scope, a quota of funds won, and sets whose role or pace is raised and a drug's class (no targets).
Sentences shortened from the audited texts, run through the real reader and extractor."""
from __future__ import annotations

from target_cases import targets

REVIEW = "城镇新增就业3万人。"


def test_a_each_list_of_a_spending_and_a_rate_splits() -> None:
    """力争游客在潭人均消费、留宿率均增长10%以上: two measures, two rows (湘潭 row 10)."""
    t = targets(REVIEW, "力争游客在潭人均消费、留宿率均增长10%以上。")
    assert sorted(t["indicator"]) == ["游客在潭人均消费增长", "留宿率增长"]


def test_a_each_pair_joined_by_he_splits_before_another_members_figure() -> None:
    """批零住餐销售额和营业额均增长7.5%左右、网络零售额增长10%: the figure after 、 is another member's (通化 row 10)."""
    t = targets(REVIEW, "力争批零住餐销售额和营业额均增长7.5%左右、网络零售额增长10%。")
    assert len(t.loc[["7.5%"]]) == 2 and "网络零售额增长" in set(t["indicator"])


def test_visitors_and_revenue_each_growing_split() -> None:
    """全年游客人数和旅游收入均增长15%左右: visits and revenue, each keyed (固原 row 26)."""
    t = targets(REVIEW, "全年游客人数和旅游收入均增长15%左右。")
    assert sorted(t["indicator_key"]) == ["tourism_revenue_growth", "tourist_visits_growth"]


def test_a_cpi_index_with_a_bracketed_scope_is_a_ceiling_with_its_baseline() -> None:
    """居民消费价格指数（市辖区）控制在103左右, review 居民消费价格指数（市辖区）99.5 (漳州 L15, L4)."""
    t = targets("地区生产总值增长5.2%，居民消费价格指数（市辖区）99.5，完成年度节能减排任务。",
                "地区生产总值增长6%左右，居民消费价格指数（市辖区）控制在103左右，完成节能减排任务。", 2023)
    row = t.loc["103"]
    assert (row["indicator_key"], row["value"], row["target_kind"]) == ("cpi", 3, "ceiling")
    assert row["baseline_value"] == -0.5 and row["feasibility"] == "met_already"


def test_a_quota_of_funds_won_is_a_target() -> None:
    """全年争资争项额度300亿元以上: the amount won from higher levels, not a policy setting (湘潭 L22)."""
    t = targets(REVIEW, "力争更多项目进入国省“笼子”，全年争资争项额度300亿元以上。将贷款额度提高到60万元。")
    assert "300亿元" in t.index and "60万元" not in t.index


def test_a_set_whose_role_or_pace_is_raised_and_a_drug_class_are_no_targets() -> None:
    """增强50户重点企业支撑作用, 金马1.1类新药, 加快万通9个产品研发进程 (通化 rows 6, 12, 13); a count of firms added stays."""
    t = targets(REVIEW, "增强50户重点企业支撑作用。推动金马1.1类新药尽快投产，加快万通9个产品研发进程。新增规上企业30户。")
    assert not {"50户", "1.1类", "9个"} & set(t.index)
    assert "30户" in t.index
