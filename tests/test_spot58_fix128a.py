"""Held-out audit 58 (张家界, 邵阳, 阳江, 商洛 2023), round fix128a: non-targets and missed targets (a list a place is one
of, the rest of the places as a goal's subject, a pace verb over a 和 list, a counted set's total after its count,
在上年基础上 as a comparison base, 促进 over a named set, the own end of a 、 member)."""
from __future__ import annotations

from target_cases import targets


def _texts(review: str, plan: str) -> set[str]:
    return set(targets(review, plan)["text"])


def test_a_count_of_a_list_a_place_is_one_of_is_no_goal() -> None:
    # 张家界 rows 12, 13: 张家界是全国25个重点旅游城市和20个革命老区重点城市之一
    got = _texts("新增城市2个。", "张家界是全国25个重点旅游城市和20个革命老区重点城市之一，要加强研究。新建公园3个。")
    assert "25个" not in got and "20个" not in got and "3个" in got
    # 之一 in another clause says nothing of the count before it
    assert "25个" in _texts("新增城市2个。", "培育示范村25个，力争成为全省先进县之一。")


def test_the_rest_of_the_places_is_the_subject_of_a_goal() -> None:
    # 邵阳 row 39: 其他7个县每年城镇化率要提高1个百分点以上 (the rate stays)
    got = _texts("城镇化率提高1个百分点。", "邵东、武冈每年城镇化率要提高1.5个百分点以上，其他7个县每年城镇化率要提高1个百分点以上。")
    assert "7个" not in got and {"1个百分点", "1.5个百分点"} <= got
    # the rest of a set of projects, no place and no 要: left as it was
    assert "7个" in _texts("新开工项目30个。", "其余7个项目全部开工。")


def test_a_pace_verb_covers_a_count_after_a_named_member() -> None:
    # 阳江 row 47: 加快海陵岛—阳西渔港经济区和3个国家级海洋牧场示范区建设 (a set under way, as 加快6个抽水蓄能电站建设)
    got = _texts("新增国家级海洋牧场示范区1个。", "加快海陵岛—阳西渔港经济区和3个国家级海洋牧场示范区建设，力促水产品总产量达120万吨以上。")
    assert "3个" not in got and "120万吨" in got
    # built, not sped up: a goal
    assert "3个" in _texts("新开工项目30个。", "建成海陵岛—阳西渔港经济区和3个国家级海洋牧场示范区。")


def test_a_total_investment_after_a_count_written_after_its_noun_is_the_sets_size() -> None:
    # 商洛 row 10: 实施市级重点项目239个，总投资2139亿元，年度投资656亿元
    got = _texts("完成投资500亿元。", "实施市级重点项目239个，总投资2139亿元，年度投资656亿元、增长25%。")
    assert "2139亿元" not in got and {"239个", "656亿元"} <= got
    # after size classes (the list's total, audit 43) and with no year's investment after it (the pool): goals
    assert "532亿元" in _texts("完成投资500亿元。", "实施亿元以上项目78个，千万元以上项目43个，总投资532亿元，年度计划投资200亿元。")
    assert "3000亿元" in _texts("完成投资500亿元。", "力争纳入省级储备项目1000个以上，总投资3000亿元以上。")


def test_last_years_base_is_no_year_of_the_figure() -> None:
    # 邵阳 missed 1: 一般性支出、非重点非刚性支出在上年基础上再压减10% in the plan part: a cut of the plan year
    got = _texts("一般性支出压减5%。", "牢固树立过紧日子思想，一般性支出、非重点非刚性支出在上年基础上再压减10%，将更多财力用到保民生上。")
    assert "10%" in got
    # in the review part it stays last year's result, the baseline of the plan's cut
    t = targets("一般性支出在上年基础上压减5%。", "一般性支出在上年基础上再压减10%。")
    assert t.loc["10%", "baseline_text"] == "5%"


def test_each_member_of_a_stage_list_is_read_by_its_own_end() -> None:
    # 阳江 missed 2: 57个续建项目加快建成 is a completion, a goal like its siblings
    plan = "加快实施总投资2883.4亿元的112个市重点项目，推动20个投产项目加快达产、57个续建项目加快建成、35个新开工项目加快进度。"
    assert {"20个", "57个", "35个"} <= _texts("新开工项目30个。", plan)
    # a 续建 member whose own end is 建设 stays the set under way, whatever its sibling's end
    got = _texts("新开工项目30个。", "推动10个续建项目加快建设、5个新开工项目加快进度。")
    assert "10个" not in got and "5个" in got


def test_promoting_a_named_set_of_projects_counts_them_as_pushing_does() -> None:
    # 阳江 missed 1: 促进东方电气整机等11个项目加快建设 (推动…等18个重点产业项目加快建设 stays a goal, held-out audit 52)
    plan = "加快国际风电城规划落地实施，谋划推进核心区建设，促进东方电气整机等11个项目加快建设，打造国际一流海上风电全产业链基地。"
    assert "11个" in _texts("新开工项目30个。", plan)
    # examples closed by 等 under a verb of no project work: still the set named (洛阳等10个国家物流枢纽)
    assert "10个" not in _texts("新开工项目30个。", "依托洛阳等10个国家物流枢纽，发展多式联运。")
