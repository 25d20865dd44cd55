"""Held-out audit 41 (黄冈, 曲靖, 呼伦贝尔, 通化 2023), round fix104a: the plan's own packages, an annexed list's headings
and items restating body goals, and the parts of a division are no targets of their own."""
from __future__ import annotations

import pandas as pd

from govreport import extract_quantities, read_text
from govreport.tables import build_targets
from target_cases import targets

REVIEW = "地区生产总值增长4%。"


def _texts(plan: str) -> set[str]:
    """The texts of the targets of ``plan`` (a 2023 plan part)."""
    return set(targets(REVIEW, plan, review_year=2022)["text"])


def _annexed(plan: str, annex: str) -> pd.DataFrame:
    """The targets of a report whose plan part ``plan`` is followed by an annexed list ``annex`` (附件1 …)."""
    text = f"政府工作报告\n一、2022年工作回顾\n{REVIEW}\n二、2023年重点工作\n{plan}\n附件1\n{annex}\n"
    return build_targets(extract_quantities(read_text(text)), text=text)


def test_a_heading_counting_its_lists_items_is_no_target() -> None:
    # 呼伦贝尔 rows 97, 107: 一、促进群众就业增收（7件） opens the list; its items stay goals
    t = _annexed("城镇新增就业1.15万人。", "2023年46件民生实事项目及牵头责任单位\n一、促进群众就业增收（7件）\n1.新建口袋公园15个（牵头责任单位：市住建局）。")
    assert "7件" not in set(t["text"]) and "46件" not in set(t["text"]) and "15个" in set(t["text"])
    # a count in brackets on a line without a heading's ordinal stays
    t = _annexed("城镇新增就业1.15万人。", "新建农贸市场（7个）。")
    assert "7个" in set(t["text"])


def test_own_tasks_named_before_their_count_are_no_target() -> None:
    # 通化 row 53: 办好民生事项40件以上
    assert "40件" not in _texts("启动幸福通化建设行动，办好民生事项40件以上，不断增强群众的获得感幸福感。")
    # another noun before the count stays a goal
    assert "40件" in _texts("办结信访积案40件以上。")


def test_counts_spelling_out_a_quoted_label_are_no_targets() -> None:
    # 曲靖 rows 5–7: 重点实施“310”工程，以办好10件民生实事…，以开展10个专项行动…，以推进10个重大产业项目…
    got = _texts("重点实施“310”工程，以办好10件民生实事增强人民群众获得感，以开展10个专项行动带动整体工作突破，"
                 "以推进10个重大产业项目促进经济发展。")
    assert not {"10件", "10个"} & got
    # without the label the projects pushed are a goal
    assert "10个" in _texts("重点实施产业工程，以推进10个重大产业项目促进经济发展。")


def test_the_parts_of_a_division_are_no_targets() -> None:
    # 黄冈 rows 5, 6: 将全市划分为7个三级流域单元和26个四级流域治理单元
    got = _texts("按照全流域共治模式，将全市划分为7个三级流域单元和26个四级流域治理单元。")
    assert not {"7个", "26个"} & got
    # a count to build in the same sentence stays
    assert "12个" in _texts("将全市划分为7个流域单元，新建12个水质监测站。")


def test_an_annexed_item_restating_a_body_goal_in_other_words_is_one_goal() -> None:
    # 呼伦贝尔 rows 98, 147, 145: 新改建…公路550公里 restates 新建改建…公路550公里; 就业率 of 离校未就业高校毕业生; 9个滑冰场
    plan = ("深入开展乡村建设行动，新建改建农牧林区公路550公里。离校未就业高校毕业生就业率达到90%以上。"
            "新建2个体育公园、9个滑冰场、1个滑雪场。")
    annex = ("1.实施离校未就业高校毕业生实名制帮扶行动，确保年末就业率达到90%以上（牵头责任单位：市人社局）。\n"
             "2.新改建农牧林区公路550公里，改造40座危桥（牵头责任单位：市交通运输局）。\n"
             "3.新建2个体育公园、1个全民健身中心、9个滑冰场、1个滑雪场（牵头责任单位：市体育局）。")
    t = _annexed(plan, annex)
    for text in ("550公里", "90%", "9个"):
        assert (t["text"] == text).sum() == 1, text
    assert "40座" in set(t["text"]) and "1个" in set(t["text"])
    # another subject's rate of one size in the annex stays a goal of its own
    t = _annexed("城市生活污水处理率达到95%。", "1.农村生活污水处理率达到95%（牵头责任单位：市生态环境局）。")
    assert (t["text"] == "95%").sum() == 2
