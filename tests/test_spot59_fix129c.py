"""Held-out set 59 (葫芦岛, 武威, 汕尾 2023), round fix129c: review figures of another subject than the target's own, though
name or key agree (tables/borrowed_subjects.py)."""
from __future__ import annotations

from target_cases import baseline_of, targets


def test_a_part_takes_no_baseline_its_whole_took() -> None:
    # 葫芦岛 rows 14, 15: 其中续建项目285个、新建项目265个 are parts of the 550; 500 is the whole's baseline
    review = "实施重点项目500个，其中亿元以上项目249个，完成投资217.6亿元。"
    plan = "谋划实施重点项目550个、总投资约2700亿元，其中续建项目285个、新建项目265个，亿元以上重点项目230个。"
    t = targets(review, plan)
    assert baseline_of(t, "550个") == "500个"
    assert baseline_of(t, "285个") == "" and baseline_of(t, "265个") == ""
    # a part whose own review figure is stated keeps it (no whole took it)
    t = targets("新开工项目80个。", "实施重点项目550个，其中新开工项目100个。")
    assert baseline_of(t, "100个") == "80个"


def test_a_key_borrowed_from_a_list_neighbour_is_not_the_targets() -> None:
    # 武威 row 51: 封育22万亩, named 人工造林封育面积, is not 实施国土绿化提质增效12.7万亩
    review = "完成防沙治沙15.9万亩、人工造林24.1万亩，建设碳汇储备林5.1万亩，实施国土绿化提质增效12.7万亩。"
    plan = "完成防沙治沙35万亩、人工造林40万亩、封育22万亩。"
    t = targets(review, plan)
    assert baseline_of(t, "22万亩") == ""
    assert baseline_of(t, "40万亩") == "24.1万亩"  # the neighbour itself keeps its own


def test_firms_attracted_are_not_firms_certified() -> None:
    # 汕尾 row 43: 引进“专精特新”企业5家以上 and 新增省专精特新中小企业10家
    t = targets("新增省专精特新中小企业10家。", "引进“专精特新”企业5家以上。")
    assert baseline_of(t, "5家") == ""
    # both attracted: the baseline stays
    t = targets("引进“专精特新”企业4家。", "引进“专精特新”企业5家以上。")
    assert baseline_of(t, "5家") == "4家"


def test_what_a_fund_leverages_is_the_funds() -> None:
    # 汕尾 row 130: 用好产业发展基金，…，撬动投资15亿元 and …业务板块逐步扩大，撬动投资160亿元
    review = "城市建设运营、交通基础设施建设业务板块逐步扩大，撬动投资160亿元。"
    t = targets(review, "用好产业发展基金，带动一批优质产业项目落户，撬动投资15亿元。")
    assert baseline_of(t, "15亿元") == ""
    # no subject named in the plan: the same name stays its baseline
    t = targets(review, "带动一批优质产业项目落户，撬动投资150亿元。")
    assert baseline_of(t, "150亿元") == "160亿元"


def test_one_levels_projects_beside_a_wider_set() -> None:
    # 武威 row 38: 省列重大项目12个以上、完成投资80亿元以上 after the 260 重大项目's 370亿元
    review = "确定高质量发展重大项目248个，完成投资320亿元，11个省列重大项目超额完成年度目标任务。"
    plan = "实施高质量发展重大项目260个以上、完成投资370亿元以上，省列重大项目12个以上、完成投资80亿元以上。"
    t = targets(review, plan)
    assert baseline_of(t, "80亿元") == ""
    assert baseline_of(t, "370亿元") == "320亿元"
