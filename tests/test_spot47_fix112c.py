"""Held-out audits 46/47 (洛阳, 渭南, 德宏 2023), round fix112c: a set the plan builds, speeds or keeps that the review
already counts as under way or built, the same count of the same words, is carried on, not a count to produce."""
from __future__ import annotations

from target_cases import targets


def test_a_set_built_on_that_the_review_says_landed_is_carried_on() -> None:
    # 洛阳 G4 rows 141/142: 3个国家级和5个省级区域医疗中心落地实施 → 高质量建设3个国家级、5个省级区域医疗中心
    t = targets("3个国家级和5个省级区域医疗中心落地实施。", "高质量建设3个国家级、5个省级区域医疗中心。")
    assert "3个" not in t.index and "5个" not in t.index
    # another count than the review's: new centres to build, a goal
    t = targets("3个国家级和5个省级区域医疗中心落地实施。", "高质量建设4个国家级、6个省级区域医疗中心。")
    assert "4个" in t.index and "6个" in t.index


def test_a_set_sped_up_after_a_named_member_is_carried_on() -> None:
    # 德宏 group 5: 盈江…示范园、5个州级…示范园建设稳步实施 → 加快盈江…示范园和5个州级…示范园建设
    review = "盈江省级乡村振兴示范园、5个州级乡村振兴示范园建设稳步实施。"
    t = targets(review, "加快盈江省级乡村振兴示范园和5个州级乡村振兴示范园建设。")
    assert "5个" not in t.index
    # the review finished them (建成): the plan's count is not the same set under way
    t = targets("盈江省级乡村振兴示范园、5个州级乡村振兴示范园建成。", "加快盈江省级乡村振兴示范园和5个州级乡村振兴示范园建设。")
    assert "5个" in t.index


def test_an_area_kept_up_that_the_review_says_was_built_is_carried_on() -> None:
    # 渭南 G4: 60万亩“吨粮田”核心示范区、45.5万亩高标准农田全部建成 → 巩固提升60万亩“吨粮田”核心示范区
    review = "大力发展现代农业，60万亩“吨粮田”核心示范区、45.5万亩高标准农田全部建成。"
    t = targets(review, "巩固提升60万亩“吨粮田”核心示范区，建成高标准农田40万亩以上。")
    assert "60万亩" not in t.index and "40万亩" in t.index
    # a new area built, not kept: a goal
    t = targets(review, "新建60万亩“吨粮田”核心示范区。")
    assert "60万亩" in t.index
