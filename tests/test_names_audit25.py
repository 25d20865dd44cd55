"""Names after audit 25 (docs/audits/targets_25.md, fault classes "names cut or borrowed so that they say another
thing" and "names: …"): sentences in the style of a report, with wording and numbers altered."""
from __future__ import annotations

from name_cases import names


def test_a_digit_inside_quotation_marks_is_part_of_the_noun_counted() -> None:
    """新建N个“15分钟…圈”: the quoted name holds a digit (and may hold 的), no stop of the noun (CQ26#22)."""
    assert names("新建80个“10分钟便民生活圈”，合理布局运动场地。")["80个"] == "新建10分钟便民生活圈数"
    assert names("建设120个“家门口的社区食堂”。")["120个"] == "建设家门口的社区食堂数"


def test_people_after_a_modifier_and_de_are_counted() -> None:
    """N名经济困难的…患者: the people after 的 are counted, with the modifier, not the modifier (CQ26#34)."""
    got = names("为不少于3万名经济困难的重度残疾人免费提供辅助器具。")["3万名"]
    assert got.endswith("经济困难的重度残疾人数") and got != "经济困难人数"
