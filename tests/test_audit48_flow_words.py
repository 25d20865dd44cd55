"""Flow words after audits 48/49 (宣城 row 45, 永州 row 34): 新获认定, 获认定 and 认定备案 join the one flow-word list
(data/tables_words.json flow_words); a flow word is no scope (tables/noun_words._verb_noise), and a target naming one is
no level target (tables/level_baselines: 新认定…140家 never takes the stock 总数达582家)."""
from __future__ import annotations

import pandas as pd

from govreport.tables.name_scopes import scope_of
from target_cases import targets

GOALS = "地区生产总值增长7%。"


def _base(t: pd.DataFrame, text: str) -> str:
    value = t.loc[[text]]["baseline_text"].iloc[0]
    return "" if pd.isna(value) else str(value)


def test_a_recognition_verb_is_no_scope() -> None:
    """新获认定高新技术企业 and 新增高新技术企业 count the same firms: no scope 获 left (宣城 row 45)."""
    assert scope_of("新获认定高新技术企业数", "high_tech_enterprises") == ""
    assert scope_of("获认定国家级高新技术企业数", "high_tech_enterprises") == scope_of("国家级高新技术企业数", "high_tech_enterprises")


def test_newly_recognised_firms_take_the_review_addition() -> None:
    """新获认定高新技术企业300家 takes 新增…高新技术企业135家 of the review (宣城 row 45)."""
    t = targets("新增科技型中小企业446家、高新技术企业135家，创历年之最。",
                GOALS + "实施科技创新企业倍增行动，新获认定高新技术企业300家、科技型中小企业500家。")
    assert _base(t, "300家") == "135家"


def test_a_recognition_target_never_takes_the_stock_reached() -> None:
    """新认定高新技术企业140家 adds in the year: not 总数达582家, the stock (永州 row 34)."""
    t = targets("净增高新技术企业72家、总数达582家。",
                GOALS + "新认定高新技术企业140家，新增发明专利授权160件。")
    assert _base(t, "140家") != "582家"


def test_a_level_target_still_takes_the_level_reached() -> None:
    """Neighbouring right behaviour: 达到2000万千瓦以上 is a level and takes 达到1968万千瓦, not 新增623万千瓦."""
    t = targets("全盟新能源装机新增623万千瓦、达到1968万千瓦。",
                GOALS + "全盟新能源装机达到2000万千瓦以上。")
    assert _base(t, "2000万千瓦") == "1968万千瓦"


def test_a_rank_since_a_year_is_the_year_own_growth() -> None:
    """增速为2019年以来最高 ranks the year's growth (巴中 row 0): 地区生产总值增长6% takes the review's 6%左右."""
    t = targets("预计地区生产总值增长6%左右，可望高于全国、追平全省，增速为2019年以来最高；地方一般公共预算收入增长8.2%。",
                "全市经济社会发展的主要预期目标是：地区生产总值增长6%，规上工业增加值增长8%。")
    assert _base(t, "6%") == "6%"


def test_a_span_since_a_year_is_still_several_years() -> None:
    """Neighbouring right behaviour: 2019年以来累计… is a span over years, no year's baseline."""
    t = targets("2019年以来，地区生产总值年均增长6.5%。",
                "全市经济社会发展的主要预期目标是：地区生产总值增长6%，规上工业增加值增长8%。")
    assert _base(t, "6%") == ""


def test_a_period_word_is_no_thing_shared() -> None:
    """完成年度投资35.3亿元以上 (雅安 row 3, 重大产业项目) shares only 年度 with 年度完成综合交通建设投资127亿元: no baseline."""
    t = targets("交通强市三年攻坚大会战圆满收官，年度完成综合交通建设投资127亿元，新改建普通公路813公里。",
                GOALS + "强化重大产业项目招引，扎实推动川藏路桥设施及配件生产基地等项目建设，完成年度投资35.3亿元以上。")
    assert _base(t, "35.3亿元") == ""


def test_a_time_word_still_opens_a_shared_scope() -> None:
    """Neighbouring right behaviour: 全年 before a named measure is dropped from its scope, the measure still matched."""
    t = targets("全年完成综合交通建设投资127亿元。", GOALS + "完成综合交通建设投资130亿元。")
    assert _base(t, "130亿元") == "127亿元"
