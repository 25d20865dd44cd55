"""Spot audits 35 (固原, 通化, 漳州 2024), round fix83a: a review figure of the target's own measure found where a verb's
remnant, an unlisted verb or a purpose word was read as a scope or kind, a weight after a comment clause named for the
comment's subject, 达产达效 kept whole, and 粮食生产播种面积 keyed."""
from __future__ import annotations

from target_cases import baseline_of, targets

from govreport.extract import extract_quantities
from govreport.report import read_text
from govreport.tables.name_scopes import same_scope, scope_of


def _names(text: str) -> dict[str, tuple[str, str]]:
    q = extract_quantities(read_text("一、2023年工作回顾\n" + text))
    return {t: (n, k) for t, n, k in zip(q["text"], q["indicator"], q["indicator_key"])}


def test_a_verb_remnant_is_no_scope_of_farmland() -> None:
    # 固原 L4 / L20 (row 30): 新改建 (its 建 taken by the wording 建高标准农田) and 扩量提质建设 name no kind of farmland
    assert scope_of("新改建高标准农田面积", "high_standard_farmland") == ""
    assert scope_of("扩量提质建设高标准农田面积", "high_standard_farmland") == ""
    t = targets("扩量提质建设高标准农田41万亩、高效节水灌溉12万亩。", "新改建高标准农田40万亩、高效节水灌溉10万亩。", 2023)
    assert baseline_of(t, "40万亩") == "41万亩"


def test_renewed_pipes_have_the_scope_of_their_networks() -> None:
    # 通化 L8 / L40 (row 31): 更新水、气、热及雨污管网 — 更新 is the work, not a kind of pipes (no 更 left)
    renewed = scope_of("更新水气热及雨污管网长度", "sewage_pipes")
    assert renewed == "水气热"
    assert same_scope(scope_of("新建改建水气热等雨污管网长度", "sewage_pipes"), renewed)


def test_a_weight_after_a_comment_clause_is_its_subjects_output() -> None:
    # 固原 L4 (row 29): 83.1万吨 is grain output, not the irrigation of the list member before the comment
    names = _names("扩量提质建设高标准农田41万亩、高效节水灌溉12万亩，旱灾之年粮食稳产，达到83.1万吨。")
    assert names["83.1万吨"] == ("粮食产量", "grain_output")
    assert names["12万亩"][0] == "高效节水灌溉面积"
    # the growth a level leads to keeps the measure before it
    assert _names("地区生产总值增长7.5%，达到309亿元。")["309亿元"][0] == "地区生产总值"


def test_da_chan_da_xiao_is_a_class_of_projects() -> None:
    # 通化 L5 (row 9's baseline): 达 opens 达产达效 here, no light verb to strip
    names = _names("33个达产达效项目新增产值30亿元。")
    assert names["30亿元"][0] == "达产达效项目新增产值"


def test_grain_sown_area_with_production_between() -> None:
    # 漳州 L34 (row 29): 稳定粮食生产播种面积93.04万亩 — 生产 between 粮食 and 播种面积 names the same area
    q = extract_quantities(read_text("二、2024年重点工作\n稳定粮食生产播种面积93.04万亩、产量42.12万吨以上。"))
    keys = dict(zip(q["text"], q["indicator_key"]))
    assert keys["93.04万亩"] == "grain_sown_area"


def test_winter_heating_names_no_other_heat_sources() -> None:
    # 固原 L5 / L30 (row 39): 冬季取暖热源清洁化改造 and 城乡热源清洁化改造 are one work
    t = targets("完成冬季取暖热源清洁化改造258万平方米、建筑节能改造55万平方米。",
                "完成城乡热源清洁化改造954万平方米，建筑节能改造83.5万平方米。", 2023)
    assert baseline_of(t, "954万平方米") == "258万平方米"


def test_output_of_projects_put_into_production_has_last_years_baseline() -> None:
    # 通化 L5 / L22 (row 9): 投产达效 and 达产达效 projects are one programme; their new output 30亿元 is last year's 30亿元
    t = targets("33个达产达效项目新增产值30亿元，43个重点产品产值突破200亿元。",
                "实施重点工业项目60个，滚动推进32个投产达效项目释放产能，新增产值30亿元；", 2023)
    assert baseline_of(t, "30亿元") == "30亿元"
