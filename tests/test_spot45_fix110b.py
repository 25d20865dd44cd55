"""Held-out audits 44/45 (梅州, 普洱, 朝阳, 怀化, 宝鸡, 儋州 2023), round fix110b: baselines of the review stated as a
fall that shrank, a gap between places, a shared rate, a flow, a part."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from target_cases import baseline_of, class_of, targets


def _names(review: str) -> dict[str, str]:
    """The indicator of each figure of ``review`` (a review part), by its text."""
    text = f"政府工作报告\n一、2022年工作回顾\n{review}\n二、2023年工作安排\n地区生产总值增长6%。\n"
    q = extract_quantities(read_text(text))
    return dict(zip(q["text"], q["indicator"]))


def test_a_fall_that_shrank_to_a_figure_is_the_year_fall() -> None:
    # 梅州 G1 row 3: 带动全市进出口总额降幅收窄至9.6% is a growth of −9.6%
    review = "跨境电商进出口增长94.56%，带动全市进出口总额降幅收窄至9.6%。"
    t = targets(review, "主要预期目标是：进出口总额增长3%。", review_year=2022)
    assert baseline_of(t, "3%") == "9.6%" and class_of(t, "3%") == "very_stretch"
    assert float(t.loc[["3%"]].iloc[-1]["baseline_value"]) == -9.6
    assert "带动" not in _names(review)["9.6%"]
    # a narrowing by points is a change of the fall, no growth baseline
    t = targets("固定资产投资降幅收窄0.4个百分点。", "主要预期目标是：固定资产投资增长11%。", review_year=2022)
    assert baseline_of(t, "11%") == ""


def test_points_below_other_places_are_a_gap_not_a_change() -> None:
    # 普洱 C row 64: 城镇化率41.5%，低全国、全省22.5和9.6个百分点 is no change of 2022
    review = "城镇化率41.5%，低全国、全省22.5和9.6个百分点。"
    t = targets(review, "力争城镇化率提高2个百分点。", review_year=2022)
    assert baseline_of(t, "2个百分点") == "" and class_of(t, "2个百分点") == "no_baseline"
    # the year's own rise in points stays the baseline
    t = targets("城镇化率提高1.2个百分点。", "力争城镇化率提高2个百分点。", review_year=2022)
    assert baseline_of(t, "2个百分点") == "1.2个百分点"


def test_all_investment_in_a_share_is_fixed_asset_investment() -> None:
    # 普洱 E row 77: 民间投资占全部投资比重仅24.4% for 民间投资占固定资产投资比重达30%以上
    t = targets("民间投资占全部投资比重仅24.4%。", "民间投资占固定资产投资比重达30%以上。", review_year=2022)
    assert baseline_of(t, "30%") == "24.4%" and class_of(t, "30%") == "stretch"
    # another numerator's share is not found through it
    t = targets("工业投资占全部投资比重为40.2%。", "民间投资占固定资产投资比重达30%以上。", review_year=2022)
    assert baseline_of(t, "30%") == ""


def test_a_whole_the_review_states_by_urban_and_rural_members_only() -> None:
    # 朝阳 G3 row 5: no combined figure is derived from 分别增长3.2%、5.3%; the reason says so
    review = "城乡居民人均可支配收入分别增长3.2%、5.3%。"
    t = targets(review, "城乡居民人均可支配收入增长6.5%。", review_year=2022)
    assert baseline_of(t, "6.5%") == "" and "urban and rural" in str(t.loc[["6.5%"]].iloc[-1]["match_reason"])
    # a member target still takes its own member
    t = targets(review, "农村居民人均可支配收入增长7%。", review_year=2022)
    assert baseline_of(t, "7%") == "5.3%"


def test_one_of_two_works_joined_is_a_part() -> None:
    # 梅州 G9 row 34, 普洱 K row 81: 新建成高标准农田8万亩 is the 新建 part of 新建和改造提升
    t = targets("新建成高标准农田8万亩。", "新建和改造提升高标准农田9.6万亩。", review_year=2022)
    assert baseline_of(t, "9.6万亩") == "" and "one of two works" in str(t.loc[["9.6万亩"]].iloc[-1]["match_reason"])
    # both works joined on both sides stay one measure
    t = targets("新建和改造提升高标准农田8万亩。", "新建和改造提升高标准农田9.6万亩。", review_year=2022)
    assert baseline_of(t, "9.6万亩") == "8万亩"


def test_a_zone_built_in_the_year_is_a_flow() -> None:
    # 梅州 G3 row 18: 集聚区 names a zone, no gathering; 建成…集聚区1个 is the year's
    review = "建成全国乡村旅游精品线路1条、省级夜间文化和旅游消费集聚区1个。"
    t = targets(review, "全市创建1-2个省级以上夜间文化和旅游消费集聚区。", review_year=2022)
    assert baseline_of(t, "1-2个") == "1个" and class_of(t, "1-2个") == "modest"
    # people gathered stay a stock
    t = targets("集聚高层次人才1.9万人。", "新认定高层次人才5000人。", review_year=2022)
    assert baseline_of(t, "5000人") == ""


def test_firms_upgraded_in_other_words() -> None:
    # 梅州 G10: 上规 is 规上
    t = targets("新增规上工业企业86家。", "新增上规企业100家以上。", review_year=2022)
    assert baseline_of(t, "100家") == "86家"
    # 上规 alone, with no 新增, names no addition of firms
    t = targets("新增规上工业企业86家。", "推动上规企业研发机构覆盖率达50%。", review_year=2022)
    assert baseline_of(t, "50%") == ""


def test_a_rate_kept_by_a_list_of_subjects_is_each_subject_rate() -> None:
    # 梅州 G2 row 41: the name keeps 集中式 only, its clause says 县级以上; 持续 is no part of the name; a rate 均达 sums no list
    review = "16个省级及以上断面水质和县级以上城市集中式饮用水水源地水质达标率、优良率持续保持100%。"
    assert "持续" not in _names(review)["100%"]
    t = targets(review, "确保国考省考断面水质、县级以上饮用水水源地水质达标率均达100%。", review_year=2022)
    assert t.iloc[-1]["indicator"] == "县级以上饮用水水源地水质达标率"
    assert t.iloc[-1]["baseline_text"] == "100%" and t.iloc[-1]["feasibility"] == "met_already"
    # a clause naming no 县级以上 keeps the scope check
    t = targets("市区集中式饮用水水源地水质达标率保持100%。", "确保县级以上饮用水水源地水质达标率达100%。", review_year=2022)
    assert baseline_of(t, "100%") == ""


def test_a_scope_said_as_another_list_member_is_not_the_figure_scope() -> None:
    # 四平 (regression read): 市区 of 全市和市区 is the second member's scope, not 20.2%'s
    t = targets("全市和市区地方级财政收入（含一次性收入）分别增长20.2%、28.6%。", "市区地方级财政收入同口径增长6%。")
    assert baseline_of(t, "6%") == "28.6%"
