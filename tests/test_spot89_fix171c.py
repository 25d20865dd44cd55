"""Round 171, fix171c (held-out set 89 莆田 2019, 鞍山 2021): which figures are targets. The plan's own list of livelihood
projects named with the government that does them (办好N件市委市政府为民办实事项目) is no goal; nor are the places a pivot
verb works through behind a place modifier (推进…流域沿线N个乡镇…); a share of villages that completes a work (N%以上的村庄
完成…), a per-village floor (每个贫困村发展1个以上…), a headline 持平 (外贸出口总额持平: 0 % growth) and a count in Chinese
numerals after named examples (…等三处过街设施) are goals; a count after 监测帮扶 keeps the verb in its name. Paraphrased
texts through the real reader and extractor."""
from __future__ import annotations

import pandas as pd

from govreport import extract_quantities, read_text
from govreport.tables import build_targets
from target_cases import names_by_text, targets

_REVIEW = "全年地区生产总值增长7%，外贸出口总额200亿元、增长5%。"


def _with_text(review: str, plan: str) -> pd.DataFrame:
    report = read_text(f"政府工作报告\n一、2024年工作回顾\n{review}\n二、2025年主要工作\n{plan}\n")
    return build_targets(extract_quantities(report), text=report.text).set_index("text", drop=False)


def test_own_projects_with_the_government_that_does_them_are_no_goal() -> None:
    assert "30件" not in set(targets(_REVIEW, "民生支出优先保障，办好30件市委市政府为民办实事项目。")["text"])
    assert "30件" not in set(targets(_REVIEW, "办好30件为民办实事项目。")["text"])
    assert "30件" in set(targets(_REVIEW, "新建30件市政府项目。")["text"])  # no own-task noun: a goal still


def test_places_behind_a_modifier_after_a_pivot_verb_are_no_goal() -> None:
    assert "12个" not in set(targets(_REVIEW, "推进清水河流域沿线12个乡镇污水收集处理。")["text"])
    assert "12个" in set(targets(_REVIEW, "新建清水河流域沿线12个乡镇污水处理厂。")["text"])  # built: a goal


def test_a_share_of_villages_completing_a_work_is_a_goal() -> None:
    names = names_by_text(_REVIEW, "引导集中建设村镇住宅小区，75%以上的村庄完成房前屋后整治。")
    assert names.get("75%") == ["村庄完成房前屋后整治比例"]
    assert "75%" not in names_by_text(_REVIEW, "对75%以上的村庄开展房前屋后整治。")  # no completion verb: a class still
    q = extract_quantities(read_text("政府工作报告\n一、2024年工作回顾\n项目超额完成计划投资的21.4%。\n二、2025年主要工作\n新建学校3所。\n"))
    assert "占" not in str(q.set_index("text").loc["21.4%", "indicator"])  # no share of the plan: 完成 is no reaching verb of A达到B的


def test_a_floor_for_each_poor_village_is_a_goal() -> None:
    assert "1个" in set(targets(_REVIEW, "实施贫困村提升行动，每个贫困村发展1个以上重点产业扶贫项目。")["text"])
    assert "1个" not in set(targets(_REVIEW, "每个贫困村发展1个重点产业扶贫项目。")["text"])  # no floor: a specification


def test_a_headline_level_held_is_a_zero_growth_target() -> None:
    plan = "主要预期目标是：地区生产总值增长8%左右；社会消费品零售总额增长10%；外贸出口总额持平；实际利用外资增长6%。"
    t = _with_text(_REVIEW, plan)
    row = t.loc["持平"]
    assert row["indicator_key"] == "exports_growth" and float(row["value"]) == 0 and row["baseline_text"] == "5%"
    t = _with_text(_REVIEW, "加快开放步伐。社会消费品零售总额增长10%；外贸出口总额持平。")  # no headline list: no target
    assert "持平" not in set(t["text"])


def test_a_chinese_numeral_count_after_named_examples_is_a_goal() -> None:
    assert names_by_text(_REVIEW, "新建长安路等三处过街设施。").get("三处") == ["新建过街设施数"]
    assert "一处" not in names_by_text(_REVIEW, "推行一处一策，新建过街设施。")
    assert "三处" not in names_by_text(_REVIEW, "甲、乙、丙等三处文化遗址列入保护名录。")  # the examples are the whole count


def test_a_monitored_group_keeps_its_verb() -> None:
    names = names_by_text(_REVIEW, "健全防止返贫动态监测和帮扶机制，重点监测帮扶300名边缘易致贫人口。")
    assert names.get("300名") == ["监测帮扶边缘易致贫人口人数"]
