"""Flow words after audit 47 (阜阳, fault classes 1 and 2): one list (data/tables_words.json flow_words) says a count is the
year's addition, for targets and review figures alike (tables/measures.FLOW_WORDS, ADDED, stock_for_a_flow); and (梧州)
三次产业 before 分别 is written out member by member (data/name_subjects.json contracted_lists)."""
from __future__ import annotations

import pandas as pd

from target_cases import targets

GOALS = "地区生产总值增长7%。"


def _base(t: pd.DataFrame, text: str) -> str:
    value = t.loc[[text]]["baseline_text"].iloc[0]
    return "" if pd.isna(value) else str(value)


def test_a_net_addition_is_not_measured_by_the_stock_reached() -> None:
    """净增高新技术企业130家 (row 7) is a year's net addition: 高新技术企业达到730家 is the stock, no baseline."""
    t = targets("高新技术企业达到730家，高新技术产业增加值增长13.6%、占规上工业的34.9%。",
                GOALS + "持续实施科技企业“双倍增两清零一提升”行动，净增高新技术企业130家、科技型中小企业200家以上。")
    assert _base(t, "130家") == ""


def test_new_entries_of_the_review_are_the_baseline_of_entries_to_add() -> None:
    """新增入库限上单位400家以上 (row 40) takes 新入库限上单位423家, the year's entries; 总数达到1779家 is the stock."""
    t = targets("新入库限上单位423家，总数达到1779家。",
                GOALS + "以“徽动消费·乐享阜阳”为主题，实施消费促进行动，新增入库限上单位400家以上。")
    assert _base(t, "400家") == "423家"


def test_a_year_addition_kept_against_a_review_addition() -> None:
    """Neighbouring right behaviour: 新增规上工业企业200家 still takes 新增规上工业企业175家 (row 10), not the stock."""
    t = targets("新增规上工业企业175家，总数达到1613家。",
                GOALS + "新增规上工业企业200家。")
    assert _base(t, "200家") == "175家"


def test_sanci_chanye_before_fenbie_names_each_industry() -> None:
    """三次产业分别增长5%、9%、6% (梧州 rows 1–3) → 第一/第二/第三产业增长, each with its member of the review's
    一、二、三产业分别增长4.6%、6.2%、3.9%; GDP kept on its own figure."""
    t = targets("全市地区生产总值增长4.8%，连续四年高于全区平均水平；一、二、三产业分别增长4.6%、6.2%、3.9%，规上工业增加值增长7.5%。",
                "今年经济社会发展主要预期目标是：地区生产总值增长7%左右，三次产业分别增长5%、9%、6%。")
    assert [t.loc[[v]]["indicator"].iloc[0] for v in ("5%", "9%", "6%")] == ["第一产业增长", "第二产业增长", "第三产业增长"]
    assert [_base(t, v) for v in ("7%", "5%", "9%", "6%")] == ["4.8%", "4.6%", "6.2%", "3.9%"]
