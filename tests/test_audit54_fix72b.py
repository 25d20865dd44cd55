"""Baselines after audit 54 (fix72b): a count of projects named by examples in one policy area is no baseline of a count
named by examples in another (广安 rows 10, 17, 45; 池州 row 47), and a review figure after a clause of its own naming a part
of a year (…，1-11月，677个…) is that part's, no year's baseline (池州 row 41); beside each, the neighbouring right
behaviour kept."""
from __future__ import annotations

import pandas as pd
from target_cases import baseline_of as _base, targets

from govreport import extract_quantities, read_text
from govreport.tables import build_targets

GOALS = "地区生产总值增长6%左右。"
TRANSPORT = "以大会战打通畅联之路，广安机场签订军地协议，新开工机场大道等项目20个、建成罗渡渠江大桥等项目10个，完成综合交通投资150亿元。"


def _with_categories(review: str, plan: str, categories: dict[str, str]) -> pd.DataFrame:
    """build_targets of a review and a plan part, some figures given the policy area their paragraphs give them in the report."""
    q = extract_quantities(read_text(f"政府工作报告\n一、2023年工作回顾\n{review}\n二、2024年重点工作\n{plan}\n"))
    for text, category in categories.items():
        q.loc[q["text"] == text, "category"] = category
    return build_targets(q).set_index("text", drop=False)


def test_examples_of_another_field_are_no_baseline() -> None:
    """新开工玖源己二胺等52个项目 (investment) against the transport paragraph's 新开工机场大道等项目20个 (广安 row 17): none."""
    plan = GOALS + "新开工玖源己二胺等52个项目，加快建设和邦生物等23个项目，完成投资350亿元以上。"
    assert _base(_with_categories(TRANSPORT, plan, {"20个": "infrastructure", "52个": "investment"}), "52个") == ""
    assert _base(_with_categories(TRANSPORT, plan, {"20个": "investment", "52个": "investment"}), "52个") == "20个"


def test_a_count_without_examples_keeps_a_review_count_named_by_examples() -> None:
    """开工项目600个以上 names no examples: the review's 新开工米仓山大峡谷旅游景区等项目828个 stays its baseline (广元)."""
    t = targets("大力实施“四新一盘活”行动，新开工米仓山大峡谷旅游景区等项目828个，新竣工万顺中基高精铝板带箔等项目988个。",
                GOALS + "全年开展重大项目现场推进活动4批次、开工项目600个以上。", 2023)
    assert _base(t, "600个") == "828个"


def test_a_part_of_the_year_in_its_own_clause_is_no_baseline() -> None:
    """建立重大项目推进机制，1-11月，677个市重点项目完成投资521.4亿元 (池州 row 41): 实施市重点项目455个 takes none."""
    t = targets("建立重大项目“五个一”推进机制，1-11月，677个市重点项目完成投资521.4亿元。",
                GOALS + "实施市重点项目455个，完成投资525亿元。", 2022)
    assert _base(t, "455个") == ""


def test_the_whole_year_after_the_part_keeps_the_baseline() -> None:
    """…，1-11月，…；全年677个市重点项目…: the ； and 全年 end the part, the count is the year's again."""
    t = targets("建立重大项目“五个一”推进机制，1-11月，工业投资增长32.7%；全年677个市重点项目完成投资521.4亿元。",
                GOALS + "实施市重点项目455个，完成投资525亿元。", 2022)
    assert _base(t, "455个") == "677个"
