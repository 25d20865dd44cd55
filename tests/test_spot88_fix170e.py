"""Held-out set 88 (汕头 2022), round fix170e: an annex of the review year's results whose title sits after a blank line
(附件一⏎⏎2021年十件民生实事完成情况汇总表, as Markdown-converted reports write every heading) is review, not plan: its
cells are last year's actuals (baselines), not the plan year's goals. Paraphrased texts through the real reader and
extractor."""
from __future__ import annotations

from target_cases import baseline_of, class_of, targets

RESULTS = ("附件一\n\n2024年十件民生实事完成情况汇总表\n\n| 重点事项 | 牵头单位 | 实际进度 |\n| --- | --- | --- |\n"
           "| 六、推进农村公路建设 | 市交通运输局 | 新改建农村公路150公里，实施农村公路桥梁整治改造3座。 |\n"
           "| 十、完成老旧小区既有住宅加装电梯100部 | 市住房城乡建设局 | 完成老旧小区既有住宅加装电梯154部，改善居住品质。 |\n")


def test_a_results_annex_titled_after_a_blank_line_is_review() -> None:
    # 汕头 G1: rows 34-60 were 2021 actuals of 附件一 read as 2022 targets (title two lines below 附件一)
    plan = "继续推进城市既有住宅加装电梯工作，新增完成既有住宅加装电梯100部以上。\n\n" + RESULTS
    plan += "\n附件二\n\n2025年市十件民生实事\n\n推进老旧小区改造，建成口袋公园30个。\n"
    t = targets("新建口袋公园18个。", plan)
    assert not {"154部", "150公里", "3座"} & set(t["text"])  # results, no goals
    assert baseline_of(t, "100部") == "154部" and class_of(t, "100部") == "below_last_year"
    assert baseline_of(t, "30个") == "18个"  # 附件二 of the plan year stays plan


def test_a_plan_year_annex_titled_after_a_blank_line_stays_plan() -> None:
    # boundary: the annex's next line with words names the plan year and no results word: the plan's own list
    plan = "推进老旧小区改造。\n\n附件\n\n2025年市十件民生实事\n\n新增完成既有住宅加装电梯100部以上。\n"
    t = targets("完成既有住宅加装电梯80部。", plan)
    assert baseline_of(t, "100部") == "80部" and class_of(t, "100部") == "stretch"
