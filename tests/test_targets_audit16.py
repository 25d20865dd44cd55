"""Targets after audit 7, session 10 (issue #11, branch names11): one test per rule, on paraphrased
sentences run through the real reader and extractor (docs/assumptions.md)."""
from __future__ import annotations

from target_cases import targets


def test_a_part_of_infrastructure_investment_has_a_key_of_its_own() -> None:
    """公路水运投资 and 交通基础设施投资 are parts of 基础设施投资: each has its own key, and a part is not
    compared with the whole of the review (基础设施投资1.2万亿元)."""
    t = targets("完成基础设施投资1.2万亿元。",
                "今年要完成铁路投资7000亿元、公路水运投资1.6万亿元左右。完成交通基础设施投资9000亿元。完成基础设施投资1.3万亿元。")
    assert t.loc["1.6万亿元"].indicator_key == "road_waterway_investment"
    assert t.loc["1.6万亿元"].baseline_text == ""
    assert t.loc["9000亿元"].indicator_key == "transport_investment"
    assert t.loc["1.3万亿元"].indicator_key == "infrastructure_investment"
    assert t.loc["1.3万亿元"].baseline_text == "1.2万亿元"
