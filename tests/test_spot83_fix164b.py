"""Round 164, fix164b (held-out set 83): a 、 list bound by 均 + a floor before a share of a whole (争取A、B均不少于全省总额的
10%) gives one share row per member; scopes written side by side before one measure bound by 均 (州内省内市场占有率均提高2个
百分点) give one row per scope; a count of small firms that grow into 规上 firms is the flow of firms upgraded, not the stock of
规上 firms. Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

from target_cases import names_by_text, targets

_REVIEW = "全年地区生产总值增长6%，规模以上工业企业达到900家。"


def test_bound_list_before_a_share_of_the_whole_is_one_row_per_member() -> None:
    # 楚雄 row 50: 争取预算内资金、专项债券均不少于全省总额的10%
    got = names_by_text(_REVIEW, "强化要素保障，争取中央预算内资金、地方政府专项债券均不少于全省总额的12%。")
    assert got["12%"] == ["中央预算内资金占全省比重", "地方政府专项债券占全省比重"]


def test_a_list_of_rates_bound_by_jun_is_not_taken_as_shares() -> None:
    # near miss: members that are rates already take no share of a whole
    got = names_by_text(_REVIEW, "农村自来水普及率、卫生厕所普及率均不低于全省的95%。")
    assert not any("占全省比重" in n for names in got.values() for n in names)


def test_scopes_side_by_side_before_one_measure_are_one_row_each() -> None:
    # 延边 row 21: 争取州内省内市场占有率均提高2个百分点
    got = names_by_text(_REVIEW, "支持本地卷烟产品提档升级，争取市内省内市场占有率均提高3个百分点。")
    assert got["3个百分点"] == ["市内市场占有率提高", "省内市场占有率提高"]


def test_one_scope_before_a_measure_stays_one_row() -> None:
    # near miss: one scope only
    got = names_by_text(_REVIEW, "支持本地卷烟产品提档升级，争取省内市场占有率提高3个百分点。")
    assert len(got["3个百分点"]) == 1


def test_small_firms_grown_into_above_size_firms_are_a_flow() -> None:
    # 周口 row 24: 促进66家小型企业发展为规模以上企业
    t = targets(_REVIEW, "扶持5家中型企业升级为大型企业，促进70家小型企业发展为规模以上企业。")
    row = t.loc[["70家"]].iloc[-1]
    assert row["measure"] == "flow" and row["indicator_key"] == "firms_upgraded"
    assert str(row["baseline_text"]) in ("", "nan")  # the 900 above-size firms are the stock, no baseline of the flow


def test_the_stock_of_above_size_firms_keeps_its_key() -> None:
    # near miss: the stock itself
    t = targets(_REVIEW, "规模以上工业企业达到1000家。")
    assert t.loc[["1000家"]].iloc[-1]["indicator_key"] == "industrial_firms_above_size"
