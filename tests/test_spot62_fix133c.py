"""Held-out audit 62 (通辽, 锦州, 长治 2023), round fix133c: baselines the review states in other words (a programme of
works named with 巩固, 修复 closing a member as 治理 does, 大学/高校 毕业生, 水质优良率 and 水质断面优良比例)."""
from __future__ import annotations

from target_cases import baseline_of, class_of, targets


def test_a_programme_of_works_named_with_a_keep_word_is_a_flow() -> None:
    # 锦州 row 51: 完成农村饮水安全巩固提升工程133处 against 建成农村饮水安全巩固提升工程197处
    t = targets("建成农村饮水安全巩固提升工程197处。", "完成农村饮水安全巩固提升工程133处。", 2022)
    assert baseline_of(t, "133处") == "197处" and class_of(t, "133处") == "below_last_year"
    # 巩固 with no works after it still keeps what there is
    t = targets("森林面积达到400万亩。", "持续巩固利用森林面积420万亩以上。", 2022)
    assert t.loc["420万亩", "measure"] == "stock"


def test_restoration_closes_a_member_like_control() -> None:
    # 通辽 row 39: 实施林业和草原生态修复400万亩 against 完成林业和草原生态治理259万亩
    t = targets("完成林业和草原生态治理259万亩。", "实施林业和草原生态修复400万亩。", 2022)
    assert baseline_of(t, "400万亩") == "259万亩"
    # another thing treated is still no baseline
    t = targets("完成水土流失治理259万亩。", "实施林业和草原生态修复400万亩。", 2022)
    assert baseline_of(t, "400万亩") == ""
    # 修复 is no action: a set named by examples with it is still projects pushed on (黄河三角洲生态修复等230个重点项目扎实推进)
    t = targets("黄河三角洲生态修复等230个重点项目扎实推进。", "加快推进100个重大项目。", 2023)
    assert baseline_of(t, "100个") == "230个"


def test_university_and_college_graduates_are_one_group() -> None:
    # 锦州 row 69: 来锦留锦大学毕业生就业人数超过1.1万人 against 留锦来锦就业高校毕业生10701人
    t = targets("留锦来锦就业高校毕业生10701人。", "来锦留锦大学毕业生就业人数超过1.1万人。", 2022)
    assert baseline_of(t, "1.1万人") == "10701人"
    t = targets("引进博士研究生1200人。", "来锦留锦大学毕业生就业人数超过1.1万人。", 2022)
    assert baseline_of(t, "1.1万人") == ""


def test_a_water_quality_rate_is_the_share_of_good_sections() -> None:
    # 长治 row 87: 国省控水质断面优良比例稳定在95%以上 against 24个国省控断面水质优良率达到95.8%
    t = targets("24个国省控断面水质优良率达到95.8%。", "国省控水质断面优良比例稳定在95%以上。", 2022)
    assert baseline_of(t, "95%") == "95.8%" and class_of(t, "95%") == "met_already"
    t = targets("城市污水处理率达到95.8%。", "国省控水质断面优良比例稳定在95%以上。", 2022)
    assert baseline_of(t, "95%") == ""
