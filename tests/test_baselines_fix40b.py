"""Baselines after audit 33, leftovers of round 39 (fix40b): a quoted name whole is alike its unquoted words, a
member's words after its figure end at the next 、, 命名 (naming titles) is a verb and no kind; a 、 pair of measures with one
change word and two figures joined by 和 pairs member k with figure k (list_baselines._pair_aliases); a sum of fewer members of the target's own list (list_sums)."""
from __future__ import annotations

import pandas as pd

from target_cases import targets

GOALS = "地区生产总值增长5%左右。"


def _base(t: pd.DataFrame, text: str, name: str = "") -> str:
    rows = t.loc[[text]]
    if name:
        rows = rows[rows["indicator"].str.contains(name)]
    value = rows["baseline_text"].iloc[0]
    return "" if pd.isna(value) else str(value)


def test_a_quoted_name_is_alike_its_unquoted_words() -> None:
    """命名示范家庭500户 for 命名…“民族团结进步示范家庭”500个 (GZ24)."""
    t = targets("深入开展“铸牢中华民族共同体意识·民族团结进家庭”实践行动，解决群众困难诉求2.7万件（次），命名示范家庭500户、"
                "优秀石榴籽工作室100个，新增国省民族团结进步示范区、示范单位21个。",
                GOALS + "丰富民族团结实现形式和载体，有形有感有效推动“铸牢中华民族共同体意识·民族团结进家庭”实践行动，命名州级民族团结进步示范单位"
                "20个、示范个人20人、教育基地2个和“优秀石榴籽工作室”100个、“民族团结进步示范家庭”500个。")
    assert _base(t, "500个") == "500户"
    assert _base(t, "100个") == "100个"


def test_a_pair_of_measures_and_two_figures_joined_by_he() -> None:
    """全市旅游收入、接待游客增长163.9%和73.9%: 旅游收入 163.9%, 接待游客 73.9% (MDJ24)."""
    t = targets("镜泊湖、雪乡、横道河子冬季旅游均创历史新高，全市旅游收入、接待游客增长163.9%和73.9%，中兴村景区晋升4A级。",
                GOALS + "确保全市接待游客、旅游收入均增长20%以上。")
    assert _base(t, "20%", "接待游客") == "73.9%"
    assert _base(t, "20%", "旅游收入") == "163.9%"


def test_a_pair_with_a_third_figure_is_no_pair() -> None:
    """Three figures after a pair of members (…增长5%、6%和7%) pair nothing."""
    t = targets("全市旅游收入、接待游客增长16%、6%和7%。", GOALS + "确保全市接待游客增长20%以上。")
    assert _base(t, "20%", "接待游客") != "6%"


def test_fewer_members_of_the_targets_own_list() -> None:
    """新增国家“绿水青山就是金山银山”实践创新基地、省级生态县4个 for 创建国家生态文明建设示范县、…实践创新基地和省级生态县3个 (GZ24#109)."""
    t = targets("色达泥拉坝湿地成为国际重要湿地，新增国家“绿水青山就是金山银山”实践创新基地、省级生态县4个。",
                GOALS + "创建国家生态文明建设示范县、国家“绿水青山就是金山银山”实践创新基地和省级生态县3个。")
    assert _base(t, "3个") == "4个"
    t = targets("新增国家森林城市、省级生态县4个。", GOALS + "创建国家生态文明建设示范县、国家“绿水青山就是金山银山”实践创新基地和省级生态县3个。")
    assert _base(t, "3个") == ""


def test_a_label_quoted_inside_a_phrase_keeps_its_marks() -> None:
    """推出“一件事一次办”应用场景322个 is no baseline of 新增创新产品100项、应用场景1000个 (NJ24)."""
    t = targets("国际商事法庭挂牌运行，推出“一件事一次办”应用场景322个，一体化政务服务能力全国领先。",
                GOALS + "加大首台（套）重大装备、首批次新材料、首版次软件等创新产品推广支持力度，新增创新产品100项、应用场景1000个。")
    assert _base(t, "1000个") == ""
