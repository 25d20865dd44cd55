"""Audits 40 and 41 (fix52b): a per-place scope said once is kept by the figures it governs (each_place.py) and a rank two
one-character members share by 均 gives one row each (shared_list_forms.ranked_members). Sentences from city_linyi_2024 (LY50),
city_liuzhou_2024 (LZ28), city_lishui_2024 (LS71, LS77) and city_wenzhou_2024."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from govreport.tables import build_targets

HEAD = "某市2024年政府工作报告\n一、2023年工作回顾\n地区生产总值增长6%。\n二、2024年工作安排\n"


def all_names(sentence: str) -> dict[str, str]:
    """Figure text -> name of every row of the plan paragraph ``sentence`` (the last row of a repeated text)."""
    table = extract_quantities(read_text("二、2024年工作安排\n" + sentence + "\n"))
    return dict(zip(table.text, table.indicator))


def test_the_next_member_keeps_each_county() -> None:
    """各县重点培育打造1-2个特色产业、1-2个重点镇 (Linyi, LY50): the 重点镇 are per county as the 特色产业 are."""
    table = extract_quantities(read_text("二、2024年工作安排\n全力提升县域经济，强县领跑、弱县跨越，重视镇域经济发展，"
                                         "各县重点培育打造1-2个特色产业、1-2个重点镇。\n"))
    assert list(table.indicator)[-2:] == ["每个县培育打造特色产业数", "每个县培育打造重点镇数"]


def test_a_clause_after_supporting_each_county_is_per_county() -> None:
    """支持各县立足资源禀赋和产业基础，集中力量主攻1—2个优势突出、成长性好、带动力强的主导产业 (Liuzhou, LZ28): per county,
    not a city total; a clause with a figure of its own after 各县 keeps its name."""
    named = all_names("深入开展县域经济提速年活动，建立市县间、县区间互动合作与利益共享机制，加速资源有效集聚，支持各县立足资源禀赋和产业基础，"
                      "集中力量主攻1—2个优势突出、成长性好、带动力强的主导产业，着力打造优势明显、布局合理、配套完备的特色产业集群。")
    assert named["1—2个"] == "每个县主导产业数"
    named = all_names("支持各县区发展特色产业，全市新增规上工业企业100家。")
    assert not named["100家"].startswith("每")


def test_an_amount_every_village_reaches_is_each_villages() -> None:
    """全市行政村基本实现集体经济总收入30万元以上 (Lishui, LS71): a level per village; so 所有村社…35万元以上 (Wenzhou);
    a total of the villages keeps its name."""
    named = all_names("推动强村公司高质量发展，全市行政村基本实现集体经济总收入30万元以上、经营性收入15万元以上。")
    assert named["30万元"] == "每个行政村集体经济总收入"
    named = all_names("力争实现所有村社集体经济总收入35万元以上且经营性收入15万元以上。")
    assert named["35万元"] == "每个村社集体经济总收入"
    named = all_names("全市行政村集体经济总收入达到5亿元以上。")
    assert not named["5亿元"].startswith("每")


def test_a_rank_shared_by_water_and_air_gives_one_row_each() -> None:
    """坚持全地域、全领域、全要素治污攻坚，力争水、气质量排名均进入全国前十 (Lishui, LS77): two ceilings of 10, 水 and 空气."""
    targets = build_targets(extract_quantities(read_text(HEAD + "坚持全地域、全领域、全要素治污攻坚，力争水、气质量排名均进入全国前十。\n")))
    assert list(targets.indicator) == ["水质量排名全国名次", "空气质量排名全国名次"]
    assert set(targets.value) == {10}
