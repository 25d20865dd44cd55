"""Spot audit 38 (fix96c): a goal an annex restates in another count unit, the places where a clause's works lie, pilots
and chains worked on, and 均 pairs of two goals (docs/assumptions.md#non-targets)."""
from __future__ import annotations

from target_cases import targets

REVIEW = "城镇新增就业30万人。"


def test_a_goal_restated_in_another_count_unit_gets_no_second_row() -> None:
    """充电桩1000个 in the text, 新建充电桩1000枪以上 in the annex list (巴彦淖尔 row 62)."""
    t = targets(REVIEW, "加快新型基础设施建设，新建5G基站500个、充电桩1000个。\n某市2025年20件民生实事清单\n"
                        "12.实施便民停车行动，新建充电桩1000枪以上。（牵头单位：市住建局）")
    assert "1000个" in t.index and "1000枪" not in t.index


def test_places_where_the_works_lie_are_no_goals() -> None:
    """新建和改造7个旗县区53个行政村农村牧区集中供水工程18处 (巴彦淖尔 rows 78/79): 18处 alone."""
    t = targets(REVIEW, "新建和改造7个旗县区53个行政村农村牧区集中供水工程18处。新建村卫生室53个。")
    assert "7个" not in t.index and "18处" in t.index and "53个" in t.index  # (53个村卫生室: works, kept)
    assert t.loc["53个", "indicator"] != "新建和改造行政村农村牧区数"


def test_pilots_attended_to_and_chains_pushed_on_are_sets() -> None:
    """持续抓好16个…试点社区建设, 推动11条…产业链向下游延伸 (巴彦淖尔 rows 49, 29); 建设20个试点社区 stays."""
    t = targets(REVIEW, "推动11条农牧业重点产业链向下游延伸、价值链向中高端攀升。持续抓好16个自治区级互嵌式发展试点社区建设，建设20个试点社区。")
    assert "11条" not in t.index and "16个" not in t.index and "20个" in t.index


def test_a_pair_of_goals_sharing_one_figure_gets_two_rows() -> None:
    """行政成本、临聘人员均压减15%以上 (张家界 row 32); 公安综合窗口和“一站式”派出所占比均达到90%以上 (巴彦淖尔 row 76);
    基本养老、医疗保险参保率稳定在95%以上 (巴彦淖尔 missed M1)."""
    t = targets(REVIEW, "行政成本、临聘人员均压减15%以上。公安综合窗口和“一站式”派出所占比均达到90%以上。"
                        "基本养老、医疗保险参保率稳定在95%以上。")
    assert list(t.loc["15%", "indicator"]) == ["行政成本压减", "临聘人员压减"]
    assert list(t.loc["90%", "indicator"]) == ["公安综合窗口占比", "一站式派出所占比"]
    assert list(t.loc["95%", "indicator_key"]) == ["pension_insurance_coverage", "medical_insurance_coverage"]
