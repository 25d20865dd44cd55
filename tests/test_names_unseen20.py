"""Names after the unseen audit 20 (docs/audits/targets_20.md, fault class "names"): the commitment words
争取, 保持 and 稳定 are no part of what is measured, like 力争 and 确保. Sentences in the style of a
report, with wording and numbers altered."""
from __future__ import annotations

import pytest

from name_cases import names


@pytest.mark.parametrize("sentence, figure, name", [
    # 争取 (strive to) before a verb: dropped; the verb and the thing stay
    ("推动制造业绿色转型，争取创建3家以上绿色工厂。", "3家", "创建绿色工厂数"),
    # 争取年内 (strive to, within the year) opening the clause
    ("加大闲置资产处置力度，争取年内资产盘活200亿元。", "200亿元", "资产盘活"),
    # 保持 (keep) opening the clause, and carried to the second member
    ("保持棉花播种面积在420万亩以上、产量不低于35万吨。", "420万亩", "棉花播种面积"),
    ("保持棉花播种面积在420万亩以上、产量不低于35万吨。", "35万吨", "棉花产量"),
    # 稳定 (held steady) before 达到 closing the name
    ("县城生活垃圾无害化处理率稳定达到95%以上。", "95%", "县城生活垃圾无害化处理率"),
])
def test_commitment_words_are_no_part_of_the_name(sentence: str, figure: str, name: str) -> None:
    assert names(sentence)[figure] == name


def test_zhengqu_before_funds_stays_the_action() -> None:
    """争取资金: with no verb after it, 争取 is the action on the money (funds obtained), not a commitment."""
    assert names("全年争取中央资金80亿元。")["80亿元"].startswith("争取")
