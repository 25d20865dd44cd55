"""Round 150, fix150i (held-out sets 71 and 72): lists sharing one unit, one figure or one scope. In 「A、B增速分别提高N个和M个
百分点」 the unit after the last figure is every member's (个 there counts nothing), the zone the first member opens with
heads every member, 增速 after the last is every member's measure and a zone's revenue takes no city key; 「A、B恢复到
Y年的N%」 is one share per member; a per-county scope (每个县区) carries to the next comma clause unless it names the whole.
Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

import pandas as pd

from target_cases import names_by_text, targets

_REVIEW = "全市地区生产总值增长3%，一般公共预算收入增长2%。"


def test_points_list_shares_its_unit_zone_and_growth() -> None:
    # 亳州 力争省级开发区经营（销售）收入、一般公共预算收入增速较上年分别提高1.5个和2个百分点 (rows 65, 66)
    plan = "支持省级开发区做大总量，力争省级园区营业收入、一般公共预算收入增速较上年分别提高1.5个和3个百分点，争先进位。"
    t = targets(_REVIEW, plan)
    assert t.loc["1.5个", "unit"] == "个百分点" and t.loc["1.5个", "indicator"] == "省级园区营业收入增速提高"
    assert t.loc["3个百分点", "indicator"] == "省级园区一般公共预算收入增速提高"
    key = t.loc["3个百分点", "indicator_key"]
    assert pd.isna(key) or key == ""  # a zone's revenue growth: no city key (general_budget_revenue_growth)


def test_count_list_keeps_its_counter() -> None:
    # the boundary: two counts joined by 和 keep 个 (no unit of points after them)
    t = targets(_REVIEW, "新建省级园区2个和市级园区5个。")
    assert "2个" in set(t["text"]) and set(t["unit"]) == {"个"}


def test_growth_word_reaches_members_only_when_raised() -> None:
    # a raise in points gives 增速 to each member; a list of levels (分别达到) keeps its members' own names
    names = names_by_text(_REVIEW, "地区生产总值、一般公共预算收入增速分别提高1个和2个百分点。")
    assert names["1个"] == ["地区生产总值增速提高"]
    names = names_by_text(_REVIEW, "城镇化率、规上工业增加值增速分别达到60%和8%。")
    assert names["60%"] != ["城镇化率增速达到"]


def test_recovery_list_gives_each_member_a_row() -> None:
    # 亳州 力争旅游总收入、接待国内旅游人数恢复到2019年的75%以上 (row 40 and the missed 旅游总收入)
    names = names_by_text(_REVIEW, "推动文旅产业发展，力争全市旅游收入、接待游客人数恢复到2019年的80%以上。")
    assert names["80%"] == ["旅游收入恢复率", "游客人数恢复率"]


def test_single_recovery_stays_one_row() -> None:
    # the boundary: one member, or a list with a figure each, is not split
    names = names_by_text(_REVIEW, "力争接待游客人数恢复到2019年的80%。")
    assert len(names["80%"]) == 1


def test_per_county_scope_carries_to_next_comma_clause() -> None:
    # 济宁 每个县市区至少新增合作院所3家以上，引进院士等高层次人才2人以上 (row 18)
    names = names_by_text(_REVIEW, "对接大院大所，每个县区至少新增合作院所3家以上，引进院士等高层次人才2人以上。")
    assert names["2人"][0].startswith("每个县区")


def test_per_county_scope_stops_at_the_whole() -> None:
    # the boundary: a clause naming 全市 is the city's
    names = names_by_text(_REVIEW, "对接大院大所，每个县区至少新增合作院所3家以上，全市引进高层次人才8人以上。")
    assert not names["8人"][0].startswith("每个")


def test_share_list_gives_each_whole_the_part() -> None:
    # regression corpus: 非煤电产业占GDP、规上工业增加值、税收收入的比重分别提高1.4个、2.1个、9.7个百分点 (points now, so the
    # members must be shares of the part, not the wholes' growth)
    names = names_by_text(_REVIEW, "新兴产业占GDP、规上工业增加值、税收收入的比重分别提高1.5个、2.5个、9.5个百分点。")
    assert names["2.5个"] == ["新兴产业占规上工业增加值比重提高"]
