"""Round fix85c (spot audit 35, leftovers of rounds 83–84): a continued word before the things a completion counts
(15所续建学校建成投用, 赤峰 row 91), 竣工投用 as one stage with 建成投用, and a state-owned firms' 资产规模 as a stock (惠州 row 53).
Sentences from /work/notes/holdout58, shortened."""
from __future__ import annotations

from target_cases import baseline_of, targets

GOALS = "地区生产总值增长7%。"
REVIEW = "地区生产总值增长6%。"


def test_continued_schools_finished_take_the_schools_finished() -> None:
    """确保15所续建学校建成投用: 续建 says which schools, 建成投用 what they do (= 竣工投用), so 11所学校竣工投用 is its baseline
    (赤峰 L9/L60); not the 15所 that started building."""
    t = targets(REVIEW + "松山区第十七小学等15所学校开工建设，山西营中学等11所学校竣工投用，新增学位8460个。",
                GOALS + "持续优化学位供给，新开工建设16所学校，确保15所续建学校建成投用，新增学位6060个。")
    assert baseline_of(t, "15所") == "11所"


def test_state_firms_asset_scale_is_a_stock() -> None:
    """推动全市国有企业实现资产规模4500亿元以上: the assets held, a stock whose baseline is 国有企业资产总规模3300亿元 (惠州 L10)."""
    t = targets(REVIEW + "国有企业资产总规模3300亿元、增长32%。",
                GOALS + "推动全市国有企业实现资产规模4500亿元以上。")
    row = t.loc[["4500亿元"]].iloc[-1]
    assert row["measure"] == "stock"
    assert baseline_of(t, "4500亿元") == "3300亿元"
