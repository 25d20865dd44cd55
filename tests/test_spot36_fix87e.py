"""Spot audits 36 (保定, 邢台, 衡水, 上饶, 双鸭山, 乌海 2024), round fix87e: names that lose the shared head of a 分别
list, the verb a 、 list of counted nouns ends with, the members of a pair of place classes (四区四县), or the end a
count's projects are hastened to."""
from __future__ import annotations

from govreport.extract import extract_quantities
from govreport.extract.indicators import list_members
from govreport.extract.name_pairs import pair_part, pair_word
from govreport.extract.name_parts import list_action
from govreport.extract.project_outcomes import project_outcome
from govreport.report import read_text


def _names(text: str) -> dict[str, str]:
    q = extract_quantities(read_text("2024年政府工作报告\n2024年主要目标任务\n" + text))
    return dict(zip(q["text"], q["indicator"]))


def test_a_first_member_of_five_characters_takes_the_shared_head() -> None:
    # 上饶 (row 60): 受污染耕地、重点建设用地安全利用率分别达93%、95% — 93% is 受污染耕地安全利用率
    assert list_members("确保受污染耕地、重点建设用地安全利用率分别达", 2) == ["受污染耕地安全利用率", "重点建设用地安全利用率"]
    assert _names("确保受污染耕地、重点建设用地安全利用率分别达93%、95%以上。")["93%"] == "受污染耕地安全利用率"
    # a head of two characters is no such head (抚州: 城镇新增就业、新增发放创业担保贷款分别完成年计划的…: no 城镇新增就业贷款)
    assert list_members("城镇新增就业、新增发放创业担保贷款分别完成", 2)[0] == "城镇新增就业"


def test_a_sibling_industrys_named_measure_is_the_next_industrys() -> None:
    # 上饶 (row 19): 有色金属产业营业收入突破2400亿元、非金属材料产业突破300亿元 — 营业收入, not 规模
    names = _names("力争有色金属产业营业收入突破2400亿元、非金属材料产业突破300亿元。")
    assert names["300亿元"] == "非金属材料产业营业收入"


def test_a_word_the_members_nouns_hold_that_ends_the_list_is_their_verb() -> None:
    # 乌海 (rows 19-20): 加快6个露天煤矿整合区、1个井工煤矿整合区、10个非煤矿山整合区整合工作
    s = "加快6个露天煤矿整合区、1个井工煤矿整合区、10个非煤矿山整合区整合工作，确保一季度完成。"
    assert list_action(s, s.find("个") + 1, "露天煤矿整合区", len(s), True) == "整合"
    plain = "加快6个露天煤矿整合区、1个井工煤矿整合区、10个非煤矿山整合区，确保一季度完成。"
    assert list_action(plain, plain.find("个") + 1, "露天煤矿整合区", len(plain), True) == ""
    names = _names(s)
    assert names["6个"] == "露天煤矿整合区整合数"
    assert names["1个"] == "井工煤矿整合区整合数"


def test_a_pair_of_place_classes_before_fen_bie_is_named_part_by_part() -> None:
    # 双鸭山 L33 (rows 56-57): 四区四县城镇生活垃圾分类覆盖率分别达到100%和90%以上 — 100% the districts', 90% the counties'
    name = "四区四县城镇生活垃圾分类覆盖率"
    assert pair_word(name) == "四区四县"
    assert pair_part(name, "四区四县", 0) == "四区城镇生活垃圾分类覆盖率"
    assert pair_part(name, "四区四县", 1) == "四县城镇生活垃圾分类覆盖率"
    assert pair_word("县城城镇生活垃圾分类覆盖率") == ""
    names = _names("开展垃圾源头分类减量，四区四县城镇生活垃圾分类覆盖率分别达到100%和90%以上。")
    assert names["100%"] == "四区城镇生活垃圾分类覆盖率"
    assert names["90%"] == "四县城镇生活垃圾分类覆盖率"


def test_projects_hastened_to_an_end_are_counted_by_that_end() -> None:
    # 衡水 L35 (rows 34-36): 等36个前期项目加快落地，…等49个在建项目早日投产
    s = "四川新雅轩预制菜北方基地等36个前期项目加快落地，北京敬业达新型建材等49个在建项目早日投产。"
    at = s.find("36个") + 3
    assert project_outcome("前期项目数", s, at, "个") == "前期项目落地数"
    late = s.find("49个") + 3
    assert project_outcome("在建项目早日投产数", s, late, "个") == "在建项目投产数"
    assert project_outcome("前期项目数", "36个前期项目建设。", 3, "个") == "前期项目数"  # no haste word: unchanged
