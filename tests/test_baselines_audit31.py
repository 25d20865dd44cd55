"""Baselines after audits 31 and 32 (docs/audits/targets_31.md, targets_32.md, fault classes "baselines of the same measure
refused", "baselines of another measure taken", "baselines refused or of another member"): paraphrased sentences run through
the real reader and extractor (tables/name_equivalents.py, tables/list_baselines.py, data/baseline_scopes.json)."""
from __future__ import annotations

import pandas as pd

from govreport.tables.name_equivalents import reduced
from target_cases import targets

GOALS = "地区生产总值增长5%左右。"


def _base(t: pd.DataFrame, text: str) -> str:
    rows = t.loc[[text]]
    value = rows["baseline_text"].iloc[0]
    return "" if pd.isna(value) else str(value)


def test_new_loans_are_the_addition_to_the_loan_balance() -> None:
    """新增贷款 is 金融机构贷款余额新增 (QJ24#32)."""
    t = targets("金融机构贷款余额新增88.5亿元。", GOALS + "新增贷款90亿元以上。")
    assert _base(t, "90亿元") == "88.5亿元"


def test_a_registering_verb_and_a_scenic_area_word_name_no_other_measure() -> None:
    """入库科技型中小企业 (QJ24#55); 景区 and 全年 (QN24#45, with 突破: an outcome stated)."""
    t = targets("入库科技型中小企业210家。", GOALS + "实现科技型中小企业260家以上。")
    assert _base(t, "260家") == "210家"
    t = targets("黄果树景区全年接待游客量突破500万人次。", GOALS + "力争黄果树接待游客量突破560万人次。")
    assert _base(t, "560万人次") == "500万人次"


def test_works_and_projects_sanitary_toilets_and_toilets_are_one_noun() -> None:
    """工业治污工程 and …工业治污项目 (QN24#83); 新（改）建农村卫生户厕 and 新（改）建农村户厕…以上 (QN24#124)."""
    t = targets("建成某某集团废水处理工程等工业治污项目31个。", GOALS + "完成工业治污工程30个。")
    assert _base(t, "30个") == "31个"
    t = targets("新（改）建农村户厕3万户以上。", GOALS + "完成2万户新（改）建农村卫生户厕。")
    assert _base(t, "2万户") == "3万户"


def test_training_skilled_workers_is_skills_training() -> None:
    """培训技能人才 and 完成技能培训 (QN24#93)."""
    t = targets("完成技能培训5.2万人。", GOALS + "培训技能人才5万人以上。")
    assert _base(t, "5万人") == "5.2万人"


def test_a_bare_name_takes_the_subject_its_sentence_names_before() -> None:
    """交易额 after 服装电商 in both sentences (TM24#37)."""
    t = targets("举办家纺电商产业峰会，家纺电商销售量3亿件、交易额300亿元，直播带货量全省第1。",
                GOALS + "做强家纺电商集聚区，新增家纺电商经营主体400家，交易额突破350亿元。")
    assert _base(t, "350亿元") == "300亿元"


def test_a_place_prefix_and_an_item_counter_do_not_change_the_measure() -> None:
    """州五大主导产业规上工业总产值 (QDN24#17); 事项10个 for 10件 (ES24#93)."""
    t = targets("州五大主导产业规上工业总产值完成150.3亿元。", GOALS + "力争五大主导产业规上工业总产值达到180亿元以上。")
    assert _base(t, "180亿元") == "150.3亿元"
    t = targets("上线“一件事一次办”联办事项12个。", GOALS + "再上线“一件事一次办”联办事项15件。")
    assert _base(t, "15件") == "12个"


def test_named_a_title_and_striving_for_it_count_the_same_titles() -> None:
    """被评为省级乡村振兴示范村 and 争创…示范村 (ES24#62)."""
    t = targets("某某村等6个村被评为省级乡村振兴示范村。", GOALS + "争创省级乡村振兴示范村4个。")
    assert _base(t, "4个") == "6个"
    assert reduced("村被评为省级乡村振兴示范村数") == reduced("争创省级乡村振兴示范村数")


def test_each_member_of_town_and_country_takes_its_own_amount() -> None:
    """城乡低保平均标准分别增长x、y: the rural (second) member takes y (QDN24#53)."""
    t = targets("城乡低保平均标准分别增长6％、11％。", GOALS + "城市低保平均标准提高5%，农村低保平均标准提高10%。")
    assert _base(t, "10%").rstrip("%％") == "11"


def test_a_share_of_gdp_of_another_numerator_is_no_baseline() -> None:
    """绿色经济占GDP比重 for 数字经济增加值占GDP比重 (QN24#79); R&D under two wordings stays one numerator."""
    t = targets("绿色经济占GDP比重达44%。", GOALS + "数字经济增加值占GDP比重达38%。")
    assert _base(t, "38%") == ""


def test_approvals_are_no_baseline_for_building_work() -> None:
    """新增获批省级临床重点专科 for 抓好…建设 (QN24#96)."""
    t = targets("新增获批省级临床重点专科25个。", GOALS + "抓好50个省级临床重点专科建设。")
    assert _base(t, "50个") == ""


def test_new_firms_are_no_baseline_for_firms_given_a_service() -> None:
    """新增规上服务业企业 for 对N家规上工业企业开展数字化诊断 (TM24#22)."""
    t = targets("新增规上服务业企业30家。", GOALS + "对35家规上工业企业开展数字化诊断。")
    assert _base(t, "35家") == ""


def test_a_member_of_a_review_list_under_a_shared_verb_is_named_with_its_own_noun() -> None:
    """新建（改）燃气管网…、大型农贸超市2个、公厕77座 gives 新建（改）公厕10座 its baseline (ES24#43)."""
    t = targets("新建（改）燃气管网45公里、大型农贸超市2个、公厕60座。", GOALS + "改造燃气管道35公里，新建（改）公厕12座。")
    assert _base(t, "12座") == "60座"


def test_a_review_count_with_yu_named_by_examples_counts_the_noun_after_deng() -> None:
    """组织开展“荆楚购”等促消费活动30余场 for 波浪式开展促消费系列活动30场以上 (TM24#32): 余 states an outcome."""
    t = targets("组织开展“江城购”等促消费活动40余场。", GOALS + "波浪式开展促消费系列活动45场以上。")
    assert _base(t, "45场") == "40余场"
    t = targets("三级甲等医疗卫生机构增至61家。", GOALS + "实现检查检验结果互通共享的医疗卫生机构50家。")
    assert _base(t, "50家") == ""
