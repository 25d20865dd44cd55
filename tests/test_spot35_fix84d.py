"""Spot audit 35 (赤峰, 包头 2025, 惠州): a name takes no sibling's words — the last member's own character before the head a
short 分别 list shares (中药材产业集群规模: not 蔬菜材), the measure of the member before that a 、 member naming another
measure of the same subject does not share (接待人数…、收入; 产能增加…、产值), and a sibling that opens with a count of its
own (、一批市级临床重点专科) is no second kind of what the figure counts."""
from __future__ import annotations

from target_cases import targets

from govreport.extract.indicators import list_members

REVIEW = "城镇新增就业2万人。"


def test_last_members_own_character_is_not_shared() -> None:
    """力促蔬菜、杂粮杂豆、中药材产业集群规模分别达到… (赤峰 rows 29, 30): short members of unequal length, and the head
    产业集群规模 one character after the first member's length: that character is the last member's own; 原煤、原油、天然气产量
    keeps its shared 产量."""
    members = list_members("蔬菜、杂粮杂豆、中药材产业集群规模分别", 3)
    assert members == ["蔬菜产业集群规模", "杂粮杂豆产业集群规模", "中药材产业集群规模"]
    assert list_members("原煤、原油、天然气产量分别", 3) == ["原煤产量", "原油产量", "天然气产量"]
    # members of one length: the character after the last's word is shared (衢州 双柚、油茶、茶叶全产业链产值)
    assert list_members("双柚、油茶、茶叶全产业链产值分别", 3)[0] == "双柚全产业链产值"
    t = targets(REVIEW, "力促蔬菜、杂粮杂豆、中药材产业集群规模分别达到180亿元、80亿元和50亿元。")
    assert t.loc["180亿元", "indicator"] == "蔬菜产业集群规模"
    assert t.loc["80亿元", "indicator"] == "杂粮杂豆产业集群规模"


def test_member_of_another_measure_does_not_share_the_first_measure() -> None:
    """力争全年旅游接待人数突破2500万人次、实现收入320亿元以上 (赤峰 row 39); 稀土新材料产能增加4.5万吨、产值突破1300亿元
    (包头 2025 row 19): the subject's income and output, not the visitors' or the capacity's."""
    t = targets(REVIEW, "力争全年旅游接待人数突破2500万人次、实现收入320亿元以上。大力开发稀土钢系列产品，稀土新材料产能增加4.5万吨、产值突破1300亿元。")
    assert t.loc["320亿元", "indicator"] == "旅游收入"
    assert t.loc["2500万人次", "indicator"] == "旅游接待人数"
    assert t.loc["1300亿元", "indicator"] == "稀土新材料产值"


def test_batch_sibling_is_not_counted() -> None:
    """新增5个省级临床重点专科、一批市级临床重点专科 (惠州 row 86): the five are provincial specialties only; two kinds counted
    together (建设40条特色步道、特色林荫道) still are."""
    t = targets(REVIEW, "推进公立医院高质量发展，新增5个省级临床重点专科、一批市级临床重点专科，新增30名以上市名（中）医。"
                        "建设40条特色步道、特色林荫道。")
    assert t.loc["5个", "indicator"] == "新增省级临床重点专科数"
    assert "林荫道" in t.loc["40条", "indicator"]
