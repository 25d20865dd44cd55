"""Held-out audit 55 (柳州, 景德镇, 秦皇岛 2023), round fix124c: a baseline that narrows the target's measure with 新能源 is
refused, and a modal 可 (of 可达) left at a review name's end no longer keeps the same measure from matching."""
from __future__ import annotations

from target_cases import baseline_of, targets


def test_new_energy_output_is_no_baseline_of_all_vehicle_output() -> None:
    # 柳州 row 8: 新能源汽车产量66.7万辆、增长38.6%。 vs 力争全年汽车产量达200万辆。
    t = targets("新能源汽车产量66.7万辆、增长38.6%。", "推动主导产业做大做强，力争全年汽车产量达200万辆。力争全年新能源汽车产量达80万辆。", 2022)
    assert baseline_of(t, "200万辆") == ""
    # the new-energy target itself still takes it
    assert baseline_of(t, "80万辆") == "66.7万辆"


def test_a_modal_ke_of_keda_leaves_the_review_name() -> None:
    # 景德镇 row 14: 陶瓷产业营收可达660亿元 vs 力争陶瓷产业营收突破千亿
    t = targets("做大做强传统陶瓷产业，陶瓷产业营收可达660亿元。", "力争陶瓷产业营收突破千亿。", 2022)
    assert baseline_of(t, "千亿") == "660亿元"
    # another industry's revenue stays apart
    t = targets("做大做强传统陶瓷产业，陶瓷产业营收可达660亿元。", "力争航空产业营收突破500亿。", 2022)
    assert baseline_of(t, "500亿") == ""



def test_ke_closing_a_noun_stays() -> None:
    # the rule must leave 许可 (a licence) whole, and drop 可 of 可达 from a review name
    from govreport import extract_quantities, read_text
    q = extract_quantities(read_text("政府工作报告\n一、2022年工作回顾\n全市行政许可达360项。地区生产总值可达500亿元。\n"
                                     "二、2023年重点工作\n地区生产总值增长6%。\n"))
    names = dict(zip(q["text"], q["indicator"]))
    assert names["360项"].startswith("行政许可") and names["500亿元"] == "地区生产总值"
