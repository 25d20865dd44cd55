"""Round fix62a (audit 49): a 翻一番 goal is a growth of 100 % of its measure, compared with the review's growth of it (北海)."""
from __future__ import annotations

from target_cases import targets

GOALS = "地区生产总值增长7%。"


def test_doubling_is_a_growth_of_a_hundred_percent() -> None:
    """实际使用外资翻一番 (beihai L50) against 实际使用外资增长396% (L5): a growth of 100 %, below last year's."""
    t = targets("地区生产总值增长6%，实际使用外资增长396%。",
                GOALS + "精准承接产业转移升级，力争新增规上工业产值350亿元，实际使用外资翻一番。")
    row = t.loc[["翻一番"]].iloc[0]
    assert row["unit"] == "%" and float(row["value"]) == 100.0
    assert row["indicator"] == "实际使用外资增长" and float(row["baseline_value"]) == 396.0
    assert row["feasibility"] == "below_last_year"


def test_two_doublings_are_three_hundred_percent() -> None:
    """翻两番: four times the measure, a growth of 300 %."""
    t = targets("地区生产总值增长6%。", GOALS + "力争实际使用外资翻两番。")
    assert float(t.loc[["翻两番"]].iloc[0]["value"]) == 300.0


def test_a_multiple_in_digits_keeps_its_unit() -> None:
    """Neighbouring right behaviour: 储备库项目达到2倍 written in digits stays a figure in 倍."""
    t = targets("地区生产总值增长6%。", GOALS + "储备库充实项目总投资达到年度计划的2倍。")
    if "2倍" in t.index:
        assert t.loc[["2倍"]].iloc[0]["unit"] == "倍"


def test_growth_pair_of_whole_measures_gives_one_row_each() -> None:
    """力争招商引资项目投资完成、新签项目投资总额均增长10％以上 (laibin L51): two measures sharing no head, one row each."""
    t = targets("地区生产总值增长6%，新签约招商项目投资总额增长18.9％。",
                GOALS + "力争招商引资项目投资完成、新签项目投资总额均增长10％以上。")
    names = list(t["indicator"])
    assert "招商引资项目投资完成额增长" in names and "新签项目投资总额增长" in names
    assert t[t["indicator"] == "新签项目投资总额增长"].iloc[0]["feasibility"] == "below_last_year"


def test_projects_and_funds_sharing_jun_are_two_rows() -> None:
    """全年引入沪苏浙区域重点项目和实际到位资金均增长10%以上 (tongling L47): one row each, 均 out of the names."""
    names = list(targets("地区生产总值增长6%。", GOALS + "全年引入沪苏浙区域重点项目和实际到位资金均增长10%以上。")["indicator"])
    assert "引入沪苏浙区域重点项目增长" in names and "实际到位资金增长" in names


def test_shared_head_pair_keeps_its_head() -> None:
    """Neighbouring right behaviour: 巴山肉牛、南江黄羊饲养量均增长8%以上 still gives each breed its 饲养量."""
    names = list(targets("地区生产总值增长6%。", GOALS + "巴山肉牛、南江黄羊饲养量均增长8%以上。")["indicator"])
    assert "巴山肉牛饲养量增长" in names and "南江黄羊饲养量增长" in names


def test_growth_of_a_count_is_no_baseline_of_investment_growth() -> None:
    """重大项目完成投资增长4％ (laibin L56) against 推进重大项目829个、增长18.3％ (L7): the count's growth, refused."""
    t = targets("地区生产总值增长6%，推进重大项目829个、增长18.3％，数量为历年新高。",
                GOALS + "力争重大项目完成投资增长4％。")
    row = t.loc[["4％"]].iloc[0]
    assert row["match"] == "none" and row["feasibility"] == "no_baseline"


def test_growth_of_investment_still_finds_investment_growth() -> None:
    """Neighbouring right behaviour: 重大项目完成投资增长4％ takes 重大项目完成投资增长12％ of the review."""
    t = targets("地区生产总值增长6%，重大项目完成投资增长12％。", GOALS + "力争重大项目完成投资增长4％。")
    assert float(t.loc[["4％"]].iloc[0]["baseline_value"]) == 12.0


def test_a_planned_deficit_is_exact_not_a_ceiling() -> None:
    """今年拟安排财政赤字2.18万亿元，比去年增加5600亿元 (national_2016): an amount planned, exact, not met_already."""
    t = targets("国内生产总值增长6.9%。", "国内生产总值增长6.5%—7%。今年拟安排财政赤字2.18万亿元，比去年增加5600亿元，赤字率提高到3%。")
    row = t.loc[["2.18万亿元"]].iloc[0]
    assert row["target_kind"] == "exact" and row["feasibility"] != "met_already"


def test_a_deficit_ratio_raised_to_stays_a_ceiling() -> None:
    """Neighbouring right behaviour: 赤字率提高到3% with no planning word keeps its ceiling."""
    t = targets("国内生产总值增长6.9%。", "国内生产总值增长6.5%—7%。赤字率提高到3%。")
    assert t.loc[["3%"]].iloc[0]["target_kind"] == "ceiling"


def test_measures_opening_alike_keep_their_subject() -> None:
    """Neighbouring right behaviour: 规上工业亩均税收、亩均增加值均增长10%以上 (绍兴): 规上工业 given to 亩均增加值 too."""
    names = list(targets("地区生产总值增长6%。", GOALS + "规上工业亩均税收、亩均增加值均增长10%以上。")["indicator"])
    assert "规上工业亩均增加值增长" in names
