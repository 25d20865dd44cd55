"""Round 164, fix164a (held-out set 83 廊坊 2014 rows 51–54): a path 由A提高到B whose start is stated per month or per
year per head (由月人均422元, 由年人均3500元) names the measure, never the 由 and half of the per-unit basis (…标准由月); and a share
written A达到B的N% (昌吉 2021 row 30) is named A占B比重, not by the clause.
Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

from target_cases import names_by_text

_REVIEW = "去年全市城乡居民收入稳步增长，财政收入增长8%。\n"


def test_a_monthly_per_head_start_leaves_no_stub_in_the_name() -> None:
    # 城镇低保保障标准由月人均422元提高到532元 -> …由月 before the fix
    got = names_by_text(_REVIEW, "城镇低保保障标准由月人均400元提高到500元。", 2013)
    assert got["500元"] == ["城镇低保保障标准"]


def test_a_yearly_per_head_start_leaves_no_stub_in_the_name() -> None:
    # 五保户集中供养标准由年人均3500元提高到5750元 -> …由年 before the fix
    got = names_by_text(_REVIEW, "五保户集中供养标准由年人均3000元提高到5000元。", 2013)
    assert got["5000元"] == ["五保户集中供养标准"]


def test_a_path_without_a_basis_keeps_its_name() -> None:
    # the boundary: a plain 由A提高到B is named as before
    got = names_by_text(_REVIEW, "农村低保标准由200元提高到260元。", 2013)
    assert got["260元"] == ["农村低保标准"]


def test_a_part_reaching_a_share_of_its_whole_is_named_part_of_whole() -> None:
    # 区域禁燃区面积达到城市建成区面积的100% -> …达到城市建成区面积的 before the fix
    got = names_by_text(_REVIEW, "重点区域禁燃区面积达到城市建成区面积的90%。", 2020)
    assert got["90%"] == ["重点区域禁燃区面积占城市建成区面积比重"]
    got = names_by_text(_REVIEW, "技术改造投入不低于工业投资的30%。", 2020)
    assert got["30%"] == ["技术改造投入占工业投资比重"]


def test_a_share_of_a_time_is_no_part_of_a_whole() -> None:
    # the boundary: 恢复到疫情前的 names a level against a time, no whole; left as it was
    got = names_by_text(_REVIEW, "境外航班数恢复到疫情前的90%。", 2020)
    assert got["90%"] == ["境外航班数恢复到疫情前的"]
