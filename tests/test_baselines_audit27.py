"""Baselines after audit 27 (docs/audits/targets_27.md, fault class "baselines refused because the review names the
same measure otherwise"): paraphrased sentences run through the real reader and extractor."""
from __future__ import annotations

from target_cases import targets

GOALS = "地区生产总值增长5%左右。"


def test_niandu_opening_a_review_name_says_when_not_of_what_scope() -> None:
    """年度新增X N家 (like 全年新增X) is the year's flow of X: the baseline of 新增X M家 (WX24#8)."""
    t = targets("经营主体持续壮大，年度新增规上工业企业420家、居全省前列。", GOALS + "推动小升规，新增规上工业企业300家以上。")
    assert t.loc["300家", "baseline_text"] == "420家"
