"""Round 169, fix169a (held-out sets 85-86): names of plan figures in a goal frame. A share before 目标 after 实现 and a state
is that state's rate; people before 的 and a task are the task's; things created after 以上的 are the noun after it; 再有N%X成为Y
is the share of X newly become Y; a modifier of two conditions joined by 或 before 的 keeps the children counted.
Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

from target_cases import names_by_text

_REVIEW = "去年完成800个省级达标村。解决70万人饮水安全问题。"


def test_share_before_goal_after_reaching_is_a_rate() -> None:
    assert names_by_text(_REVIEW, "实现全区建制村通客运班车100%目标。")["100%"] == ["建制村通客运班车率"]


def test_people_before_a_task_are_the_tasks() -> None:
    got = names_by_text(_REVIEW, "加快推进50万低收入人口增收脱贫，年内确保完成15.5万人的脱贫攻坚任务。")
    assert got["15.5万人"] == ["脱贫攻坚任务人数"]


def test_things_created_are_the_noun_after() -> None:
    got = names_by_text(_REVIEW, "继续做好重点中心镇建设，完成12个重点中心镇环境整治任务，年内创建5个以上的达标重点中心镇和特色小城镇，考核命名示范镇。")
    assert got["5个"] == ["达标重点中心镇和特色小城镇创建数"]
    assert got["12个"] == ["重点中心镇环境整治任务数"]  # boundary: no 以上的 after it, unchanged


def test_again_share_becoming_a_title() -> None:
    got = names_by_text(_REVIEW, "开展美丽乡村示范创建，全面推进农村人居环境整治，再有20%行政村成为省级达标村，让农村成为美丽家园。")
    assert got["20%"] == ["新增省级达标村占行政村比重"]


def test_either_condition_keeps_the_children() -> None:
    got = names_by_text(_REVIEW, "结对帮扶1.2万名困境儿童，为4000名经济困难或患有重大疾病的儿童提供经济帮扶。")
    assert "儿童" in got["4000名"][0] and got["1.2万名"] == ["帮扶困境儿童人数"]


def test_near_misses_keep_their_names() -> None:
    # a share already named a rate, and a long modifier without 或, are left alone
    got = names_by_text(_REVIEW, "实现全区建制村通客车率100%目标。")
    assert got["100%"] == ["建制村通客车率"]
