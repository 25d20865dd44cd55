"""Spot audit 37 (黔东南, 山南 2025): a 其中 member's baseline is the review's 其中 member of the same parent; a review
figure stated as 初步预计 is named without it; no list member is paired by 分别 as its head noun (round fix93b)."""
from __future__ import annotations

from target_cases import baseline_of, targets

from govreport.extract.name_polish import polish


def test_member_takes_the_member_of_the_same_parent() -> None:
    """其中实现区外就业1000人 of 农牧民转移就业: the review's 其中区外转移就业796人, not the graduates' 区外就业497人 (山南 row 44)."""
    review = ("应届高校毕业生就业率达到98%，实现区外就业497人。"
              "农牧民转移就业16万人次、创收18.01亿元，其中区外转移就业796人。")
    t = targets(review, "实施组织化转移就业提升行动，实现农牧民转移就业9.5万人以上，创收12亿元以上，其中实现区外就业1000人以上。")
    assert baseline_of(t, "1000人") == "796人"


def test_member_of_another_parent_is_not_taken() -> None:
    """The review's 其中 member under another parent (高校毕业生): not the member of the target's parent."""
    review = "高校毕业生就业1.2万人，其中区外就业497人。"
    t = targets(review, "实现农牧民转移就业9.5万人以上，其中实现区外就业1000人以上。")
    assert "the review's 其中 member" not in str(t.loc[["1000人"]].iloc[-1]["match_reason"])


def test_first_estimate_is_no_scope_of_the_name() -> None:
    """初步预计全州地区生产总值增长6%左右: 初步预计 opens no part of what is measured (黔东南 row 0)."""
    assert polish("初步预计全州地区生产总值增长") == "全州地区生产总值增长"
    assert polish("初步建成示范区") == "初步建成示范区"


def test_gdp_takes_its_first_estimate_and_members_stay_apart() -> None:
    """地区生产总值增长6%左右 takes 初步预计…增长6%左右; 二产增加值 takes no member of the review's 分别 list of other
    measures (规上工业增加值、农林牧渔业总产值、固定资产投资分别增长…: 黔东南 rows 0–3)."""
    review = "初步预计全州地区生产总值增长6%左右，其中规上工业增加值、农林牧渔业总产值、固定资产投资分别增长17%左右、4%左右、9.4%左右。"
    t = targets(review, "经济社会发展的主要预期目标是:地区生产总值增长6%左右，其中一、二、三产增加值分别增长4%以上、8%以上、6%以上。")
    gdp = t[t["indicator_key"] == "gdp_growth"].iloc[0]
    assert str(gdp["baseline_text"]).startswith("6%") and gdp["feasibility"] == "modest"
    assert baseline_of(t, "8%") == ""


def test_stated_list_member_takes_the_member_of_its_own_words() -> None:
    """一、二、三产分别增长5%、8%、5.8% and the review's 一二三产分别增长4.5%、3.2%、3.8%: 二产 takes 第二产业增长3.2% (铜仁),
    though its phrase ends with 分别."""
    review = "全年地区生产总值增长3.6%，其中一二三产分别增长4.5%、3.2%、3.8%。"
    t = targets(review, "主要预期目标是：全市地区生产总值增长6%左右，其中一、二、三产分别增长5%、8%、5.8%；")
    assert baseline_of(t, "8%") == "3.2%"


def test_member_of_an_amount_class_is_no_member_words() -> None:
    """其中50亿—100亿元项目8个 and the review's 其中50亿元以上项目11个: an amount, not words, opens both (金华)."""
    review = "招引落地10亿元以上制造业项目73个，其中50亿元以上项目11个。"
    t = targets(review, "落地10亿元以上制造业项目70个以上，其中50亿—100亿元项目8个、100亿元以上项目6个。")
    assert "其中 member" not in str(t.loc[["8个"]].iloc[-1]["match_reason"])
