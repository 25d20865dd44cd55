"""Held-out audit 65 (克拉玛依, 昌吉, 延边 2023), round fix138d: baselines missed where the review states the same
measure in other words (a wording of indicators.csv, a synonym of tables_synonyms.csv)."""
from __future__ import annotations

from target_cases import baseline_of, class_of, targets


def test_inclusive_loans_of_the_type_form_are_inclusive_loans() -> None:
    # 克拉玛依 row 42: 普惠型小微企业贷款余额 is keyed inclusive_sme_loans, not deposits_loans
    t = targets("普惠小微企业贷款余额达31.6亿元，增长28.8%。", "普惠型小微企业贷款余额不低于35亿元。")
    assert baseline_of(t, "35亿元") == "31.6亿元" and class_of(t, "35亿元") == "modest"
    # all loans outstanding are no baseline of the inclusive ones
    t = targets("金融机构各项贷款余额达500亿元。", "普惠型小微企业贷款余额不低于35亿元。")
    assert baseline_of(t, "35亿元") == ""


def test_trade_volume_growth_is_foreign_trade_growth() -> None:
    # 克拉玛依 row 46: 进出口贸易额增长 against 实现进出口额…，增长10%
    t = targets("全年实现进出口额2.4亿美元，增长10%。", "力争全年进出口贸易额增长10%。")
    assert baseline_of(t, "10%") == "10%"
    # a bonded zone's trade stays apart (key_vetoes)
    t = targets("全年实现进出口额2.4亿美元，增长10%。", "力争综保区进出口贸易额增长30%。")
    assert baseline_of(t, "30%") == ""


def test_renewal_works_of_old_compounds_are_old_compounds() -> None:
    # 克拉玛依 row 58: 实施41个老旧小区更新改造工程 against 完成37个老旧小区改造任务
    t = targets("完成37个老旧小区改造任务。", "年内实施41个老旧小区更新改造工程。")
    assert baseline_of(t, "41个") == "37个"
    # the renewal of urban villages is another thing
    t = targets("完成37个城中村改造任务。", "年内实施41个老旧小区更新改造工程。")
    assert baseline_of(t, "41个") == ""


def test_good_weather_share_is_the_good_air_days_share() -> None:
    # 延边 row 37: 优良天气比例 against 空气优良天数比例
    t = targets("中心城市空气优良天数比例达99.4%。", "中心城市优良天气比例保持在98%以上。")
    assert baseline_of(t, "98%") == "99.4%" and class_of(t, "98%") == "met_already"
    # a water quality share is no baseline of it
    t = targets("地表水水质优良比例达99.4%。", "中心城市优良天气比例保持在98%以上。")
    assert baseline_of(t, "98%") == ""


def test_greening_afforestation_is_afforestation() -> None:
    # 昌吉 row 44: 新增绿化造林 (造林绿化 said the other way round) against 完成人工造林
    t = targets("完成人工造林3.22万亩。", "新增绿化造林3.38万亩。")
    assert baseline_of(t, "3.38万亩") == "3.22万亩"
    # grassland restored is another work
    t = targets("完成退化草原修复3.22万亩。", "新增绿化造林3.38万亩。")
    assert baseline_of(t, "3.38万亩") == ""


def test_standard_cabinets_are_standard_racks() -> None:
    # 克拉玛依 row 10: 标准机柜装机数 against 标准机架规模 (tables_synonyms: 机柜 = 机架)
    t = targets("全市数据中心标准机架规模超过6万个。", "力争年内标准机柜装机数达6.5万个。")
    assert baseline_of(t, "6.5万个") == "6万个"
    # base stations are no racks
    t = targets("新建5G基站6000个。", "力争年内标准机柜装机数达6.5万个。")
    assert baseline_of(t, "6.5万个") == ""


def test_stressed_industrial_projects_funds_are_the_industrial_funds() -> None:
    # 黔东南 row 40: 重点 before 产业 is no narrower scope of the funds attracted (tables_words.json scope_free_words)
    t = targets("新增产业到位资金381亿元。", "确保新增重点产业项目到位资金400亿元以上。")
    assert baseline_of(t, "400亿元") == "381亿元"
    # another sector's funds stay apart
    t = targets("新增文旅项目到位资金81亿元。", "确保新增重点产业项目到位资金400亿元以上。")
    assert baseline_of(t, "400亿元") == ""


def test_green_and_organic_vegetables_are_the_green_vegetable_area() -> None:
    # 文山 row 18: 绿色有机蔬菜87.49万亩 for 绿色蔬菜90万亩
    t = targets("绿色有机蔬菜87.49万亩。", "绿色蔬菜90万亩。")
    assert baseline_of(t, "90万亩") == "87.49万亩"
    # organic vegetables alone are a narrower area
    t = targets("有机蔬菜8.5万亩。", "绿色蔬菜90万亩。")
    assert baseline_of(t, "90万亩") == ""


def test_idle_projects_revived_are_the_projects_revived() -> None:
    # 黔东南 row 38: 盘活闲置低效旅游项目6个 for 完成9个旅游项目盘活工作 (tables_synonyms: 闲置低效 names no kind)
    t = targets("盘活闲置低效旅游项目6个。", "完成9个旅游项目盘活工作。")
    assert baseline_of(t, "9个") == "6个"
    # idle factory buildings revived are another thing
    t = targets("盘活闲置低效厂房6个。", "完成9个旅游项目盘活工作。")
    assert baseline_of(t, "9个") == ""
