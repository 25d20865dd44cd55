"""Baselines after audit 33 (docs/audits/targets_33.md, fault class "baselines refused although the review states the same
measure"): the review names the target's measure with another counter (counter_baselines), a subject the target's sentence
gives (implied_subjects), another verb of one action (data/tables_actions.csv), a 和 pair sharing one rate (list_baselines),
its own member's noun after a count (likeness.kind) or a scope the clause before opens with (name_scopes.scope_from_list)."""
from __future__ import annotations

import pandas as pd

from target_cases import targets

GOALS = "地区生产总值增长5%左右。"


def _base(t: pd.DataFrame, text: str) -> str:
    rows = t.loc[[text]]
    value = rows["baseline_text"].iloc[0]
    return "" if pd.isna(value) else str(value)


def test_another_counter_of_the_same_things() -> None:
    """维修养护农村饮水工程454处 for 农村饮水维修养护工程650个; 制定地方标准24项 for 研究制定地方标准5个以上; “个转企”106个 for
    新增“个转企”80家 (GZ24#82, #61, #24)."""
    t = targets("建成水利工程14个，维修养护农村饮水工程454处。", GOALS + "建成水利工程13个、农村饮水维修养护工程650个。")
    assert _base(t, "650个") == "454处"
    t = targets("制定地方标准24项。", GOALS + "研究制定地方标准5个以上。")
    assert _base(t, "5个") == "24项"
    t = targets("新增市场主体7588户、“个转企”106个、升规上限53户。", GOALS + "新增“个转企”80家。")
    assert _base(t, "80家") == "106个"


def test_a_subject_the_targets_sentence_gives() -> None:
    """确保工业投资增长30%，技改投资增长20%以上 and 工业技改投资增长53.2% (ZS24#34); 做大奶、鹅、冷水鱼等特色养殖，…力争养殖量突破
    350万只 and 大鹅养殖量突破200万只 (MDJ24#22); 粮食播面稳定在100万亩以上、产量稳定在23万吨以上 and 全年粮食产量达23.3万吨 (GZ24#55)."""
    t = targets("工业投资增长47.3%、居全省第二，工业技改投资增长53.2%、居全省第三。",
                GOALS + "深入实施工业投资跃升计划，确保工业投资增长30%，技改投资增长20%以上。")
    assert _base(t, "20%") == "53.2%"
    t = targets("温春、五林2个万头牧场主体工程竣工，大鹅养殖量突破200万只，新增冷水鱼养殖面积3万亩。",
                GOALS + "做大奶、鹅、冷水鱼等特色养殖，全链条推动“中华鹅乡”建设、力争养殖量突破350万只。")
    assert _base(t, "350万只") == "200万只"
    t = targets("有机认证面积达15.7万公顷，年产量8.2万吨。建成饲草基地10个、鲜草产量32万吨。新增高标准农田1万亩，全年粮食产量达23.3万吨。",
                GOALS + "发展人工饲草30万亩。建成高标准农田3000亩，粮食播面稳定在100万亩以上、产量稳定在23万吨以上。")
    assert _base(t, "23万吨") == "23.3万吨"


def test_no_subject_said_before_gives_no_baseline() -> None:
    """A subject the target's sentence does not say (鹅 for 养殖量 of 冷水鱼) is another measure's."""
    t = targets("大鹅养殖量突破200万只，新增冷水鱼养殖面积3万亩。", GOALS + "做大冷水鱼等特色养殖，力争养殖量突破350万只。")
    assert _base(t, "350万只") == ""


def test_closing_and_adjusting_schools_is_one_action() -> None:
    """撤并小散弱学校20所 for 调整小散弱学校10所 (GZ24#28)."""
    t = targets("实施学校基础设施建设项目388个、完成投资11.83亿元，撤并小散弱学校20所。",
                GOALS + "实施补短提质工程，调整小散弱学校10所。")
    assert _base(t, "10所") == "20所"


def test_a_pair_sharing_one_rate_by_jun() -> None:
    """国控断面水质优良比例和城市水源地水质达标率均为100% for 国控考核断面水质优良比例达到83.3% (MDJ24#49)."""
    t = targets("空气优良天数比例93.7%，国控断面水质优良比例和城市水源地水质达标率均为100%，畜禽粪污利用率达到84%。",
                GOALS + "创建幸福河湖10条，确保国控考核断面水质优良比例达到83.3%。")
    assert _base(t, "83.3%") == "100%"


def test_a_counts_own_noun_after_it_not_the_next_members() -> None:
    """建设100个口袋公园、10座体育公园 and 建成口袋公园117个 (CQ24#40)."""
    t = targets("新增城市绿地1500万平方米，建成口袋公园117个、山城步道107公里。",
                GOALS + "实施80个街头绿地提质项目，建设100公里山城绿道；建设100个口袋公园、10座体育公园。")
    assert _base(t, "100个") == "117个"


def test_a_scope_the_clause_before_opens_with() -> None:
    """清洁能源开发和电网建设投资达249亿元，新增发电装机285万千瓦 for 新增清洁能源装机60万千瓦 (GZ24#40)."""
    t = targets("清洁能源开发和电网建设投资达249亿元，新增发电装机285万千瓦。",
                GOALS + "力争完成清洁能源开发和电网建设投资260亿元，新增清洁能源装机60万千瓦。")
    assert _base(t, "60万千瓦") == "285万千瓦"
