"""Targets after the rule round on audit 25's row, baseline and missed-target faults (docs/audits/targets_25.md,
fault classes): one test per rule, on paraphrased sentences run through the real reader and extractor."""
from __future__ import annotations

from target_cases import targets

REVIEW = "城镇新增就业30万人。"


def test_people_a_place_has_are_no_goal() -> None:
    """某市有良好的教育条件，有50万名在园幼儿、120多万名在校中小学生: the present described with 有 (audit 25 GZ24#20–22)."""
    t = targets(REVIEW, "某市有良好的教育条件，有50万名在园幼儿、120多万名在校中小学生、全国领先的100万名在校大学生。"
                        "帮助3万名残疾人就业。")
    assert not {"50万名", "120多万名", "100万名"} & set(t.index)
    assert "3万名" in t.index


def test_classes_singled_out_are_a_set_worked_on() -> None:
    """突出抓好8类重点行业和6类敏感场所安全防控: classes of what there is (GZ24#47, #48); 推进100类证照“免提交” stays."""
    t = targets(REVIEW, "突出抓好8类重点行业和6类敏感场所安全防控。推进100类高频证照“免提交”。")
    assert "8类" not in t.index and "6类" not in t.index and "100类" in t.index


def test_a_package_of_measures_or_plans_is_no_goal() -> None:
    """…监管体制改革12项举措, 实施“1+6”行动和10个重点产业稳增长方案: the size of a package (GZ24#7, SD26#20)."""
    t = targets(REVIEW, "推进某区放宽准入与加强监管体制改革12项举措。实施制造业“1+6”行动和10个重点产业稳增长方案。")
    assert "12项" not in t.index and "10个" not in t.index


def test_a_designated_set_named_by_example_is_no_goal() -> None:
    """打造装备、材料等3个万亿级产业: the examples between 打造 and the count keep the designating rule (SD26#26)."""
    t = targets(REVIEW, "打造高端装备、新材料等3个万亿级新兴支柱产业。")
    assert "3个" not in t.index
    t = targets(REVIEW, "集中要素资源打造高端装备、新材料等3个万亿级新兴支柱产业。")  # a verb phrase before 打造
    assert "3个" not in t.index


def test_own_tasks_with_a_level_before_them_are_no_goal() -> None:
    """接续办好12件市级重点民生实事: a level and 重点 before 民生实事 keep the own-task rule (CQ26#26)."""
    t = targets(REVIEW, "今年，我们将接续办好12件市级重点民生实事。")
    assert "12件" not in t.index


def test_existing_pilots_used_are_no_goal() -> None:
    """发挥甲乙丙3个消费试点作用: what there is, put to use (SD26#6)."""
    t = targets(REVIEW, "发挥甲乙丙3个新业态消费试点作用。")
    assert "3个" not in t.index


def test_a_distance_band_defines_an_area() -> None:
    """实施长江沿线1公里化工腾退地块治理: the distance defines the plots (CQ26#25)."""
    t = targets(REVIEW, "实施长江沿线1公里化工腾退地块土壤污染治理。新改建农村公路500公里。")
    assert "1公里" not in t.index and "500公里" in t.index


def test_clinics_in_jia_and_ge_are_one_measure() -> None:
    """改造村卫生室1.2万家 vs 新改造提升村卫生室1.5万个: 家 and 个 count the same clinics (SD26#48)."""
    t = targets("新改造提升村卫生室1.5万个。", "改造村卫生室1.2万家。")
    assert t.loc["1.2万家", "baseline_text"] == "1.5万个"


def test_firms_supported_in_their_upgrading_are_a_goal() -> None:
    """支持800家以上企业技术改造: the firms helped, a floor goal (GZ24#12), though 支持 before a bare set is a set worked on."""
    t = targets(REVIEW, "实施工业投资计划，支持800家以上企业技术改造。")
    assert t.loc["800家", "target_kind"] == "floor"


def test_women_counted_with_no_unit_are_people() -> None:
    """为60万妇女免费开展“两癌”筛查: 妇女 after 万 are the people counted (CQ26#33), named as 为80万重点群体… is."""
    t = targets(REVIEW, "为60万妇女免费开展“两癌”筛查。")
    assert "60万" in t.index
    assert t.loc["60万", "unit"] == "人" and t.loc["60万", "indicator"] == "妇女人数"


def test_two_equal_members_of_a_list_are_two_goals() -> None:
    """启动3家左右上市公司并购及3家左右上市公司“二次混改”: the second is no restatement of the first (GZ24#21)."""
    t = targets(REVIEW, "力争启动实施3家左右上市公司并购及3家左右上市公司“二次混改”。")
    assert len(t.loc[["3家"]]) == 2


def test_a_term_part_opened_by_a_sentence_with_no_figure_is_set_apart() -> None:
    """一、2025年和“十四五”时期工作回顾 whose five-year part opens with 这五年，是…的五年。 (no figure): the figures after it
    are the term's, found from the report's text (audit 25, Chongqing latent)."""
    from govreport import extract_quantities, read_text
    from govreport.tables.figures import figures, review_figures
    from govreport.tables.year_spans import term_totals
    text = ("政府工作报告\n一、2025年和“十四五”时期工作回顾\n2025年，全省经济稳中有进。地区生产总值增长5%。\n"
            "各位代表！回首来路，我们走过了不平凡的历程。这五年，是奋进的五年。五年来，我们坚持绿色发展。新建城市公园14个。\n"
            "二、2026年工作安排\n新建城市公园15个。\n")
    report = read_text(text)
    figs = figures(extract_quantities(report))
    review = review_figures(figs)
    assert not {f.text for f in review if f.id in term_totals(review, figs)}
    assert {f.text for f in review if f.id in term_totals(review, figs, report.text)} == {"14个"}


def test_chengzhen_before_a_scope_is_no_narrower_scope() -> None:
    """新建改造供排水管网2000公里 vs 新改建城镇供排水管网3000公里: 城镇 (like 城市) names no narrower scope (CQ26#20)."""
    t = targets("新改建城镇供排水管网3000公里。", "新建改造供排水管网2000公里。")
    assert t.loc["2000公里", "baseline_text"] == "3000公里"
