"""Round 154, fix154c (held-out set 75): list sizes, policy labels, standing sets and counts done already read as count
targets. Paraphrased sentences through the real reader and extractor; each near-miss beside them must stay a goal."""
from __future__ import annotations

from tests.target_cases import targets

_REVIEW = "全年地区生产总值增长3%。"


def _texts(plan: str) -> set[str]:
    return set(targets(_REVIEW, plan, 2020)["text"])


def test_short_named_policies_carried_out_are_labels() -> None:
    # 洛阳 rows 11, 12: 洛平30条、洛三32条及早实施
    assert not {"30条", "32条"} & _texts("推动两地深度融合事项落地，甲乙30条、甲丙32条及早实施。")


def test_roads_counted_in_tiao_stay_goals() -> None:
    # near miss: a count of roads built is a goal, and N条 with an output verb after it too
    assert "30条" in _texts("新建城市道路30条。")
    assert "12条" in _texts("主干道5条、次干道12条建成通车。")


def test_items_all_landing_are_a_list_size() -> None:
    # 洛阳 row 42: 年底前省直部门321个支持事项全部落地
    assert "321个" not in _texts("做好权限承接，年底前省直部门321个支持事项全部落地。")
    assert "40个" in _texts("年底前40个重点项目全部开工。")  # near miss: projects started, a goal


def test_tended_standing_sets_and_catalogues_are_no_goals() -> None:
    # 三明 rows 18, 19, 29, 30; 洛阳 row 30
    got = _texts("突出抓好16条百亿特色产业链、220个重点项目的招商推介。抓好12个特色农产品优势区和26个“一县一业”特色农业产业发展。"
                 "突出抓好519个省市重点项目。")
    assert not {"16条", "220个", "12个", "26个", "519个"} & got


def test_tended_sets_with_work_done_stay_goals() -> None:
    # near misses: 抓好 + a count whose clause names output, and 加快推进 + N个…项目建设 (fix145f)
    got = _texts("抓好11个煤层气地面开采项目。加快推进335个省市重点项目建设。重点抓好30个产业链项目建设。")
    assert {"11个", "335个", "30个"} <= got


def test_a_count_done_already_is_a_label() -> None:
    # 三明 row 41: 全力推进已签约入驻的57个、计划总投资103.49亿元的产业化项目加快落地转化
    assert "57个" not in _texts("全力推进已签约入驻的57个产业化项目加快落地转化。")
    assert "57个" in _texts("全力推进签约入驻57个产业化项目。")  # near miss: no 已, the year's signings


def test_firms_moved_under_a_pace_verb_and_a_started_pilot() -> None:
    # 宜昌 rows 13, 52
    got = _texts("加快推进15家化工企业搬迁入园，巩固提升成果。启动48万亩全域国土综合整治试点项目。")
    assert not {"15家", "48万亩"} & got
    got = _texts("完成15家化工企业搬迁入园。启动建设30公里城市快速路。")
    assert {"15家", "30公里"} <= got  # near misses: completion is a goal; a road whose building starts too
