"""Round 171, fix171d (held-out set 89): list members and what they take from the first member. A per-capita figure
(千人均, 每千人) after a count of new things is a level and takes no 新增; a later member opening with its own setting
(社区…) takes no rural scope of the first; a count of 学位 right after a count of schools takes that kind of school
when its paragraph states two places figures or more. Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

import pandas as pd

from target_cases import names_by_text, targets

_REVIEW = "全市新增病床位1200张，建成农村幸福院80个。"


def _row(t: pd.DataFrame, text: str) -> pd.Series:
    return t.loc[[text]].iloc[-1]


def test_a_per_capita_member_takes_no_flow_verb() -> None:
    # 莆田 row 40: 新增病床位1700张以上、千人均病床位6张以上 -> 千人均病床位 (a level), not 新增千人均病床位
    t = targets(_REVIEW, "加强健康服务，全市新增病床位1500张以上、千人均病床位5.5张以上。")
    row = _row(t, "5.5张")
    assert "新增" not in row["indicator"] and "千人均病床位" in row["indicator"] and row["measure"] != "flow"
    assert _row(t, "1500张")["indicator"].startswith("新增")  # the first member keeps its own verb


def test_a_bare_member_still_takes_the_new_verb() -> None:
    # boundary: a member naming no level of its own still takes the list's 新增 (新增上市企业3家、挂牌企业10家)
    names = names_by_text("全市上市企业达到20家。", "支持企业上市，新增上市企业3家、挂牌企业10家。")
    assert names["10家"][0].startswith("新增")


def test_a_community_member_takes_no_rural_scope() -> None:
    # 莆田 row 44: 建设农村幸福院100个、社区日间照料中心10个 -> 社区日间照料中心, not 农村社区日间照料中心
    names = names_by_text(_REVIEW, "推进医养结合，建设农村幸福院90个、社区日间照料中心12个。")
    assert not names["12个"][0].startswith("农村") and "社区日间照料中心" in names["12个"][0]


def test_a_bare_member_keeps_the_rural_scope() -> None:
    # boundary (spot audit 36): 新建农村户厕2660个、公厕152个 -> 农村公厕
    names = names_by_text("全市新建农村户厕2000个。", "改善人居环境，新建农村户厕2500个、公厕140个。")
    assert names["140个"][0].startswith("农村")


def test_school_places_after_a_school_count_take_its_kind() -> None:
    # 衢州 rows 48, 50: 新增…幼儿园25所、学位6750个。开工义务段学校6所、新增学位10230个: two rows that read alike, told apart
    plan = "办好人民满意教育。新增二级以上幼儿园20所、学位6000个。开工义务段学校5所、新增学位9000个。"
    names = names_by_text("全市新增学位30000个。", plan)
    assert "幼儿园" in names["6000个"][0] and "义务段" in names["9000个"][0]


def test_a_lone_school_places_count_keeps_its_name() -> None:
    # boundary: one places figure in its paragraph keeps the name (the tables read its clause)
    names = names_by_text("全市新增学位30000个。", "办好人民满意教育。新增二级以上幼儿园20所、学位6000个。\n实施健康工程，新增病床位800张。")
    assert "幼儿园" not in names["6000个"][0]
