"""Names after audit 54 (fix72m): the subject a sentence opens with names the bare size at its end — an industry before 要
(动力电池产业要…，确保产值增长30%以上), its 产业规模 and a 、增长 after its 产值 (滁州, 池州), a zone before 要 for a held
measure (滁州经开区要…，工业总产值超1500亿元), and 稳控在 is a commitment, no part of the name (池州); beside each, the
neighbouring right behaviour kept."""
from __future__ import annotations

from govreport.extract.name_holders import held_scoped
from govreport.extract.name_industries import industry_goal_name, lead_industry
from govreport.extract import extract_quantities
from govreport.report import read_text


def _names(sentence: str) -> dict[str, str]:
    df = extract_quantities(read_text("2024年政府工作报告\n二、2024年工作安排\n" + sentence + "\n"))
    return {t: n for t, n in zip(df["text"], df["indicator"])}


def test_industry_before_yao_is_the_sentence_topic() -> None:
    """半导体产业要发挥长电科技、南大光电等作用，…，力争全年产值超550亿元 (滁州 row 41): 半导体产业产值, not 作用产值."""
    s = "半导体产业要发挥长电科技、南大光电等作用，推动晶隆半导体、东旭光电等建设，力争全年产值超550亿元。"
    assert lead_industry(s, 0, len(s)) == "半导体"
    assert industry_goal_name("半导体", "作用产值", "，力争全年产值超") == "半导体产业产值"
    assert _names(s)["550亿元"] == "半导体产业产值"


def test_yaosu_is_no_topic() -> None:
    """数据产业要素…: 要素 is a noun, not 要 after a subject."""
    s = "数据产业要素市场加快培育，力争全年产值超50亿元。"
    assert lead_industry(s, 0, len(s)) == ""


def test_growth_of_the_industry_output() -> None:
    """动力电池产业要…，确保产值增长30%以上 (滁州 row 29); …力争全年产值超150亿元、增长30%以上 (row 43)."""
    assert industry_goal_name("动力电池", "产值增长", "，确保产值增长") == "动力电池产业产值增长"
    assert industry_goal_name("医药器械", "检验检测平台建设产值增长", "、增长") == "医药器械产业产值增长"
    assert industry_goal_name("医药器械", "招商引资增长", "，招商引资增长") == "招商引资增长"  # not a size's growth


def test_industry_scale_is_written_once() -> None:
    """新材料产业重点打造…基地，力争产业规模达到600亿元 (池州 row 12): 新材料产业规模."""
    s = "新材料产业重点打造镁铝轻量化应用、电子化学品制造基地，力争产业规模达到600亿元。"
    assert _names(s)["600亿元"] == "新材料产业规模"


def test_zone_before_yao_holds_its_output() -> None:
    """滁州经开区要…，力争规上工业企业超250家、百亿企业超6家，工业总产值超1500亿元 (滁州 row 18); 苏滁高新区要…，经营收入超500亿元 (row 20)."""
    s = "滁州经开区要不断壮大四大主导产业，力争规上工业企业超250家，工业总产值超1500亿元。"
    assert held_scoped(s, 0, s.index("1500"), "工业总产值") == "滁州经开区工业总产值"
    s = "苏滁高新区要加快扩展区建设，力争规上工业企业超200家，经营收入超500亿元。"
    assert held_scoped(s, 0, s.index("500亿"), "经营收入") == "苏滁高新区经营收入"
    s = "加快扩展区建设，力争经营收入超500亿元。"
    assert held_scoped(s, 0, s.index("500亿"), "经营收入") == "经营收入"


def test_wenkong_is_a_commitment() -> None:
    """超限超载率稳控在0.9%以下 (池州 row 97): 超限超载率."""
    assert _names("基本完成废弃矿山生态修复，超限超载率稳控在0.9%以下。")["0.9%"] == "超限超载率"
