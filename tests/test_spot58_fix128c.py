"""Held-out audit 58 (邵阳, 阳江 2023), round fix128c: baselines across flow and stock, and across actions (a 其中 part of
a stock, a 其中 part's inherited action, new pipe against renovated pipe, an item's enumerator, a count after 和, a run
of 化 qualifiers before 技术改造)."""
from __future__ import annotations

from target_cases import baseline_of, class_of, targets


def test_a_part_of_a_stock_is_no_baseline_of_a_net_addition() -> None:
    # 邵阳 row 15: 市场主体总量达45.6万户、其中企业10.3万户 (a stock and its 其中 part) for 净增市场主体5.4万户
    t = targets("实施“五大培育”行动，市场主体总量达45.6万户、其中企业10.3万户，分别居全省第4、第2；",
                "持续开展市场主体培育行动，净增市场主体5.4万户、净增企业2.3万户。")
    assert baseline_of(t, "5.4万户") == "" and class_of(t, "5.4万户") == "no_baseline"
    # a 其中 part of a year's addition stays a flow, the baseline of a flow
    t = targets("净增市场主体5.1万户、其中企业1.2万户。", "净增市场主体5.4万户、净增企业2.3万户。")
    assert baseline_of(t, "5.4万户") == "5.1万户" and baseline_of(t, "2.3万户") == "1.2万户"


def test_a_part_takes_its_wholes_action_of_bringing_in() -> None:
    # 邵阳 row 37: 其中过亿元产业项目 of 新引进招商项目 against 实施投资过亿元制造业项目179个 (projects carried out)
    plan = "年内新引进招商项目200个以上，其中过亿元产业项目100个以上。"
    t = targets("实施投资过亿元制造业项目179个、过10亿元制造业项目21个。", plan)
    assert baseline_of(t, "100个") == ""
    # the review's own 其中 part of projects brought in is its baseline
    t = targets("新引进招商项目150个，其中过亿元产业项目80个。", plan)
    assert baseline_of(t, "100个") == "80个"


def test_new_pipe_is_not_measured_by_renovated_pipe() -> None:
    # 邵阳 rows 70, 71: 改造…燃气管网32公里 is the renovation's baseline, not the new pipe's (十是: an item's enumerator)
    t = targets("改造供水管网70公里、排水管网148公里、燃气管网32公里；", "十是完成危旧燃气管网改造30公里、新建燃气管网15公里。")
    assert baseline_of(t, "30公里") == "32公里" and class_of(t, "30公里") == "below_last_year"
    assert baseline_of(t, "15公里") == ""
    # a member with a work verb of its own is read alone, not by its neighbour's 改造
    t = targets("新建特困供养机构3个、新增护理型床位300张。", "二是完成困难家庭适老化改造2928户、建设特困供养机构3家；")
    assert baseline_of(t, "3家") == "3个"


def test_a_count_after_he_is_a_member_of_its_own() -> None:
    # 阳江 row 40: 共青湖公园、竹篙山森林公园和9个社区体育公园建成开放 (the 9 are 社区体育公园, not 森林公园)
    plan = "加强市政配套建设，完成63个老旧小区改造，新建成8个社区体育公园，新增5G基站800座。"
    t = targets("着力完善市政配套，改造老旧小区79个，共青湖公园、竹篙山森林公园和9个社区体育公园建成开放。", plan)
    assert baseline_of(t, "8个") == "9个" and class_of(t, "8个") == "below_last_year"
    # another kind of park counted after 和 stays another kind
    t = targets("着力完善市政配套，共青湖公园和9个森林公园建成开放。", plan)
    assert baseline_of(t, "8个") == ""


def test_a_run_of_hua_qualifiers_keeps_the_works_word() -> None:
    # 阳江 row 20: 高端化、智能化、绿色化 only qualify 技术改造
    t = targets("175家企业开展技术改造，技改投资增速跃居全省第一。", "支持150家以上企业开展高端化、智能化、绿色化技术改造，促进产业转型升级。")
    assert baseline_of(t, "150家") == "175家" and class_of(t, "150家") == "below_last_year"
    # firms of 技术改造 are no baseline of firms doing something else
    t = targets("175家企业开展技术改造，技改投资增速跃居全省第一。", "支持150家以上企业开展数字化、智能化转型，促进产业转型升级。")
    assert baseline_of(t, "150家") == ""
