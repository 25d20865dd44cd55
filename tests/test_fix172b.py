"""Round 172, fix172b (held-out set 90 汕头 2021, rows 4 and 8): a five-year recap with no section of its own for the review year.

- 年均 rates only its own ；-item: in 2020年，财政收入…年均增长10.3%；一般公共预算收入143.45亿元，同比增长3.8% the 3.8% is 2020's, and
  an item stating a change on the year before (同比增长) is the year's whatever span an earlier item names (extract/scopes.year_chain).
- A count of a stock key the recap says was built by a completion verb alone (建成开通5G基站4000座) is the stock at the term's end,
  the review year's (tables/term_levels.built_stock_in_term); 五年新建 / 累计建成 stay the term's.
Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

import pandas as pd

from govreport import extract_quantities, read_text
from govreport.tables import build_targets
from tests.target_cases import baseline_of, class_of

_LEAD = "过去的五年，是汕头经济社会发展迈上新台阶的五年。五年来，我们主要做了以下工作：\n"
_SECTION = "（二）有效应对复杂严峻的内外部环境，经济综合实力不断提升。2020年，全市实现地区生产总值2730.58亿元，增长2.0%，五年间年均增长6.5%。"
_GOALS = "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，地方一般公共预算收入增长5%。\n"


def _targets(review: str, plan: str = "") -> pd.DataFrame:
    """The targets of a recap under 一、“十三五”时期工作回顾 (a 五年来 lead, then a numbered section) and the 2021 plan."""
    text = (f"政府工作报告\n一、“十三五”时期工作回顾\n{_LEAD}{_SECTION}{review}\n"
            f"二、2021年工作安排\n{_GOALS}{plan}\n")
    return build_targets(extract_quantities(read_text(text))).set_index("text", drop=False)


def _years(review: str) -> dict[str, object]:
    """year_from of each review figure of the recap (None where it has none)."""
    text = f"政府工作报告\n一、“十三五”时期工作回顾\n{_LEAD}{_SECTION}{review}\n二、2021年工作安排\n{_GOALS}"
    q = extract_quantities(read_text(text))
    return {str(t): (None if pd.isna(y) else int(y)) for t, y in zip(q["text"], q["year_from"])}


def test_an_average_rates_only_its_own_item() -> None:
    review = "2020年，来源于我市的财政收入510.63亿元，年均增长10.3%；一般公共预算收入143.45亿元，同比增长3.8%。"
    t = _targets(review)
    assert baseline_of(t, "5%") == "3.8%" and class_of(t, "5%") == "modest"
    years = _years(review)
    assert years["143.45亿元"] is None and years["3.8%"] is None


def test_a_change_on_the_year_before_is_the_years_after_a_total() -> None:
    review = "2020年，五年累计完成固定资产投资1万亿元；一般公共预算收入143.45亿元，同比增长3.8%。"
    assert baseline_of(_targets(review), "5%") == "3.8%"


def test_an_items_own_average_and_an_earlier_total_still_span_the_term() -> None:
    # near misses: the item's own 年均, and a 累计 before an item with no change on the year before, stay the term's
    own = "2020年，来源于我市的财政收入510.63亿元，增长3.1%；一般公共预算收入143.45亿元，年均增长3.8%。"
    assert baseline_of(_targets(own), "5%") == ""
    assert _years(own)["3.8%"] == 2016
    total = "2020年，五年累计完成固定资产投资1万亿元；一般公共预算收入143.45亿元，增长3.8%。"
    t = _targets(total)
    assert baseline_of(t, "5%") == ""
    assert "over several years" in str(t.loc[["5%"]].iloc[-1]["match_reason"])


_FIVE_G = "（三）数字经济加快发展，{}，我市5G产业园成为广东首批3个5G产业园之一。"
_PLAN_5G = "建设数字经济新高地，建成6800座5G基站，加快5G产业园和数据中心建设。"


def test_a_stock_built_in_the_recap_is_the_stock_at_the_terms_end() -> None:
    t = _targets(_FIVE_G.format("建成开通5G基站4000座"), _PLAN_5G)
    assert baseline_of(t, "6800座") == "4000座" and class_of(t, "6800座") == "stretch"
    assert int(t.loc[["6800座"]].iloc[-1]["baseline_year"]) == 2020


def test_a_stock_built_over_the_term_or_added_stays_the_terms() -> None:
    # near misses: 五年新建 (a flow over the term), 累计建成 (a total), 新建成 (the additions) are no stock at the term's end
    for clause in ("五年新建5G基站4000座", "累计建成开通5G基站4000座", "新建成5G基站4000座"):
        t = _targets(_FIVE_G.format(clause), _PLAN_5G)
        assert baseline_of(t, "6800座") == "", clause
