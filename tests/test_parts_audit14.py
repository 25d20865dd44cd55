"""Audit 14 (unseen texts): a plan heading naming only a later year, and a five-year plan's outline
after the plan; one test per rule, on paraphrased texts run through the real reader and extractor
(docs/assumptions.md#parts-and-years)."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from govreport.tables import build_targets


def test_a_heading_naming_a_later_year_is_the_plan() -> None:
    """二、2030年主要工作 after 一、2029年工作回顾 plans 2030 although 主要工作 is a review word; the
    heading after it (no part word) stays plan, and the goals under it are targets."""
    text = ("一、2029年工作回顾\n过去一年，全市地区生产总值增长4.2%，城镇新增就业8.1万人。\n"
            "二、2030年主要工作\n2030年是建市八十周年，是承前启后的关键一年。做好全年工作，意义重大。\n"
            "经济社会发展的主要预期目标是：地区生产总值增长5%左右，"
            "城镇新增就业8万人以上。\n三、加强自身建设\n我们要依法行政。\n")
    report = read_text(text)
    assert set(report.parts) >= {"review", "plan"}
    assert report.parts["plan"].start == text.index("二、")
    t = build_targets(extract_quantities(report)).set_index("text", drop=False)
    assert {"5%", "8万人"} <= set(t.index) and "4.2%" not in t.index


def test_a_heading_naming_the_review_year_stays_review() -> None:
    """2029年主要工作和“十四五”发展成就 after a review heading of the same year is still review."""
    text = ("一、2029年工作回顾\n全市地区生产总值增长4.2%。\n二、2029年主要工作成效\n城镇新增就业8.1万人。\n"
            "三、2030年工作安排\n地区生产总值增长5%左右。\n")
    report = read_text(text)
    assert report.parts["plan"].start == text.index("三、")


def test_a_five_year_outline_after_the_plan_is_a_term_part() -> None:
    """三、关于《…第十二个五年规划纲要（草案）》的说明 after the plan: its 五年来 results are the last
    term's (no targets, no review-year baselines: 2010年与2005年相比…增长60% is not the GDP goal's
    baseline), its goals the new term's (2015, from 2011); the plan's goals stay 2011's."""
    text = ("一、去年工作回顾\n2010年国内生产总值增长10.3%，城镇新增就业1168万人。\n"
            "二、今年主要任务\n今年国内生产总值增长8%左右，城镇新增就业900万人。\n"
            "三、关于《国民经济和社会发展第十二个五年规划纲要（草案）》的说明\n"
            "五年来，经济实力显著增强。2010年与2005年相比，国内生产总值增长60%；财政收入增长1.2倍。"
            "城镇新增就业5500万人。\n"
            "《纲要（草案）》提出，“十二五”期间单位国内生产总值能源消耗降低16%，国内生产总值年均增长7%。\n")
    report = read_text(text)
    assert "term" in report.parts and report.parts["term"].start == text.index("三、")
    q = extract_quantities(report).set_index("text", drop=False)
    assert (q.loc["60%", "role"], q.loc["60%", "year"], q.loc["60%", "year_from"]) == ("actual", 2010, 2006)
    assert (q.loc["16%", "role"], q.loc["16%", "year"], q.loc["16%", "year_from"]) == ("target", 2015, 2011)
    t = build_targets(extract_quantities(report)).set_index("text", drop=False)
    assert set(t.index) == {"8%", "900万人"}
    assert float(t.loc["8%", "baseline_value"]) == 10.3 and float(t.loc["900万人", "baseline_value"]) == 11680000


def test_a_goal_formula_inside_a_review_without_plan_heading_starts_the_plan() -> None:
    """The headings give a review and no plan (二、主要工作 names no year and scores as review): the
    formula 经济社会发展的主要目标是： opening a sentence inside it starts the plan, from the level-1
    heading it stands under; a review sentence that only mentions goals met starts nothing."""
    text = ("一、过去一年工作回顾\n全市地区生产总值增长4.2%，全年主要目标任务圆满完成。\n二、主要工作\n"
            "做好全年工作，意义重大。\n经济社会发展的主要目标是：地区生产总值增长5%左右，城镇新增就业8万人以上。\n"
            "三、加强自身建设\n我们要依法行政。\n")
    report = read_text(text)
    assert report.parts["plan"].start == text.index("二、") and report.parts["review"].end == text.index("二、")
    t = build_targets(extract_quantities(report)).set_index("text", drop=False)
    assert {"5%", "8万人"} <= set(t.index)
    review_only = read_text("一、过去一年工作回顾\n全市地区生产总值增长4.2%，全年主要目标任务圆满完成。\n二、主要工作成效\n新增就业8万人。\n")
    assert "plan" not in review_only.parts


def test_a_change_between_two_years_apart_is_no_baseline() -> None:
    """2010年与2005年相比，国内生产总值增长60% (and 比2005年增长) in the review states a change over five
    years: never the one-year baseline of the plan's growth goal, which takes 比上年增长10.3%."""
    text = ("一、2010年工作回顾\n2010年与2005年相比，国内生产总值增长60%，城镇居民收入比2005年增长55%。"
            "全年国内生产总值比上年增长10.3%，城镇居民收入增长7.8%。\n"
            "二、2011年工作安排\n国内生产总值增长8%左右，城镇居民收入增长7%。\n")
    t = build_targets(extract_quantities(read_text(text))).set_index("text", drop=False)
    assert float(t.loc["8%", "baseline_value"]) == 10.3
    assert float(t.loc["7%", "baseline_value"]) == 7.8


def test_part_lines_divide_a_text_whose_parts_both_number_their_sections() -> None:
    """Audit 36 (德阳 2024): un-numbered part lines (2023年工作回顾 … 2024年主要工作) with 一、…八、 sections
    under each. The review's 七、常抓严管守底线，社会大局和谐稳定 opens with …大运会空气质量保障任务 (任务, a
    plan word); before, that section started the plan and 2023's figures became targets. The part lines
    divide the text; 2024年主要工作 is one of them (主要工作 alone is a review word, its year says plan)."""
    text = ("2023年工作回顾\n一年来，我们坚持稳中求进。\n一、综合施策稳增长，经济恢复回升向好\n"
            "项目推进全面提速。争取上级补助资金183.6亿元、增长11.6%。\n"
            "七、常抓严管守底线，社会大局和谐稳定\n"
            "生态环境持续好转。完成重点工业企业深度治理113家，圆满完成大运会空气质量保障任务。\n"
            "2024年主要工作\n今年是中华人民共和国成立75周年。\n"
            "一、推动同城融圈走深走实，持续增强区域发展能级\n新建5G基站1000个以上。\n")
    report = read_text(text)
    assert report.parts["review"].start == 0
    assert report.parts["plan"].start == text.index("2024年主要工作")
    t = build_targets(extract_quantities(report)).set_index("text", drop=False)
    assert "1000个" in t.index and "113家" not in t.index


def test_numbered_part_headings_still_divide_when_no_part_line_names_the_plan() -> None:
    """Only part lines that name both parts divide the text alone: a lone un-numbered review line
    before numbered part headings (一、2029年工作回顾 … 二、2030年工作安排) changes nothing."""
    text = ("工作回顾\n一、2029年工作回顾\n全市地区生产总值增长4.2%。\n二、2030年工作安排\n地区生产总值增长5%左右。\n")
    report = read_text(text)
    assert report.parts["plan"].start == text.index("二、")
