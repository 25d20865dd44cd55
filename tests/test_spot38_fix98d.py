"""Spot audits 38 (second final: 阜新, 新余, 邵阳, 葫芦岛 2025), round fix98d: names — a count's result after a quoted noun
and a member's own 新+verb."""
from __future__ import annotations

from govreport import extract_quantities, read_text


def _names(sentence: str) -> dict[str, str]:
    q = extract_quantities(read_text("二、2025年工作安排\n" + sentence + "\n"))
    return dict(zip(q["text"], q["indicator"]))


def test_result_after_a_quoted_noun() -> None:
    # 阜新 L59 (row 87): 化解 is what the 18 problem projects do, not a stock of them
    assert _names("推动18个“问题楼盘”全部化解，构建房地产发展新模式。")["18个"] == "问题楼盘化解数"
    assert _names("推动20个“半拉子”工程全部销号。")["20个"] == "半拉子工程销号数"


def test_a_member_with_its_own_new_verb_borrows_none() -> None:
    # 葫芦岛 L53 (row 14): 新落地 is the member's own, not 新签约新落地
    names = _names("全年新签约项目340个以上、新落地项目170个以上，进一步积蓄发展动能。")
    assert names["170个"] == "新落地项目数"
    assert _names("新增规模养殖户6户、重点养殖户32户。")["32户"] == "新增重点养殖户数"  # a bare member still shares 新增

