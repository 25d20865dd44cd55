"""Audit 27 (fix32a): structure and what is a target; one test per rule, on paraphrased texts run
through the real reader and extractor (docs/assumptions.md)."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from govreport.tables import build_targets


def test_a_five_year_outline_before_the_plan_is_a_term_part() -> None:
    """二、关于《…第十五个五年规划纲要（草案）》的说明 between the review and 三、2031年主要任务: its 这五年
    paragraph is the last term's review (no target, no one-year baseline), the plan starts at 三、, and
    a heading after the outline without part words (四、…) is still the plan."""
    text = ("一、2030年工作回顾\n过去一年，全市生产总值增长4.6%，新增就业岗位58万个。\n"
            "二、关于《某市国民经济和社会发展第十六个五年规划纲要（草案）》的说明\n"
            "“十五五”时期，全市发展极不平凡。这五年，综合实力再上台阶。全市生产总值从3.1万亿元增加到4.2万亿元，"
            "年均新增就业岗位61万个，新增养老床位2.4万张。\n"
            "三、2031年主要任务\n全市生产总值增长5%左右，新增就业岗位55万个，新增养老床位3000张。\n"
            "四、深入推进政府治理创新\n我们要依法行政，建成便民服务点120个。\n")
    report = read_text(text)
    assert report.parts["term"].start == text.index("二、")
    assert report.parts["review"].end == text.index("二、")
    assert report.parts["plan"].start == text.index("三、")
    q = extract_quantities(report).set_index("text", drop=False)
    assert (q.loc["4.2万亿元", "part"], q.loc["4.2万亿元", "role"]) == ("term", "actual")
    t = build_targets(extract_quantities(report)).set_index("text", drop=False)
    assert set(t.index) == {"5%", "55万个", "3000张", "120个"}
    assert float(t.loc["55万个", "baseline_value"]) == 580000  # the year's, not the term's 61万个


def _targets(plan: str, review: str = "全市生产总值增长4.6%。"):
    text = f"一、2030年工作回顾\n{review}\n二、2031年主要任务\n{plan}\n"
    return build_targets(extract_quantities(read_text(text))).set_index("text", drop=False)


def test_classes_names_reaches_scopes_and_guidelines_are_no_targets() -> None:
    """超50亿元 before a count, 50亿元以下 before a noun, N人论坛, N公里…服务圈, 及其N条 and 1—2个主导产业 class, name,
    bound or scope something; the counts and lengths beside them stay goals."""
    t = _targets("新签约超5亿元项目60个以上，其中超20亿元12个、超50亿元6个。"
                 "实现30亿元以下市值公司上门服务全覆盖。办好青年创业30人论坛等活动。"
                 "新建充电桩3000个、建成2公里充电服务圈，新建绿道120公里。"
                 "加快南湖及其18条支河水环境治理，整治河道45条。"
                 "大力发展县域经济，做大做强1—2个主导产业，新培育省级龙头企业30家。")
    for label in ("20亿元", "50亿元", "30亿元", "30人", "2公里", "18条", "1—2个"):
        assert label not in t.index, label
    assert {"60个", "12个", "6个", "3000个", "120公里", "45条", "30家"} <= set(t.index)


def test_investment_with_a_count_after_it_stays_a_goal() -> None:
    """完成投资80亿元12个重点项目 states the money invested: no 超 or 以上 marks a class."""
    t = _targets("区属企业完成投资80亿元12个重点项目。")
    assert "80亿元" in t.index


def test_a_count_reached_after_added_clauses_is_no_baseline_of_an_addition() -> None:
    """…新增上市企业9家，…“小巨人”企业达180家: the stock there is, no baseline for 新增“小巨人”企业40家."""
    t = _targets("新增国家专精特新“小巨人”企业40家以上。",
                 "年度新增规上工业企业500家，新增上市企业9家，国家专精特新“小巨人”企业达180家。")
    assert t.loc["40家", "baseline_text"] != "180家" and t.loc["40家", "feasibility"] == "no_baseline"


def test_own_tasks_with_a_year_and_classes_before_the_count() -> None:
    """切实抓好2031年十大类46项民生实事工程: the plan's own list (as 扎实推进30项为民办实事项目)."""
    t = _targets("切实抓好2031年十大类46项民生实事工程。新建养老床位800张。")
    assert "46项" not in t.index and "800张" in t.index


def test_plots_and_townships_are_counters_and_supported_facilities_are_goals() -> None:
    """27块…达标区, 3乡…延伸工程 count; 支持100个…设施建设 is support to build them."""
    t = _targets("建成27块污水处理达标区，全面完成东坝、吉曲3乡大电网延伸工程，支持90个农村养老服务设施建设。")
    assert {"27块", "3乡", "90个"} <= set(t.index)


def test_an_outline_heading_naming_the_plan_year_stays_the_plan() -> None:
    """二、2031年工作安排和第十六个五年规划纲要实施 names the plan year: the plan's, not the term's; 二、“十六五”规划纲要说明
    (no 的, no 草案) heads a term part as well."""
    plan = ("一、2030年工作回顾\n全市生产总值增长4.6%。\n二、2031年工作安排和第十六个五年规划纲要实施\n"
            "全市生产总值增长5%左右。\n")
    report = read_text(plan)
    assert "term" not in report.parts and report.parts["plan"].start == plan.index("二、")
    term = ("一、2030年工作回顾\n全市生产总值增长4.6%。\n二、“十六五”规划纲要说明\n这五年，新增就业岗位300万个。\n"
            "三、2031年主要任务\n全市生产总值增长5%左右。\n")
    report = read_text(term)
    assert report.parts["term"].start == term.index("二、") and report.parts["plan"].start == term.index("三、")
