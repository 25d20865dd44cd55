"""Held-out audit 64 (朝阳, 潮州, 鹤岗, 楚雄, 红河 2023), round fix137a: rows that are no goals — a listed project's size,
the class a place competes in, an institute's number, a rule's fields, a multi-year programme's 年均 rate, a named set sped
up after a counted sibling, chains pushed and the plan's own package after 今年."""
from __future__ import annotations

from target_cases import targets


def _texts(review: str, plan: str) -> set[str]:
    return set(targets(review, plan)["text"])


def test_sizes_of_listed_projects_are_no_goals() -> None:
    # 鹤岗 15–18: later members lack 投资; the list closes with 等项目投产
    got = _texts("完成固定资产投资100亿元。", "强力推动投资6.68亿元的云山碳业、4.33亿元的丰辉球形石墨及选矿和2.5亿元的海达二期、"
                 "3亿元的泰东德高纯及负极材料等项目投产。")
    assert not {"6.68亿元", "4.33亿元", "2.5亿元", "3亿元"} & got
    # the year's investment of the projects stays a goal
    assert "30亿元" in _texts("完成固定资产投资100亿元。", "全年完成项目投资30亿元，推动云山碳业等项目投产。")


def test_the_class_a_place_competes_in_is_no_goal() -> None:
    # 鹤岗 20
    assert "27个" not in _texts("新建学校2所。", "开发区要在全省27个百亿级开发区中争先晋位。")
    assert "5个" in _texts("新建学校2所。", "在全省新建5个开发区。")


def test_an_institute_in_named_examples_is_no_count() -> None:
    # 朝阳 9
    got = _texts("新建学校2所。", "龙城区依托微电子、加华电子等企业和53所特种材料等项目，壮大电子信息军工产业。新建学校5所、幼儿园3所。")
    assert "53所" not in got and {"5所", "3所"} <= got


def test_the_fields_a_rule_allows_are_no_goal() -> None:
    # 潮州 22
    got = _texts("新建学校2所。", "瞄准专项债可用作资本金的13个领域以及产业、城建等重点领域，谋划申报专项债券项目。")
    assert "13个" not in got
    assert "13个" in _texts("新建学校2所。", "新拓展13个应用领域。")


def test_a_multiplying_programmes_average_is_no_plan_year_goal() -> None:
    # 潮州 33 (audit set 60 row 27 alike)
    got = _texts("研发投入增长8%。", "实施“四个倍增行动”，鼓励企业加大科技创新投入，力争全社会研究与开发（R&D）投入年均增长9%，"
                 "高新技术企业、科技型中小企业分别增至280家和220家。")
    assert "9%" not in got and {"280家", "220家"} <= got
    assert "9%" in _texts("研发投入增长8%。", "力争全社会研究与开发投入增长9%。")


def test_a_named_set_after_a_counted_sibling_is_sped_up_too() -> None:
    # 红河 33: the sibling 3条 was already no goal; 4条 after 和 is the same kind
    got = _texts("新建学校2所。", "加快元阳至绿春、弥勒至玉溪、勐醒至江城至绿春3条“能通全通”续建高速公路和金平至金水河、峨山至石屏至红河、"
                 "泸西至丘北、河口至马关4条“互联互通”高速公路建设。")
    assert not {"3条", "4条"} & got
    assert "4条" in _texts("新建学校2所。", "建成高速公路4条。")


def test_chains_pushed_are_a_set_worked_on() -> None:
    # 红河 38
    assert "12条" not in _texts("新建学校2所。", "大力推进12条产业链发展外向型经济。")
    assert "5条" in _texts("新建学校2所。", "培育5条产业链。")


def test_this_years_own_package_is_no_goal() -> None:
    # 红河 73 (继续办好10件惠民实事 is no goal; 今年 between 办好 and the count)
    assert "10项" not in _texts("新建学校2所。", "继续办好今年10项惠民便民实事。")
    assert "10项" in _texts("新建学校2所。", "完成10项改造任务。")
