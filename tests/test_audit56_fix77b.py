"""Baselines (audit 56, fix77b): a stage word of a review 分别 list read as its own member's (淮北 row 10), and size classes
of firms written in either order compared as one set (崇左 row 15)."""
from __future__ import annotations

import re

from target_cases import targets

from govreport.lexicon import read_json
from govreport.tables.likeness import Likeness
from govreport.tables.list_member_words import member_words
from govreport.tables.size_classes import class_order

STAGES = re.compile("|".join(read_json("baseline_scopes.json")["groups"]["stage"]))
SIGNED = "全年新签约、开工、纳统亿元以上项目分别达"
FIGURES = "201个、162个、111个。"


def test_a_member_of_a_stage_list_before_each_says_its_own_stage() -> None:
    """全年新签约、开工、纳统亿元以上项目分别达201个、162个、111个 (淮北 L11): 201个 is the signed projects', 162个 the started,
    111个 no stage's; a clause without 分别 keeps all its stage words."""
    assert member_words(SIGNED, FIGURES, STAGES) == ["签约"]
    assert member_words(SIGNED + "201个、", FIGURES[5:], STAGES) == ["开工"]
    assert member_words(SIGNED + "201个、162个、", FIGURES[10:], STAGES) == []
    assert member_words("全年签约和开工亿元以上项目达", "201个。", STAGES) == ["签约", "开工"]
    assert member_words(SIGNED, "201个、162个。", STAGES) == ["签约", "开工"]  # (two figures for three members: unread)


def test_a_signing_target_takes_the_signed_member_of_the_review_list() -> None:
    """全年签约亿元以上项目190个、开工亿元以上项目160个 (淮北 L28) against the review's list: 201 for 签约, no longer refused as
    another stage."""
    t = targets(SIGNED + FIGURES, "全年签约亿元以上项目190个、开工亿元以上项目160个。", 2023)
    row = t[t["text"] == "190个"].iloc[0]
    assert row["baseline_text"] == "201个"


def test_size_classes_in_either_order_are_one_set() -> None:
    """新增规上限上服务业企业100家 and the review's 新增限上规上服务业企业113家 (崇左 L23, L7): the same firms."""
    assert Likeness.cleaned("新增规上限上服务业企业") == Likeness.cleaned("新增限上规上服务业企业")
    assert class_order("限上规模以上服务业企业") == "规模以上限上服务业企业"
    assert Likeness.cleaned("规上服务业企业") != Likeness.cleaned("限上服务业企业")


def test_a_target_of_both_classes_takes_the_review_count_of_both() -> None:
    review = "新引进服务业企业33家，新增限上规上服务业企业113家。"
    t = targets(review, "新增规模以上工业企业100家、新增规上限上服务业企业100家。", 2023)
    row = t[t["indicator"].str.contains("服务业")].iloc[0]
    assert row["baseline_text"] == "113家"
