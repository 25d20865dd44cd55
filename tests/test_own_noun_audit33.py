"""Baselines of the target's own noun after audit 33 (docs/audits/targets_33.md, fault class "baselines of another measure"):
the real sentences run through the real reader and extractor (tables/own_noun.py, data/baseline_scopes.json ``own_noun``)."""
from __future__ import annotations

import pandas as pd

from target_cases import targets

GOALS = "地区生产总值增长5%左右。"


def _base(t: pd.DataFrame, text: str) -> str:
    rows = t.loc[[text]]
    value = rows["baseline_text"].iloc[0]
    return "" if pd.isna(value) else str(value)


def test_a_siblings_name_is_no_baseline_of_another_member() -> None:
    """新建17个智能工厂 is the baseline of 10个智能工厂, not of 5个未来工厂 (CQ24#12)."""
    t = targets("启动实施制造业数字化转型八大行动，新建17个智能工厂、224个数字化车间。",
                GOALS + "启动5个行业产业大脑建设，新建5个未来工厂、10个智能工厂和100个数字化车间，加快构建“产业大脑+未来工厂”产业数字化新生态。")
    rows = t.reset_index(drop=True)
    assert rows.loc[rows["indicator"].str.contains("未来工厂"), "baseline_text"].fillna("").tolist() == [""]
    assert rows.loc[rows["indicator"].str.contains("智能工厂"), "baseline_text"].tolist() == ["17个"]


def test_another_named_set_of_projects_is_no_baseline() -> None:
    """牦牛产业集群项目 2.38亿元 for 藏香猪产业项目 5330万元 (GZ24#50); 大香格里拉交旅融合交通建设项目 38.5亿元 for 综合交通枢纽
    100亿元 (GZ24#9); 省大型产业集聚区…329个项目动工 433.4亿元 for 380个省市重点项目 (ZS24#32)."""
    t = targets("建设牦牛产业集群项目20个、完成投资2.38亿元，建成保种场和良种扩繁场8个。建设藏香猪产业项目36个。",
                GOALS + "实施藏香猪产业项目23个、完成投资5330万元，生猪出栏23万头以上。")
    assert _base(t, "5330万元") == ""
    t = targets("启动实施大香格里拉交旅融合交通建设项目23个，完成投资38.5亿元。",
                GOALS + "围绕建设川滇藏青甘结合部综合交通枢纽，完成投资100亿元以上。")
    assert _base(t, "100亿元") == ""
    t = targets("省大型产业集聚区和十大主题产业园加快建设，329个项目动工，完成投资433.4亿元。",
                GOALS + "全年安排380个省市重点项目，年度计划投资700亿元。")
    assert _base(t, "700亿元") == ""


def test_the_same_set_of_projects_keeps_its_baseline() -> None:
    """牦牛产业集群项目计划投资 and 牦牛产业集群项目…完成投资2.38亿元 are one set (a run of four characters in both)."""
    t = targets("建设牦牛产业集群项目20个、完成投资2.38亿元，建成保种场和良种扩繁场8个。",
                GOALS + "实施牦牛产业集群项目18个、计划投资2.5亿元。")
    assert _base(t, "2.5亿元") == "2.38亿元"


def test_titles_awarded_are_no_baseline_of_villages_built() -> None:
    """获评…示范村27个 is no baseline of 建成乡村振兴示范村100个 where the review states 建成…示范村100个 too, which is taken
    (GZ24#75); 创建…示范村27个 (a title sought) keeps 获评…27个."""
    review = ("整合资金6.6亿余元，建成乡村振兴“双百工程”示范村100个（精品村20个），"
              "获评省级乡村振兴先进乡镇3个、示范村27个和重点帮扶优秀县3个、优秀村17个。")
    t = targets(review, GOALS + "在地理区位好、资源禀赋好的村，建成乡村振兴示范村100个（精品村20个），实施传统村落保护利用。"
                "创建省级乡村振兴先进乡镇2个、示范村27个和重点帮扶优秀县2个、优秀村17个。")
    rows = t.reset_index(drop=True)
    built = rows.loc[rows["indicator"].str.contains("建成") & (rows["text"] == "100个"), "baseline_text"].tolist()
    assert built == ["100个"]  # the review's 建成…示范村100个, not 获评…示范村27个
    sought = rows.loc[rows["indicator"].str.contains("创建") & (rows["text"] == "27个"), "baseline_text"].tolist()
    assert sought == ["27个"]


def test_one_amount_for_four_measures_is_no_baseline_of_one() -> None:
    """城镇新增就业、失业人员再就业、就业困难人员就业、农村劳动力转移就业16万余人 for 农村劳动力转移就业 (GZ24#94)."""
    t = targets("实现城镇新增就业、失业人员再就业、就业困难人员就业、农村劳动力转移就业16万余人。",
                GOALS + "动态开发公益岗位2.4万个以上，城镇新增就业7000人以上，农村劳动力转移就业稳定在15万人以上。")
    assert _base(t, "15万人") == ""


def test_two_nouns_joined_take_no_baseline_of_one() -> None:
    """新增骨干教师医生1400人 is no 新增“骨干教师”500人 where the review states 新增“骨干医生”473人 apart (GZ24#33)."""
    t = targets("制定实施新时代教育高质量发展意见，新增“骨干教师”500人。制定实施新时代卫生健康高质量发展意见，新增“骨干医生”473人。",
                GOALS + "加强教育卫生“组团式”帮扶，新增骨干教师医生1400人。")
    assert _base(t, "1400人") == ""


def test_a_review_sentence_that_states_the_targets_noun_apart_gives_no_wider_baseline() -> None:
    """城乡污水垃圾处理设施34个 is no baseline of 行政村污水处理设施70个 where the same review sentence states 行政村污水 apart
    (完成90个行政村污水治理; GZ24#99)."""
    t = targets("建成城乡污水垃圾处理设施34个，新（改）建农村户厕31098户，完成90个行政村污水治理。",
                GOALS + "建设行政村污水处理设施70个、新改建农村户厕20000户以上。")
    assert _base(t, "70个") == ""


def test_a_set_named_inside_the_keys_wording_keeps_its_baseline() -> None:
    """续建城建项目投资 (the wording 项目投资 holds the set's 项目) and 实施城建项目…投资 are one set (city_yichang_2024)."""
    t = targets("实施城建项目233个，竣工项目96个，完成投资402亿元。", GOALS + "新建、续建城建项目270个，完成投资406亿元。")
    assert _base(t, "406亿元") == "402亿元"
