"""Baselines after audit 29 (docs/audits/targets_29.md, fault classes "baselines of another measure taken" and "baselines of
the same measure refused"): paraphrased sentences run through the real reader and extractor (tables/baseline_scope.py,
data/baseline_scopes.json)."""
from __future__ import annotations

import pandas as pd

from target_cases import targets

GOALS = "地区生产总值增长5%左右。"


def _none(t: pd.DataFrame, text: str) -> bool:
    return bool(pd.isna(t.loc[text, "baseline_text"]) or t.loc[text, "baseline_text"] == "")


def test_two_levels_are_two_measures() -> None:
    """新增省级X N个 is no baseline of 培育市级X M个: another level."""
    t = targets("新增省级数字农业示范基地6个，建成智慧牧场3个。", GOALS + "培育20个市级数字农业示范基地。")
    assert _none(t, "20个")


def test_a_level_the_target_s_sentence_names_for_a_sibling_is_no_baseline_of_the_unlabelled_one() -> None:
    """培育N个X、M家省级Y: the level left out of X on purpose, so 新增省级X K个 counts part of it (YT24#11)."""
    t = targets("新增省级工业互联网平台5个。", GOALS + "培育12个工业互联网平台、12家省级智能工厂。")
    assert _none(t, "12个")


def test_additions_are_no_baseline_of_a_stock_reached() -> None:
    """力争X突破N家 is how many there will be; 新增X M家 counts the year's additions (YT24#30)."""
    t = targets("新增市场主体12万户、“专精特新”企业420家。", GOALS + "力争“专精特新”企业突破600家。")
    assert _none(t, "600家")


def test_a_share_of_the_stock_is_not_a_share_of_sales() -> None:
    """X保有量渗透率 is not X渗透率 (of the year's sales) (CZ24#11)."""
    t = targets("新能源汽车渗透率达38.5%。", GOALS + "新能源汽车保有量渗透率达12%。")
    assert _none(t, "12%")


def test_projects_entered_are_not_projects_started() -> None:
    """新增入库…项目N个 is no baseline of 新开工…项目M个, nor of 新开工入库 (CZ24#15, YC24#18)."""
    t = targets("新增入库超10亿元项目40个，新开工重点产业项目70个。", GOALS + "新开工10亿元以上项目25个以上。")
    assert _none(t, "25个")
    t = targets("新入库亿元以上项目380个。", GOALS + "新开工入库亿元以上项目不少于420个。")
    assert _none(t, "420个")


def test_projects_planned_take_no_tier_count_of_projects_entered_or_started() -> None:
    """谋划实施N个百亿级项目 is not 其中百亿级项目M个 of projects entered; 十亿级 is not 五十亿级 (YC24#8–#10)."""
    t = targets("新入库亿元以上项目400个，其中五十亿级项目6个、百亿级项目5个。新开工亿元以上项目700个，其中五十亿级项目15个。",
                GOALS + "谋划实施20个百亿级项目、40个五十亿级项目、80个十亿级项目。")
    assert _none(t, "20个") and _none(t, "40个") and _none(t, "80个")


def test_a_tier_must_match() -> None:
    """十亿级 is not 五十亿级, though one is written inside the other."""
    t = targets("开工五十亿级项目12个。", GOALS + "开工十亿级项目30个。")
    assert _none(t, "30个")


def test_city_building_projects_are_not_a_metropolitan_area_s_projects() -> None:
    """实施城建项目…完成投资N亿元 is no baseline of 都市圈…重点项目…完成投资M亿元 (YC24#53)."""
    t = targets("实施城建项目200个，完成投资380亿元。", GOALS + "深入实施都市圈规划，推进50个重点项目建设，完成投资300亿元。")
    assert _none(t, "300亿元")


def test_another_title_is_another_measure() -> None:
    """省级美丽城镇示范乡镇 is not 省级乡村振兴示范乡镇 (YC24#60)."""
    t = targets("创建省级美丽城镇示范乡镇12个、生态村20个。", GOALS + "创建省级乡村振兴示范乡镇6个、示范村80个。")
    assert _none(t, "6个")


def test_a_baseline_taken_by_its_own_name_is_no_sibling_noun_s() -> None:
    """新增规上农产品加工企业N家 is the baseline of 新增规上农产品加工企业; 规上服务业企业 reaches it only through synonyms:
    none (YC24#70)."""
    t = targets("新增规上农产品加工企业50家。",
                GOALS + "新增规上农产品加工企业25家。力争净增规上工业企业120家、规上服务业企业90家。")
    assert t.loc["25家", "baseline_text"] == "50家"
    assert _none(t, "90家")


def test_one_amount_for_a_list_is_no_member_s_stated_apart() -> None:
    """竺山湖、滆湖清淤N万方 (one amount for both) is no baseline of 竺山湖、滆湖分别实施清淤A万方、B万方 (audit 29: none accepted)."""
    t = targets("实施太湖治理重点工程200个，东湖、西湖清淤400万方。",
                GOALS + "实施190项以上太湖治理重点工程项目，东湖、西湖分别实施清淤150万方、450万方。")
    assert _none(t, "150万方")


def test_zengjia_and_xinzeng_are_one_verb() -> None:
    """增加X N平方米 and 新增X M平方米 name the same additions (YT24#57)."""
    t = targets("新增工业余热供暖900万平方米。", GOALS + "增加工业余热供暖120万平方米以上。")
    assert t.loc["120万平方米", "baseline_text"] == "900万平方米"


def test_a_member_keeps_he_inside_its_name_and_jia_and_ge_count_workshops_alike() -> None:
    """培育…N家省级智能工厂和数字化车间 and 省级智能工厂和数字化车间M个 (和 inside the member; 家 and 个) (YT24#12)."""
    t = targets("新增省级智能工厂和数字化车间16个。",
                GOALS + "培育12个工业互联网平台、12家省级智能工厂和数字化车间、100家晨星工厂。")
    assert t.loc["12家", "baseline_text"] == "16个"


def test_xiang_and_ge_count_the_same_projects() -> None:
    """实施N项重点工程项目 and 实施M个重点工程 (CZ24#57)."""
    t = targets("实施200个重点工程，完成投资80亿元。", GOALS + "实施190项以上重点工程项目。")
    assert t.loc["190项", "baseline_text"] == "200个"


def test_a_name_cut_at_a_list_mark_keeps_its_whole_list_for_matching() -> None:
    """实施N条丁字路、断头路打通工程 (a name cut to 实施丁字路) and 贯通…等丁字路、断头路M条 (YT24#86)."""
    t = targets("全市新建市政道路50条，贯通南环路等丁字路、断头路11条。",
                GOALS + "启动智慧交通三期，实施9条丁字路、断头路打通工程，优化12条公交线路。")
    assert t.loc["9条", "baseline_text"] == "11条"


def test_a_size_class_with_its_alternative_keeps_the_match() -> None:
    """招引总投资超N亿元或M亿美元项目 and 新增入库超N亿元或M亿美元项目: one class of projects (CZ24#13); the same class
    started (新开工) is another stage."""
    t = targets("新增入库超50亿元或5亿美元项目3个，超10亿元或1亿美元项目40个。",
                GOALS + "招引总投资超50亿元或5亿美元项目5个以上。新开工10亿元或1亿美元项目20个以上。")
    assert t.loc["5个", "baseline_text"] == "3个"
    assert _none(t, "20个")
