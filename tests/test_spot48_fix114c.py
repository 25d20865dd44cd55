"""Held-out audits 46–48 (2023 city reports), round fix114c: baselines of school places of one kind, of a run of type words,
of a firm count whose works word follows it, and of a register's 入库/在库 count."""
from __future__ import annotations

from target_cases import baseline_of, class_of, targets


def test_school_places_take_the_kind_of_the_school_count_before_them() -> None:
    # 河源 G1: a review list of places runs through every kind of school
    review = ("新改扩建公办幼儿园14所、新增学位4890个；新改扩建及续建公办义务教育学校11所，新增学位10335个；"
              "新改扩建普通高中4所，新增学位8350个；新增中等职业教育学位4200个。")
    t = targets(review, "新改扩建义务教育学校9所，新增义务教育学位11725个。新改扩建特殊教育学校2所、新增学位276个。")
    assert baseline_of(t, "11725个") == "10335个" and class_of(t, "11725个") == "modest"
    assert baseline_of(t, "276个") == ""  # the review states no special schools' places
    # a places figure of the same kind still matches (the kindergartens' places)
    t = targets(review, "新改扩建公办幼儿园9所、新增学位4500个。")
    assert baseline_of(t, "4500个") == "4890个"


def test_places_of_a_kind_named_without_a_count_before_keep_their_name() -> None:
    # negative: a segment before with no school count gives no kind (the name's own words decide)
    t = targets("新增学位4200个。", "推进教育优质均衡发展，新增学位3000个。")
    assert baseline_of(t, "3000个") == "4200个"


def test_a_run_of_type_words_names_every_kind_of_its_head() -> None:
    # 河源 G2: 建成都市型、城镇型、乡野型、自然生态型碧道70公里 is the baseline of 建成碧道23公里
    t = targets("建成都市型、城镇型、乡野型、自然生态型碧道70公里。", "建成碧道23公里。")
    assert baseline_of(t, "23公里") == "70公里" and class_of(t, "23公里") == "below_last_year"
    # negative: one type is a part of the thing, still a scope
    t = targets("建成都市型碧道70公里。", "建成碧道23公里。")
    assert baseline_of(t, "23公里") != "70公里"


def test_the_works_word_after_a_count_of_firms_is_its_name() -> None:
    # 河源 G3: 推动102家企业完成技改投资40亿元 counts firms of 技改
    review = "推动102家企业完成技改投资40亿元。"
    t = targets(review, "推动100家企业开展技术改造、完成技改投资44亿元。")
    assert baseline_of(t, "100家") == "102家" and class_of(t, "100家") == "below_last_year"
    # negative: a count whose clause after it names no works is no baseline of firms of 技改
    t = targets("推动102家企业完成数字化转型。", "推动100家企业开展技术改造。")
    assert baseline_of(t, "100家") == ""


def test_on_the_register_is_entered_on_it() -> None:
    # 河源 G4: 在库科技型中小企业达372家 is the baseline of 入库科技型中小企业400家
    t = targets("在库科技型中小企业达372家。", "入库科技型中小企业400家。")
    assert baseline_of(t, "400家") == "372家" and class_of(t, "400家") == "modest"
    # negative: 新增 still makes additions
    t = targets("新增在库科技型中小企业50家。", "入库科技型中小企业400家。")
    assert baseline_of(t, "400家") != "50家"
    # negative: only the tech_smes register: projects on the register are no baseline of projects started
    t = targets("在库亿元以上项目1567个。", "新开工入库亿元以上项目不少于500个。")
    assert baseline_of(t, "500个") == ""


def test_the_investment_of_the_plans_own_package_of_tasks() -> None:
    # 渭南 G3: 计划总投资20亿元以上，办好今年的十件民生实事 and the review's 十件民生实事…完成投资22.5亿元
    review = "承诺的十件民生实事全部兑现，完成投资22.5亿元。"
    t = targets(review, "广泛征集群众意见，计划总投资20亿元以上，办好今年的十件民生实事。")
    assert baseline_of(t, "20亿元") == "22.5亿元" and class_of(t, "20亿元") == "below_last_year"
    # negative: a sentence naming no package takes no package's investment
    t = targets(review, "计划总投资20亿元以上，实施城建项目50个。")
    assert baseline_of(t, "20亿元") != "22.5亿元"
