"""Baselines after audit 52 (fix68a): a % figure named by 优良天数 is the good-air-days share; a team counted in 支 takes
the review's count in 个; 家庭适老化 is 居家适老化 — each with the neighbouring behaviour kept."""
from __future__ import annotations

from target_cases import baseline_of as _base, targets

GOALS = "地区生产总值增长7%左右。"
AIR_REVIEW = ("全面开展工业源、移动源和面源污染防治，空气质量优良率达97.3%、居全省第3；完成入河排污口整治462个，水环境综合排名居全省第1、"
              "全国第16；开展尾矿库、渣场等生态修复3601亩，建设用地安全利用率达100%。")


def test_good_days_in_percent_is_the_good_air_share() -> None:
    """攀枝花 row 48: 确保环境空气质量优良天数达到97%以上 (a share named without 比例) takes 空气质量优良率达97.3%."""
    t = targets(AIR_REVIEW, GOALS + "系统推进工业、生活、农业面源污染协同治理，深入开展“三磷”、入河排污口、工业园区等专项整治，"
                "确保环境空气质量优良天数达到97%以上、水环境质量稳居全国全省前列、重点建设用地安全利用率保持100%。", 2023)
    assert t.loc[["97%"]].iloc[-1]["indicator_key"] == "good_air_days"
    assert _base(t, "97%") == "97.3%"


def test_good_days_in_days_stay_a_count_of_days() -> None:
    """优良天数300天 is a count of days: no share key, and the review's % is no baseline of it."""
    t = targets(AIR_REVIEW, GOALS + "持续改善空气质量，确保环境空气质量优良天数达到300天以上。", 2023)
    assert t.loc[["300天"]].iloc[-1]["indicator_key"] != "good_air_days"
    assert _base(t, "300天") != "97.3%"


def test_teams_in_zhi_take_the_review_count_in_ge() -> None:
    """蚌埠 row 66: 引育高层次人才创新创业团队20支 against 新引育高层次人才创新创业团队25个."""
    t = targets("新引育高层次人才创新创业团队25个，博士、市级以上领军人才396人。",
                GOALS + "引育高层次人才创新创业团队20支，高端领军人才30名，专业技术拔尖人才300名，新增技能人才1.5万人、高技能人才5000人。", 2023)
    assert _base(t, "20支") == "25个"
    assert _base(t, "30名") == ""  # 领军人才 of 博士、市级以上 is no count of 高端领军人才 (kept)


def test_family_and_home_based_elderly_adaptation() -> None:
    """蚌埠 row 137: 完成家庭适老化改造1800户以上 against 完成居家适老化改造1723户."""
    t = targets("出台《蚌埠市居家养老服务条例》，完成居家适老化改造1723户。", GOALS + "完成家庭适老化改造1800户以上。", 2023)
    assert _base(t, "1800户") == "1723户"
