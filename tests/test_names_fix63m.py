"""Names after audit 50 (fix63m, 抚州): a bare amount in 亿 before 企业 is a size class (50亿企业 as 百亿企业), and a quoted
label with a digit a few words into a counted noun is part of it (省级“5G+工业互联网”应用示范区)."""
from __future__ import annotations

from govreport.extract.scanner import scan_tokens

from target_cases import targets

GOALS = "地区生产总值增长5.5%以上。"


def test_bare_billion_before_enterprises_is_a_class() -> None:
    """抚州 L25: 力争百亿企业达到4家、50亿企业达到4家、20亿企业达到26家 — no figure 50亿, and the counts are named by class."""
    sentence = "开展企业扩能行动，用好“10%工作法”，力争百亿企业达到4家、50亿企业达到4家、20亿企业达到26家。"
    assert [t.number_text + (t.unit or "") for t in scan_tokens(sentence)] == ["10%", "4家", "4家", "26家"]
    t = targets("地区生产总值增长6.5%。", GOALS + sentence, 2023)
    names = list(t["indicator"])
    assert "50亿企业数" in names and "20亿企业数" in names and "用好企业数" not in names


def test_billion_with_unit_or_people_stays_a_figure() -> None:
    """The neighbours: 带动3亿农民 (a bare count, not before 企业) and 50亿元 (with 元) stay figures."""
    assert [t.number_text for t in scan_tokens("带动3亿农民增收，完成投资50亿元企业技改。")] == ["3", "50"]


def test_quoted_label_with_digit_inside_a_counted_noun() -> None:
    """抚州 L27: 建成1个省级“5G+工业互联网”应用示范区 — the name runs past the label's 5 to 应用示范区."""
    t = targets("地区生产总值增长6.5%。", GOALS + "大力开展“上云用数赋智”行动，培育4个省级工业互联网平台，"
                "建成1个省级“5G+工业互联网”应用示范区，省级智能制造标杆企业达到25家。", 2023)
    names = list(t["indicator"])
    assert "建成省级5G+工业互联网应用示范区数" in names and "建成省级数" not in names
    assert "培育省级工业互联网平台数" in names
