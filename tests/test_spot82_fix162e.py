"""Round 162, fix162e (held-out set 82): names of counts listed before one head they share (a count after 和 with a
class label, N个A和M个B C of places), a goal named only by 目标任务, and 箱 as a count unit. Paraphrased sentences
through the real reader and extractor."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from target_cases import baseline_of, names_by_text, targets

_REVIEW = "全年地区生产总值增长6%。"


def test_labelled_counts_after_a_member_take_the_shared_noun() -> None:
    # 加快推进…储配中心和3个220千伏、4个110千伏输变电项目: each count its class of the projects, not the centre
    got = names_by_text(_REVIEW, "加快推进城东天然气储配中心和3个220千伏、5个110千伏输变电项目。")
    assert got["3个"] == ["220千伏输变电项目数"] and got["5个"] == ["110千伏输变电项目数"]


def test_a_single_labelled_count_is_unchanged() -> None:
    # guard: one count with its label (no 、 list of labelled counts) keeps the name it had
    got = names_by_text(_REVIEW, "加快推进5个110千伏输变电项目。")
    assert len(got["5个"]) == 1 and got["5个"][0].endswith("输变电项目数") and "千伏" not in got["5个"][0]


def test_counted_places_share_the_head_after_the_last() -> None:
    # 完成6个县城和9个重点镇供水工程建设; 建成…100个乡镇、100个农村经销店
    got = names_by_text(_REVIEW, "完成5个县城和8个重点镇供水工程建设，解决12万农村人口安全饮水问题。"
                                 "建成市县两级配送中心和90个乡镇、95个农村经销店。")
    assert got["5个"] == ["县城供水工程建设数"] and got["8个"] == ["重点镇供水工程建设数"]
    assert got["90个"] == ["乡镇经销店数"]


def test_counted_non_places_keep_their_own_nouns() -> None:
    # guard: 3个示范村和5个重点村, 4个乡镇和6个村: each member names its own thing
    got = names_by_text(_REVIEW, "创建4个示范园区和7个重点园区。整合4个乡镇和6个村。")
    assert got["4个"][0] != "示范园区重点园区数" and "乡镇" in got["4个"][-1] and "村" not in got["4个"][-1]


def test_a_goal_named_by_its_frame_takes_the_words_before() -> None:
    # 完成化肥农药减量增效100万亩目标任务: 化肥农药减量增效面积, not 目标面积
    got = names_by_text(_REVIEW, "开展化肥减量行动，完成化肥农药减量增效80万亩目标任务，农田残膜回收率达到85%以上。")
    assert got["80万亩"] == ["化肥农药减量增效面积"]


def test_a_goal_with_its_own_name_keeps_it() -> None:
    # guard: a name that says what is measured is not replaced
    got = names_by_text(_REVIEW, "完成造林绿化20万亩。")
    assert got["20万亩"] != ["造林绿化面积目标"] and "造林" in got["20万亩"][0]


def test_cases_are_a_count_unit() -> None:
    # 力争卷烟产量达到43万箱, baseline 卷烟37万箱
    t = targets("卷烟产量40万箱，净增2万箱。", "力争卷烟产量达到45万箱。")
    assert "45万箱" in t.index and t.loc[["45万箱"]].iloc[-1]["unit"] == "箱"
    assert baseline_of(t, "45万箱") == "40万箱"


def test_container_throughput_stays_in_teu() -> None:
    # guard: 标箱 (TEU) is still the container unit, not 箱
    t = targets("港口集装箱吞吐量达到30万标箱。", "港口集装箱吞吐量达到35万标箱。")
    assert t.loc[["35万标箱"]].iloc[-1]["unit"] == "标箱" and baseline_of(t, "35万标箱") == "30万标箱"


def test_counted_tasks_keep_the_task_and_a_modifier_is_no_subject() -> None:
    # 全面完成国企改革三年行动107项任务: 国企改革三年行动任务数; 超额完成国家下达的110万人任务: not 超额完成国家下达的人数
    got = names_by_text(_REVIEW, "全面完成国企改革三年行动95项任务。超额完成省里下达的90万人任务。")
    assert got["95项"] == ["国企改革三年行动任务数"]
    assert all("下达的" not in n for n in got.get("90万人", []))


def test_places_said_to_speed_up_share_no_head() -> None:
    # guard: 5个县城和32个中心镇城镇化建设加快 (the places are the subject of a pace word)
    q = extract_quantities(read_text("政府工作报告\n一、2025年重点工作\n推动4个县城和30个中心镇城镇化建设加快。\n"))
    names = [str(r.indicator) for r in q.itertuples() if r.text == "4个"]
    assert names and all("加快" not in n for n in names)
