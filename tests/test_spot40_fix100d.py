"""Held-out audit 39b (定西, 盘锦, 石嘴山 2025), round fix100d: figures that are no targets (a capacity in a project's
name with a rate unit, a project's own parts, the plan's own reforms, a named set kept up, standards per household or
person, a change restated by the level it reaches) and targets missed or misdated (a clause of its own year after a
span, a member closed by 和 before examples, a list's lead verb with 突出)."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from target_cases import targets

REVIEW = "全市经济运行稳中有进。"


def _rows(plan: str) -> set[str]:
    return set(targets(REVIEW, plan)["text"])


def test_a_capacity_rate_unit_is_one_unit_and_a_size_in_a_named_member() -> None:
    # 盘锦 rows 10, 13: 北方沥青燃料300万吨/年轻烃回收气体处理工程等366个项目如期开工
    plan = "推动北方沥青燃料300万吨/年轻烃回收气体处理工程等366个项目如期开工，实现臻德化工20万吨/年润滑油加氢异构装置等200个项目竣工投产。"
    rows = _rows(plan)
    assert "300万吨/年" not in rows and "20万吨/年" not in rows and "200个" in rows
    q = extract_quantities(read_text("二、2025年重点工作\n" + plan))
    assert {"300万吨/年", "20万吨/年"} <= set(q["text"]) and "吨/年" in set(q["unit"])
    # a capacity added, written with a rate unit, stays a goal (and keeps its name)
    t = targets(REVIEW, "新增污水处理能力3万吨/日，新增煤炭产能600万吨／年。")
    assert {"3万吨/日", "600万吨／年"} <= set(t["text"])
    assert t.loc["3万吨/日", "indicator"] == "新增污水处理能力"


def test_a_named_projects_own_parts_and_area_are_no_goals() -> None:
    # 盘锦 rows 41, 43
    rows = _rows("推进盘锦港10万吨级通用泊位及华锦阿美项目8个配套泊位建设，新增航线2条。"
                 "加快推进华锦阿美项目3.57平方公里配套产业园基础设施建设。")
    assert "8个" not in rows and "3.57平方公里" not in rows and "2条" in rows
    # a class of projects (重大项目), or parts to be put to use, not built, stay goals
    assert "8个" in _rows("推进重大项目8个子项目建设。")
    assert "8个" in _rows("推进华锦阿美项目8个配套泊位投入使用。")


def test_the_plans_own_reforms_are_no_goal() -> None:
    # 石嘴山 row 49: 扎实推进政府系统承担的212项重点改革
    assert "212项" not in _rows("扎实推进政府系统承担的212项重点改革，细化任务措施，实行台账式、清单化管理。")
    # without who carries them, reforms pushed stay a goal (深入推进393项改革任务: spot 37 绥化)
    assert "393项" in _rows("深入推进393项改革任务。")
    # reforms done (完成) or another noun after the count stay
    assert "30项" in _rows("完成30项改革任务。")
    assert "50项" in _rows("扎实推进政府系统承担的50项重点工程。")


def test_a_named_set_kept_up_is_no_goal() -> None:
    # 石嘴山 row 62: 持续打造红果子、姚伏、陶乐、星海镇4个中心镇
    assert "4个" not in _rows("持续打造红果子、姚伏、陶乐、星海镇4个中心镇。")
    assert "4个" in _rows("打造红果子、姚伏、陶乐、星海镇4个中心镇。")


def test_standards_per_household_and_per_person_are_no_goals() -> None:
    # 定西 rows 16, 140
    rows = _rows("确保有劳动能力的脱贫家庭至少1人就业。为新增困难“两癌”患病妇女每人发放救助金1.5万元，康复救助残疾儿童500人。")
    assert "1人" not in rows and "1.5万元" not in rows and "500人" in rows
    # a total paid, and a standard raised, stay goals
    rows = _rows("发放救助金1.5万元。城乡居民医保财政补助由每人每年640元提高到670元。")
    assert "1.5万元" in rows and "670元" in rows


def test_a_change_then_the_level_it_reaches_is_one_goal() -> None:
    # 定西 row 63: 全市城镇化率提高2个百分点、达到45%
    rows = _rows("全市城镇化率提高2个百分点、达到45%。")
    assert "2个百分点" not in rows and "45%" in rows
    assert "2个百分点" in _rows("全市城镇化率提高2个百分点，研发投入增长10%。")


def test_a_clause_of_the_plan_year_after_a_span() -> None:
    # 石嘴山 missed 3, 4: 用3年时间建成绿电园区，年内市域内建设100万千瓦、异地建设100万千瓦新能源项目
    t = targets(REVIEW, "用3年时间建成绿电园区，年内市域内建设100万千瓦、异地建设100万千瓦新能源项目。")
    assert len(t[t["text"] == "100万千瓦"]) == 2 and set(t[t["text"] == "100万千瓦"]["year"]) == {2025}
    # without a clause of its own year the span still makes it a later goal
    t = targets(REVIEW, "用3年时间建成绿电园区，市域内建设100万千瓦新能源项目。")
    assert "100万千瓦" not in set(t["text"])


def test_a_member_closed_by_he_before_examples_and_a_lists_lead_verb() -> None:
    # 石嘴山 missed 2: …企业30家以上和雏鹰、瞪羚等高成长创新型企业5家以上
    t = targets(REVIEW, "培育国家高新技术企业、“专精特新”企业30家以上和雏鹰、瞪羚等高成长创新型企业5家以上。")
    assert {"30家", "5家"} <= set(t["text"])
    assert "高成长" not in t.loc["30家", "indicator"]
    assert "15个" not in _rows("加快国能哈密煤制油、准东15个煤制气、慧能煤化工等项目建设。")
    # 石嘴山 missed 1: the middle member under 突出抓好 … 建设
    rows = _rows("突出抓好星海新能源、日盛资源循环利用等142个产业项目，2×66万千瓦火电、城市地下管网等95个基础设施项目，"
                 "城中村改造、科教城等17个社会民生项目建设。")
    assert {"142个", "95个", "17个"} <= rows


def test_a_date_that_classes_things_is_no_year_of_the_figures() -> None:
    # 石嘴山 side note: 基本改造完成2000年以前建设的老旧小区，改造“四类管线”300公里
    q = extract_quantities(read_text("一、2024年工作回顾\n基本改造完成2000年以前建设的老旧小区，改造“四类管线”300公里。\n"))
    assert set(q[q["text"] == "300公里"]["year"]) == {2024}
