"""Spot audit 37 (round 92, fix92c): non-targets left in 绥化 and 黔东南, the 去化周期 ceiling of 营口 (docs/audits, spot 37)."""
from __future__ import annotations

from target_cases import baseline_of, targets

REVIEW = "城镇新增就业30万人。"


def test_focus_fields_with_a_quoted_name_are_no_goal() -> None:
    """聚焦“四化”和基础设施5个领域在建项目以及…3个领域拟招项目: the fields of a mechanism (黔东南 rows 16, 17)."""
    t = targets(REVIEW, "建立“5+3”抓项目机制，聚焦“四化”和基础设施5个领域在建项目以及工业、农业、服务业3个领域拟招项目，压实各方责任。"
                        "新建项目5个。")
    assert list(t.index) == ["5个"] and t.iloc[0]["sentence"].startswith("新建")  # only the control sentence's count


def test_funds_already_won_put_to_use_are_no_goal() -> None:
    """抓好已获得…资金支持的73个项目，确保44亿元国家政策性资金落地见效: funds in hand (绥化 row 43); 争取…50亿元 stays."""
    t = targets(REVIEW, "抓好已获得中央预算内、专项债券资金支持的73个项目，确保44亿元国家政策性资金落地见效。"
                        "争取政策性资金50亿元，确保资金落地见效。")
    assert "44亿元" not in t.index and "50亿元" in t.index


def test_reserve_pool_prepared_is_no_goal() -> None:
    """加快…996个“两重”、…1009个“两新”等谋划储备项目前期工作: the pool there is (绥化 rows 44, 45); 做好10个电站前期工作 stays."""
    t = targets(REVIEW, "加快总投资1031亿元的996个“两重”、总投资434亿元的1009个“两新”等谋划储备项目前期工作。做好10个电站前期工作。")
    assert "996个" not in t.index and "1009个" not in t.index and "10个" in t.index


def test_destocking_cycle_is_a_level_with_its_review_baseline() -> None:
    """商品住宅去化周期不超过18个月 against 去化周期回落到21.7个月 (营口 L45, review L12)."""
    t = targets("商品房库存持续下降，去化周期回落到21.7个月。", "统筹消化存量商品房，商品住宅去化周期不超过18个月，守住底线。")
    row = t.loc["18个月"]
    assert row["measure"] == "level" and row["target_kind"] == "ceiling" and baseline_of(t, "18个月") == "21.7个月"
