"""Held-out audit 47 (汕头, 濮阳 2023), round fix111d: parts and years — an annex of the review year's results appended
after the plan (附件一 2022年市十件民生实事完成情况汇总表) is review, and a table's cell border | ends a name."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from target_cases import baseline_of, class_of, targets

RESULTS = ("附件一\n2024年市十件民生实事完成情况汇总表\n| 重点事项 | 牵头单位 | 实际进度 |\n| --- | --- | --- |\n"
           "| 十、完成老旧小区既有住宅加装电梯100部 | 市住房城乡建设局 | 完成老旧小区既有住宅加装电梯154部，有效改善群众居住品质。 |\n")


def test_an_annex_of_the_review_years_results_is_review() -> None:
    # 汕头 G1: rows 37-57 were 2022 results read as 2023 targets; row 59 missed 154部 as its baseline
    plan = "继续推进城市既有住宅加装电梯工作，新增完成既有住宅加装电梯100部以上。\n" + RESULTS
    plan += "附件二\n2025年市十件民生实事\n推进老旧小区改造，建成口袋公园30个。\n"
    t = targets("新建口袋公园18个。", plan)
    assert "154部" not in set(t["text"])  # a result, no goal
    assert baseline_of(t, "100部") == "154部" and class_of(t, "100部") == "below_last_year"
    # the item's title cell (十、完成…100部) states last year's goal: no result, no baseline
    assert list(t.loc[t["text"] == "100部", "baseline_text"]) == ["154部"]
    # 附件二 of the plan year stays plan
    assert baseline_of(t, "30个") == "18个"


def test_an_annex_of_the_plan_year_stays_plan() -> None:
    # negative: an annex naming the plan year (and no results word) is the plan's list of goals
    plan = "推进老旧小区改造。\n附件\n2025年市十件民生实事\n新增完成既有住宅加装电梯100部以上。\n"
    t = targets("完成既有住宅加装电梯80部。", plan)
    assert baseline_of(t, "100部") == "80部" and class_of(t, "100部") == "stretch"


def test_a_cell_border_ends_a_name() -> None:
    # 汕头 rows 38, 43, 52: “项目|市水务局|建设社区泵房数”: a table cell's border is a clause break
    text = ("政府工作报告\n一、2024年工作回顾\n| 二、全面完成供水系统提压改造项目 | 市水务局 | 建设社区泵房39座，修复供水干管21公里。 |\n"
            "二、2025年重点工作\n地区生产总值增长5%。\n")
    q = extract_quantities(read_text(text))
    names = dict(zip(q["text"], q["indicator"]))
    assert "|" not in names["39座"] and "市水务局" not in names["39座"] and "社区泵房" in names["39座"]


def _years(text: str) -> dict[str, tuple[str, str]]:
    """(year, year_from) of each figure of ``text``, by its text."""
    q = extract_quantities(read_text(text))
    return {r["text"]: (str(r["year"]), "" if str(r["year_from"]) in ("", "nan", "None", "<NA>") else str(r["year_from"]))
            for _, r in q.iterrows()}


def test_a_section_headed_by_the_next_five_years_sets_later_goals() -> None:
    # 濮阳 G1: 二、今后五年的目标任务 between 一、过去五年工作回顾 and 三、2023年工作安排: goals for 2027 (十四五末: 2025)
    text = ("政府工作报告\n一、过去五年工作回顾\n2022年，新增城镇就业5万人。\n二、今后五年的目标任务\n"
            "力争生产总值“十四五”末迈上3000亿元台阶。建成省级工程技术研究中心18个。\n"
            "三、2023年工作安排\n建成省级工程技术研究中心5个。\n")
    years = _years(text)
    assert years["18个"] == ("2027", "2023") and years["3000亿元"] == ("2025", "2023")
    assert years["5个"] == ("2023", "")
    # negative: a heading that names the plan year too (今后五年目标和2023年工作安排) is the plan year's
    shared = text.replace("二、今后五年的目标任务", "二、今后五年目标和2023年工作安排")
    assert _years(shared)["18个"] == ("2023", "")


def test_a_year_opening_its_own_sentence_overrides_the_five_years() -> None:
    # 濮阳 G3: 过去五年，…。2022年，预计全市生产总值增长5%以上: the year's figure, a baseline
    review = "过去五年，综合实力大幅跃升，一般公共预算收入达到116.8亿元。2022年，预计全市生产总值增长5%以上，规模以上工业增加值增长8%以上。"
    t = targets(review, "生产总值增长7%以上，规模以上工业增加值增长9%。", review_year=2022)
    assert baseline_of(t, "7%") == "5%" and baseline_of(t, "9%") == "8%"
    # negative: the same paragraph's sentence with no year of its own stays the five years'
    years = _years(f"政府工作报告\n一、过去五年工作回顾\n{review}\n二、2023年工作安排\n生产总值增长7%。\n")
    assert years["116.8亿元"] == ("2022", "2018") and years["5%"] == ("2022", "")


def test_five_year_totals_after_a_work_lead_are_no_years_flows() -> None:
    # 濮阳 G2: 五年来，主要做了以下工作： then paragraphs that name 2022年 inside: their other figures are the five years'
    review = ("五年来，主要做了以下工作：\n城市带动能力持续增强。改造老旧小区676个，人居环境明显改善。"
              "2022年，新建口袋公园18个。\n")
    t = targets(review, "改造老旧小区93个，新建口袋公园20个。", review_year=2022)
    assert baseline_of(t, "93个") == "" and baseline_of(t, "20个") == "18个"
    # negative: a paragraph opening with the review year ends the five years' span
    review2 = review + "2022年，全市改造老旧小区120个。\n"
    assert baseline_of(targets(review2, "改造老旧小区93个。", review_year=2022), "93个") == "120个"
