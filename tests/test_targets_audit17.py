"""Targets after audit 8 (docs/audits/targets_8.md, issue #11: three reports from outside the corpus):
one test per rule, on paraphrased sentences run through the real reader and extractor
(docs/assumptions.md#non-targets, #parts-and-years)."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from govreport.tables import build_targets
from target_cases import targets


def test_a_closing_glossary_sets_no_goal() -> None:
    """附注 on a line of its own after the closing words: its notes explain terms (预计…新建幼儿园5万多所
    under the note) and are neither goals nor baselines; the plan's own goals stay."""
    text = ("政府工作报告\n一、2024年工作回顾\n城镇新增就业1200万人。\n二、2025年重点工作\n"
            "城镇新增就业1100万人以上。\n各位代表！\n让我们团结奋斗。\n附注：\n"
            "1、学前教育行动计划：预计各地将新建改扩建幼儿园5万多所，可新增园位300多万个。\n")
    report = read_text(text)
    assert "notes" in report.parts and report.parts["plan"].end == report.parts["notes"].start
    t = build_targets(extract_quantities(report)).set_index("text", drop=False)
    assert "1100万人" in t.index and "5万多所" not in t.index and "300多万个" not in t.index


def test_a_count_closing_members_named_by_example_is_a_set() -> None:
    """甲港、乙港等6个国家物流枢纽 and 东馆、西馆等30个科普场馆 name the sets the plan works on; an output
    verb of the clause (建成…等15个项目), of the clause before where the list runs on (新开工…，…等200个…项目)
    or after the count (…等12条特色路改造) keeps the count a goal."""
    t = targets("城镇新增就业100万人。",
                "加快甲港、乙港等6个国家物流枢纽建设，用好用活东馆、西馆等30个科普场馆。"
                "建成丙馆、丁中心等15个项目。新开工甲厂、乙基地等20个50亿元以上，丙线、丁园等200个亿元以上工业项目。"
                "实施东风路等12条特色路改造。")
    assert "6个" not in t.index and "30个" not in t.index
    assert {"15个", "200个", "12条"} <= set(t.index)


def test_a_count_after_a_verb_that_works_on_what_is_there_is_a_set() -> None:
    """壮大…和12条产业链, 提质扩量4个产业集群, 做好3个医疗中心服务保障, 推进50个…重点县:
    what exists or the places the plan works in; 新建8个智能工厂 stays a goal, and so (since audit 35, HF24 #35)
    does 高质量运营8个海外创新中心: the number of centres to run this year."""
    t = targets("城镇新增就业100万人。",
                "壮大5大特色产业集群和12条乡村富民产业链。高质量运营8个海外创新中心。提质扩量4个省级特色产业集群。"
                "全力做好3个区域医疗中心服务保障。推进50个粮食产能提升重点县建设。新建9个智能工厂。")
    assert not {"12条", "4个", "3个", "50个"} & set(t.index) and {"8个", "9个"} <= set(t.index)


def test_thresholds_size_classes_and_rank_titles_are_no_goals() -> None:
    """5万千瓦及以下燃煤机组, 年运量100万吨以上的物流园区, 新增100亿产业链2个 (the class of the chain) and 进入
    全国百强 class or rank; 用于1000万人次以上的职工技能培训 counts the training, a goal."""
    t = targets("城镇新增就业100万人。",
                "关停淘汰5万千瓦及以下燃煤机组。推动年运量100万吨以上的物流园区接入铁路专用线。新增100亿产业链2个。"
                "甲县力争进入全国百强。拿出500亿元用于1000万人次以上的职工技能培训。")
    assert not {"5万千瓦", "100万吨", "100亿", "百"} & set(t.index)
    assert "1000万人次" in t.index and "2个" in t.index


def test_a_change_in_points_right_after_a_share_restates_it() -> None:
    """农村养老服务站覆盖率50%、提高4个百分点: the share is the goal, the points are its change."""
    t = targets("城镇新增就业100万人。", "农村养老服务站覆盖率50%、提高4个百分点。")
    assert "50%" in t.index and "4个百分点" not in t.index


def test_the_size_in_a_project_carried_on_is_no_amount_of_the_year() -> None:
    """推进…100万亩整区域建设高标准农田项目: the project's size; 新建高标准农田300万亩 is the year's amount."""
    t = targets("城镇新增就业100万人。", "推进豫北平原100万亩整区域建设高标准农田项目，新建高标准农田300万亩以上。")
    assert "100万亩" not in t.index and "300万亩" in t.index


def test_runs_of_trains_are_counted_in_banci() -> None:
    """开行3000班次: 班次 counts runs (units.csv), so the figure is a goal, not a bare number."""
    t = targets("城镇新增就业100万人。", "推动中欧班列拓线扩量、开行3000班次。")
    assert t.loc["3000班次"].unit == "班次" and t.loc["3000班次"].target_kind == "exact"


def test_a_magnitude_with_no_digit_after_break_through_is_an_amount() -> None:
    """力争国家高新技术企业突破万户: 1万户 and more, a floor goal, as 突破亿元大关 is 1亿元 and more."""
    t = targets("城镇新增就业100万人。", "力争国家高新技术企业突破万户。")
    row = t.loc["万户"]
    assert row.value == 10000 and row.unit == "户" and row.target_kind == "floor"
