"""Baselines after audit 53 (fix70a): a balance's rise since the start of the year is the year's addition (东营), 信贷投放
is lending (孝感), 绿化造林 is the year's work (连云港), 新引育 is a flow word (淮南), and 京津冀/长三角/成渝 are scopes; beside
each, the neighbouring right behaviour kept."""
from __future__ import annotations

from target_cases import baseline_of as _base, class_of as _class, targets

GOALS = "地区生产总值增长7%左右。"


def test_balance_rise_since_year_start_is_new_lending() -> None:
    """存贷款余额较年初分别增长665亿元、451亿元 and 力争全年新增贷款400亿元 (东营 row 20): 451亿元."""
    t = targets("全面提升金融服务实体经济质效，存贷款余额较年初分别增长665亿元、451亿元，金融业增加值增长7.8%。",
                GOALS + "加强政银企对接合作，力争全年新增贷款400亿元，金融业增加值增长8%左右。", 2023)
    assert _base(t, "400亿元") == "451亿元"


def test_a_balance_reached_is_no_new_lending() -> None:
    """贷款余额达到5000亿元: the stock, no baseline of 新增贷款."""
    t = targets("金融机构贷款余额达到5000亿元。", GOALS + "力争全年新增贷款400亿元。", 2023)
    assert _base(t, "400亿元") == ""


def test_credit_put_out_is_lending() -> None:
    """新增贷款332亿元 and 新增信贷投放380亿元以上 (孝感 row 36): 332亿元."""
    t = targets("新增贷款332亿元、增长15.9%。", GOALS + "提升金融服务实体经济质效，新增信贷投放380亿元以上、融资担保金额15亿元以上。", 2023)
    assert _base(t, "380亿元") == "332亿元"


def test_afforestation_is_the_years_work() -> None:
    """绿化造林2.2万亩 and 新增绿化造林1.9万亩 (连云港 row 96): 2.2万亩, below last year."""
    t = targets("生态保护修复成效明显，修复废弃矿山1172亩，绿化造林2.2万亩。", GOALS + "修复废弃矿山400亩、湿地1000亩，新增绿化造林1.9万亩，林木覆盖率稳定在27%以上。", 2023)
    assert _base(t, "1.9万亩") == "2.2万亩"
    assert _class(t, "1.9万亩") == "below_last_year"


def test_newly_brought_in_or_trained_is_a_flow() -> None:
    """新引育…高技能人才6000人 against 新增高技能人才1.27万人 (淮南 row 80): a flow below last year, not met already."""
    t = targets("新增高技能人才1.27万人。", GOALS + "支持企业大力引进领军人才，新引育高层次人才团队10个以上、高技能人才6000人。", 2023)
    assert _base(t, "6000人") == "1.27万人"
    assert _class(t, "6000人") == "below_last_year"


def test_region_names_are_scopes() -> None:
    """引进京津冀地区亿元以上项目 is not measured by the report's own 引进亿元以上项目 count."""
    t = targets("新引进亿元以上项目99个。", GOALS + "引进京津冀地区亿元以上项目不少于60个。", 2023)
    assert _base(t, "60个") == ""
    t = targets("引进长三角地区亿元以上项目50个。", GOALS + "引进长三角地区亿元以上项目不少于60个。", 2023)
    assert _base(t, "60个") == "50个"
