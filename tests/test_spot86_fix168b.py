"""Round 168, fix168b (held-out set 86: 徐州 2016, 汕头 2018, 衡阳 2020): non-targets and dropped targets. A set's lifetime
cost beside the year's amount (总投资…，其中年度实施N项、投资M), counts that only number the named items before them
(抓好A、B2个…), a planned project's size in a layout (规划建设N公里的…走廊) and a policy's article count (不折不扣落实…20条、
…等政策) are no targets; 完成N人的…任务, 创建N个以上的… and a second 100%…目标 are. Paraphrased texts through the real reader
and extractor."""
from __future__ import annotations

from target_cases import targets

_REVIEW = "全市地区生产总值增长7%。"


def _texts(plan: str) -> set[str]:
    return set(targets(_REVIEW, plan)["text"])


def test_lifetime_cost_beside_the_years_share_after_its_count() -> None:
    # 计划实施重大项目180项、总投资3611亿元，其中年度实施156项、投资739亿元: the 总投资 is the set's size
    got = _texts("计划实施重大项目120项、总投资2500亿元，其中年度实施100项、投资600亿元。")
    assert "2500亿元" not in got and {"120项", "600亿元"} <= got


def test_total_without_the_years_share_stays() -> None:
    # guard: no year's amount after it, the total stays as it was
    got = _texts("计划实施重大项目120项、总投资2500亿元，带动社会投资增长。")
    assert "2500亿元" in got


def test_count_of_long_named_members_under_tending() -> None:
    # 抓好A工矿区改造、B沉陷区治理2个国家级项目; 抓好A沿线、B老区2个…重点片区的综合开发
    got = _texts("抓好东山独立工矿区改造、西河采煤沉陷区治理2个国家级项目。抓好南岭故道沿线、北坡革命老区2个扶贫开发重点片区的综合开发。")
    assert "2个" not in got


def test_count_other_than_the_names_stays() -> None:
    # guard: three names, a count of 5: the count is more than the names, a goal
    got = _texts("抓好东山独立工矿区改造、西河采煤沉陷区治理5个国家级项目。")
    assert "5个" in got


def test_task_of_people_after_complete_is_a_goal() -> None:
    # 年内确保完成17.5万人的脱贫攻坚任务
    got = _texts("加快推进低收入人口增收，年内确保完成12.5万人的脱贫攻坚任务。")
    assert "12.5万人" in got


def test_group_acted_on_stays_no_goal() -> None:
    # guard: 保障好N人的… with no task verb is the group acted on
    got = _texts("保障好300万人的饮水安全。")
    assert "300万人" not in got


def test_count_floor_after_create_is_a_goal() -> None:
    # 年内创建5个以上的达标重点中心镇和特色小城镇
    got = _texts("完成10个重点镇环境整治任务，年内创建4个以上的达标重点中心镇和特色小城镇。")
    assert "4个" in got


def test_planned_length_in_a_layout_is_no_goal() -> None:
    # 内海湾规划建设27.5公里的滨海走廊
    got = _texts("内海湾规划建设31.5公里的滨海走廊，打造休闲商务区。建设绿道20公里。")
    assert "31.5公里" not in got and "20公里" in got


def test_policy_article_count_under_carry_out() -> None:
    # 不折不扣落实…《…意见》和优化营商环境20条、减税降费等政策
    got = _texts("不折不扣落实国务院《关于支持民营企业发展的意见》和优化营商环境30条、减税降费等政策。")
    assert "30条" not in got


def test_second_full_share_goal_is_kept() -> None:
    # 主干道装灯率100% … 实现全市建制村通客运班车100%目标: two goals, no restatement
    got = targets(_REVIEW, "主干道装灯率达到100%。实现全市建制村通客运班车100%目标。")
    assert list(got["text"]).count("100%") == 2


def test_same_growth_before_target_is_still_a_restatement() -> None:
    # guard: 增长6%左右 then 6%左右的预期目标 stays one row
    got = targets(_REVIEW, "地区生产总值增长6%左右。努力实现6%左右的预期增长目标。")
    assert list(got["text"]).count("6%") == 1


def test_terms_whole_beside_the_years_share() -> None:
    # 加快推进69万低收入人口增收脱贫，年内确保完成17.5万人的脱贫攻坚任务: the 69万 is the term's whole
    got = _texts("加快推进50万低收入人口增收脱贫，年内确保完成12.5万人的脱贫攻坚任务。")
    assert "50万" not in got and "12.5万人" in got


def test_two_people_goals_without_a_year_word_stay() -> None:
    # guard: no year word opens the second clause, both stay goals
    got = _texts("城镇新增就业8万人，农村劳动力转移4万人。")
    assert {"8万人", "4万人"} <= got


def test_long_members_closed_by_examples_stay() -> None:
    # guard: 推动A一期二三阶段、B二期等2个百亿元产业项目投产: a list by example, the count stays as before
    got = _texts("推动东方一期二三阶段、西岭二期等2个百亿元产业项目投产。")
    assert "2个" in got
