"""A light word opening a name (共, 达: 全市共完成…, 达…) is dropped, but not where it only begins a word of the
name (共享, 共同, 达标): found on 镇江 2024, read in session 32 (享数据服务次数)."""
from __future__ import annotations

import govreport


def _names(text: str) -> dict[str, str]:
    q = govreport.extract_quantities(govreport.read_text(text, "x"))
    return dict(zip(q["text"], q["indicator"]))


def test_a_word_begun_by_a_light_word_stays_whole() -> None:
    names = _names("增强数据信息治理能力，市大数据共享交换平台归集数据量达到37亿条、共享数据服务超过2亿次。")
    assert names["2亿次"] == "共享数据服务次数"


def test_the_light_word_alone_is_still_dropped() -> None:
    names = _names("全市共完成造林1.2万亩。")
    assert names["1.2万亩"] == "造林面积"
