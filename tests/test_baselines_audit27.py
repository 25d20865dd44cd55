"""Baselines after audit 27 (docs/audits/targets_27.md, fault class "baselines refused because the review names the
same measure otherwise"): paraphrased sentences run through the real reader and extractor."""
from __future__ import annotations

from target_cases import targets

GOALS = "地区生产总值增长5%左右。"


def test_niandu_opening_a_review_name_says_when_not_of_what_scope() -> None:
    """年度新增X N家 (like 全年新增X) is the year's flow of X: the baseline of 新增X M家 (WX24#8)."""
    t = targets("经营主体持续壮大，年度新增规上工业企业420家、居全省前列。", GOALS + "推动小升规，新增规上工业企业300家以上。")
    assert t.loc["300家", "baseline_text"] == "420家"


def test_peiyu_above_size_industrial_firms_are_firms_grown_above_size() -> None:
    """培育规上工业企业N家 adds firms above designated size (the kinds table reads 培育 as adding): keyed firms_upgraded
    like 新增规上工业企业, and so the baseline of 新增规上工业企业M家 (QH26#14)."""
    t = targets("实施梯度培育，培育规上工业企业95家。", GOALS + "实施企业梯度培育工程，新增规上工业企业90家以上。")
    assert t.loc["90家", "indicator_key"] == "firms_upgraded"
    assert t.loc["90家", "baseline_text"] == "95家"


def test_a_quality_raising_programme_and_raising_and_rebuilding_are_one_work() -> None:
    """实施N座X品质提升工程 and M座X提升改造 (tables_synonyms.csv) count the same places improved (WX24#55)."""
    t = targets("实施90座桥下空间品质提升工程，新增绿地200公顷。", GOALS + "实施20条背街小巷和30座桥下空间提升改造。")
    assert t.loc["30座", "baseline_text"] == "90座"
