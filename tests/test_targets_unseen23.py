"""Targets after audit 23 (notes targets_23: Anhui 2026, Jilin 2026, Hohhot 2024 from outside the corpus),
the target-side fault classes: one test per rule, on paraphrased sentences run through the real reader
and extractor."""
from __future__ import annotations

from target_cases import targets


def test_a_ratio_lowered_to_a_level_about_is_a_ceiling() -> None:
    # 降低至 (like 下降到, 降至) is a fall verb: the level it falls to, 左右 or not, is a ceiling
    t = targets("地区生产总值增长5%。", "完善冷链物流网络，物流费用占地区生产总值比重降低至14.2%左右。")
    assert t.loc["14.2%", "target_kind"] == "ceiling"
    t = targets("地区生产总值增长5%。", "完善冷链物流网络，物流费用占地区生产总值比重下降至14.2%。")
    assert t.loc["14.2%", "target_kind"] == "ceiling"
