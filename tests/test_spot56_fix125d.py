"""Held-out audit 56 (荆州, 新余 2023) and 55 (汉中), round fix125d: counts of a set worked on or a label, a design size,
a policy package's name, an area inside a project's name — no targets; work on a named list stays a goal."""
from __future__ import annotations

from target_cases import targets


def test_a_set_pushed_on_its_own_progress_is_no_goal() -> None:
    # 荆州 rows 7, 40: 推进11条优势产业链扩规增效; 推进8家化工园区规范化、集约化、绿色化发展
    t = targets("加快打造11条优势产业链。", "全面强化“链长制”，推进11条优势产业链扩规增效。")
    assert "11条" not in set(t["text"])
    t = targets("新增规上企业196家。", "支持各省级开发区“二次创业”，推进8家化工园区规范化、集约化、绿色化发展。")
    assert "8家" not in set(t["text"])
    # firms pushed to reach a new state stay a goal
    t = targets("新增规上企业196家。", "推动10家企业上市。")
    assert "10家" in set(t["text"])


def test_a_count_totalling_the_chains_named_is_a_label() -> None:
    # 荆州 row 48: 重点发展特色水产、优质稻米、菜籽油、生猪4条产业链
    t = targets("农产品加工业产值1300亿元。", "重点发展特色水产、优质稻米、菜籽油、生猪4条产业链，农产品加工业产值超过1500亿元。")
    assert "4条" not in set(t["text"]) and "1500亿元" in set(t["text"])
    # a work on the named things (荆州 rows 88, 89) and a list closed by 等 after a build verb stay goals
    t = targets("新建公园5个。", "除险加固洈水、太湖港2座大型水库，提升西干渠、洈水河等9条中小河流泄洪能力。新建A园、B园等3个产业园。")
    assert {"2座", "9条", "3个"} <= set(t["text"])


def test_a_count_of_chains_before_their_system_is_a_label() -> None:
    # 汉中 row 18 (set 55): 建立17条重点产业链招商体系 (review: 加快打造17条重点产业链)
    t = targets("加快打造17条重点产业链。", "建立17条重点产业链招商体系。")
    assert "17条" not in set(t["text"])
    t = targets("加快打造17条重点产业链。", "新建重点产业链招商专班，引进项目17个。")
    assert "17个" in set(t["text"])


def test_the_design_size_of_a_facility_built_is_no_goal() -> None:
    # 荆州 rows 53, 54: 在荆州高新区建设年交易量1600万吨、交易额1000亿元的国家级农产品物流交易中心
    t = targets("农产品交易额800亿元。", "在荆州高新区建设年交易量1600万吨、交易额1000亿元的国家级农产品物流交易中心，支持公安县建设分中心。")
    assert not {"1600万吨", "1000亿元"} & set(t["text"])
    # an amount reached, not a modifier of a thing built, stays a goal
    t = targets("农产品交易额800亿元。", "建设国家级农产品物流交易中心，交易额达到1000亿元。")
    assert "1000亿元" in set(t["text"])


def test_a_policy_package_carried_out_is_no_goal() -> None:
    # 新余 row 9: 全面落实工业高质量发展30条
    t = targets("新建道路20条。", "全面落实工业高质量发展30条，打造产业链链长制升级版。")
    assert "30条" not in set(t["text"])
    t = targets("新建道路20条。", "全面落实减负措施，新建道路30条。")
    assert "30条" in set(t["text"])


def test_an_area_inside_an_example_name_is_no_goal() -> None:
    # 新余 row 35: 加快…、分宜县10万亩小浆果现代产业示范区、…等…项目建设
    t = targets("新建高标准农田8万亩。", "加快现代粮食产业园、赣西农资仓储物流中心、分宜县10万亩小浆果现代产业示范区、渝水区10万吨标准化中心粮库等农产品深加工和仓储物流项目建设。")
    assert "10万亩" not in set(t["text"])
    # areas that open their members, or close them, stay goals
    t = targets("新建高标准农田8万亩。", "新建10万亩高标准农田、5万亩示范基地。新建高标准农田12万亩、改造中低产田5万亩等。")
    assert {"10万亩", "12万亩"} <= set(t["text"]) and list(t["text"]).count("5万亩") == 2
