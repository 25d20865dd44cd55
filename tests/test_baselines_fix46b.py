"""Baselines (criterion (d)) after audit 38's leftovers and a corpus spot check (session 21, fix46b): a plan count's
name takes the thing its work is done to from the clause before, a planned sector amount is no all-projects total,
项/个 and a pushed build count projects alike, a 城镇/农村 member is no 居民 whole, and two family-key goals of one size
in two paragraphs are two goals. The sentences are the reports' own."""
from __future__ import annotations

import pandas as pd

from govreport import extract_quantities, read_text
from govreport.tables import build_targets
from govreport.tables.project_sets import names_projects
from name_cases import names
from target_cases import targets


def test_a_bare_work_takes_its_object_from_the_clause_before() -> None:
    # county_hailar_2019: 继续推进棚户区改造，完成800户的改造任务 counts the shanty-town homes rebuilt (the review's
    # 棚户区改造完成4000户), not bare 改造
    assert names("抓好“城市双修”工程、城区环境提升改造等项目，继续推进棚户区改造，完成800户的改造任务。")["800户"] == "棚户区改造户数"
    t = targets("棚户区改造完成4000户，12个棚改配套基础设施项目开工建设。",
                "抓好“城市双修”工程、城区环境提升改造等项目，继续推进棚户区改造，完成800户的改造任务。", 2018)
    row = t.loc["800户"]
    assert row["indicator_key"] == "shantytown_renovation"
    assert row["baseline_text"] == "4000户" and row["feasibility"] == "below_last_year"
    # a clause before that holds a figure, or ends with another work, lends nothing
    assert names("新建道路5条，完成800户的改造任务。")["800户"] == "改造户数"


def test_a_planned_sectors_investment_is_no_all_projects_total() -> None:
    # county_hailar_2019: 全年计划投资8.6亿元 is the municipal works' (…等市政项目建设 after it), not every project started
    t = targets("（三）产业项目蓬勃发展。发展着力点不断向提升质量和效益上聚焦，年内开工项目57个，完成投资34.8亿元。",
                "全年计划投资8.6亿元，加快推进铁路市政物业设施设备改造、东山组团雨水排放工程等项目进展，大力实施供水、供热、"
                "天然气管道、排水等市政项目建设，继续推进中心城区供热互联互通工程，新建24座环保式公共厕所。", 2018)
    assert t.loc["8.6亿元", "match"] == "none"
    # of the same set the review's figure still is (市政项目…完成投资)
    t = targets("大力实施供水、供热等市政项目建设，完成投资7.2亿元。",
                "全年计划投资8.6亿元，加快推进东山组团雨水排放工程等项目进展，大力实施供水、供热、排水等市政项目建设。", 2018)
    assert t.loc["8.6亿元", "baseline_text"] == "7.2亿元"


def test_pushed_project_builds_and_items_are_counted_alike_in_xiang_and_ge() -> None:
    # city_weihai_2024 #8: 稳步推动896项…重点项目建设 and the review's 794个…重点项目扎实推进 (L9): projects under way
    assert names_projects("稳步推动|省市县三级重点项目建设") and names_projects("省市县三级重点项目扎实推进")
    assert not names_projects("大科学装置建设")
    t = targets("大抓项目增后劲，794个省市县三级重点项目扎实推进，预计全年完成投资额突破千亿。",
                "按照“1+6”项目推进体系，稳步推动896项省市县三级重点项目建设，全年完成投资超过1000亿元。", 2023)
    assert t.loc["896项", "baseline_text"] == "794个" and t.loc["896项", "feasibility"] == "modest"


def test_a_list_sibling_after_a_and_is_no_part_of_the_count() -> None:
    # city_weihai_2024 #76: 15项补短板事项 (民生微实事, a sibling of 重点民生实事 with no count, is the list's next member),
    # and the review's 18个补短板事项年度任务高质量完成 (L12) counts 补短板事项
    got = names("民生无小事，我们将扎扎实实办好20项市级重点民生实事、15项补短板事项和民生微实事，从人民群众的操心事、烦心事、"
                "揪心事抓起。")
    assert got["15项"] == "补短板事项数" and got["20项"] == "市级重点民生实事数"
    got = names("开展六大民生领域百日攻坚行动，20项重点民生实事、18个补短板事项年度任务高质量完成，贴近群众需求办理民生"
                "“微实事”525项。")
    assert got["18个"] == "补短板事项数"
    # one count of both: 30处城乡便利店和生鲜超市, 296件政协提案和意见建议
    assert names("新改建2处城市邻里中心、5处县域配送中心、30处城乡便利店和生鲜超市，让城乡烟火气更旺。")["30处"] == "新改建城乡便利店和生鲜超市数"
    assert names("按期办结99件人大代表建议、296件政协提案和意见建议。")["296件"] == "政协提案和意见建议件数"
    t = targets("开展六大民生领域百日攻坚行动，20项重点民生实事、18个补短板事项年度任务高质量完成。",
                "民生无小事，我们将扎扎实实办好20项市级重点民生实事、15项补短板事项和民生微实事，从人民群众的操心事抓起。", 2023)
    assert t.loc["15项", "baseline_text"] == "18个" and t.loc["15项", "feasibility"] == "below_last_year"


def test_an_urban_member_is_no_baseline_of_all_residents_income() -> None:
    # city_weihai_2024 #5: 城镇和农村人均可支配收入预计分别增长4%、6%左右 gives the urban and the rural growth, no 居民 whole
    t = targets("城镇和农村人均可支配收入预计分别增长4%、6%左右；",
                "主要预期目标为：生产总值增长5.5%左右，居民人均可支配收入增长6%左右，城镇新增就业3.3万人。", 2023)
    assert t.loc["6%", "match"] == "none"
    t = targets("城镇和农村人均可支配收入预计分别增长4%、6%左右；",
                "城镇居民人均可支配收入增长5%，农村居民人均可支配收入增长7%。", 2023)
    assert t.loc["5%", "baseline_text"] == "4%" and t.loc["7%", "baseline_text"] == "6%"


def _targets_of(text: str) -> pd.DataFrame:
    return build_targets(extract_quantities(read_text(text)), text=text)


def test_two_family_key_goals_of_one_size_in_two_paragraphs_are_two_goals() -> None:
    # city_weihai_2024 #34: 推进21个现代物流重点项目建设 (L34) and 实施善养养老服务中心等21个重点项目 (L36), one sub-heading
    text = ("政府工作报告\n一、2023年工作回顾\n新开工项目300个。\n二、2024年政府工作目标任务\n"
            "（三）聚焦聚力服务业补短提升，构建优质高效产业新体系。\n"
            "培育生产性服务业生态圈。提升现代物流通畅度，推进21个现代物流重点项目建设，健全三级节点网络。\n"
            "打造现代服务业升级版。实施善养养老服务中心等21个重点项目，培育银发经济新增长点。\n")
    assert len(_targets_of(text).query("value == 21")) == 2
    # in one paragraph the second is the same goal again
    one = text.replace("。\n打造现代服务业升级版。", "。打造现代服务业升级版。")
    assert len(_targets_of(one).query("value == 21")) == 1
