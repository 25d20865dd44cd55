"""Spot audit 35 (惠州 2024), round fix84a: the review states the same measure in other words, and the target found no
baseline: a per-10,000 patent level, a title word of a sibling list member, a part of the place written after the count,
a share of the whole written 占比."""
from __future__ import annotations

import re

from target_cases import baseline_of, targets

from govreport.tables.list_member_words import member_words
from govreport.tables.name_equivalents import reduced
from govreport.tables.scope_backrefs import named_in_full


def test_patents_per_ten_thousand_people_is_a_level() -> None:
    """万人发明专利量23.8件 is measured by the review's 万人发明专利量提高到23.01件 (惠州 row 7): a level, not a flow."""
    t = targets("新增有效发明专利2497件，万人发明专利量提高到23.01件。", "万人发明专利量23.8件；")
    row = t.loc["23.8件"]
    assert row["indicator_key"] == "patents_per_10k" and row["measure"] == "stock"
    assert baseline_of(t, "23.8件") == "23.01件"


def test_a_sibling_members_title_is_not_the_figures_scope() -> None:
    """新建成森林城镇3个、义务植树基地62个: 森林城镇 is the first member's noun, no title of the second (惠州 row 56)."""
    title = re.compile("森林城镇|美丽乡村")
    assert member_words("新建成森林城镇3个、义务植树基地", "62个。", title) == []
    assert member_words("新建成森林城镇", "3个、义务植树基地62个。", title) == ["森林城镇"]
    level, stage = re.compile("国家级|省级"), re.compile("签约|开工")
    assert member_words("新增国家级工业设计中心2家、服务型制造示范企业", "3家。", level) == ["国家级"]  # the list's, shared
    assert member_words("创建国家级3个、省级", "5个。", level) == ["省级"]
    assert member_words("新开工50亿元及以上项目数", "25个。", stage) == ["开工"]  # a name's digits end no member
    t = targets("新造红树林1250亩、总面积达1.16万亩，新建成森林城镇3个、义务植树基地62个。",
                "积极开展全民义务植树活动，新建义务植树基地60个以上。")
    assert baseline_of(t, "60个") == "62个"


def test_part_of_the_place_written_after_the_count() -> None:
    """建成中心城区10个以上口袋公园 and 建成金麒园等12个中心城区口袋公园: both of 中心城区 (惠州 row 74)."""
    t = targets("“见缝插绿”建成金麒园等12个中心城区口袋公园，建设市民公园二期等城市绿地。",
                "提质升级24家农贸市场，建成中心城区10个以上口袋公园。")
    assert baseline_of(t, "10个") == "12个"


def test_share_of_the_whole_written_zhanbi() -> None:
    """新增制造业贷款占新增贷款比重超50% is the review's 新增制造业贷款占比54.1% (惠州 row 35); a share of another whole
    (占GDP比重) keeps its denominator."""
    assert reduced("新增制造业贷款占新增贷款比重") == reduced("新增制造业贷款占比")
    assert reduced("数字经济占GDP比重") != reduced("数字经济占比")
    t = targets("新增制造业贷款增长44.1%、占比54.1%，均居全省第一。",
                "持续开展金融赋能高质量发展系列活动，推动新增制造业贷款占新增贷款比重超50%，降低企业融资成本。")
    assert baseline_of(t, "50%") == "54.1%"


def test_scope_word_refers_back_to_the_fuller_scope() -> None:
    """建设“3+7”产业园区，…，完成园区基础设施投资280亿元以上: 园区 is the 3+7产业园区 its sentence named, measured by the review's
    “3+7”产业园区完成基础设施投资322亿元 (惠州 row 11); 园区 named alone takes no other park's scope."""
    assert named_in_full("园区", "3+7产业园区", "集中资源力量建设“3+7”产业园区，引导鼓励国企参与园区开发运营，完成园区")
    assert not named_in_full("园区", "3+7产业园区", "引导鼓励国企参与园区开发运营，完成园区")
    assert not named_in_full("园区", "高新区", "建设高新区，完成园区")
    t = targets("“3+7”产业园区完成基础设施投资322亿元，供地类项目新签约221宗。",
                "集中资源力量建设“3+7”产业园区，全面提升园区的综合服务功能，完成园区基础设施投资280亿元以上。")
    assert baseline_of(t, "280亿元") == "322亿元"


def test_natural_village_sewage_rate_is_the_rural_sewage_rate() -> None:
    """自然村污水治理率达90%以上 is keyed as the rural sewage rate (惠州 row 18), as 自然村农村生活污水治理率 already was."""
    t = targets("城镇新增就业3万人。", "抓好农村生活污水治理全覆盖攻坚，自然村污水治理率达90%以上。")
    assert t.loc["90%", "indicator_key"] == "rural_sewage_rate"
