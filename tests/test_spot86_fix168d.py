"""Round 168, fix168d (held-out set 86: 莆田 2021, 衡阳 2020): baselines. A measure the review says held level with no amount
(固定资产投资额与上年持平, a ；-clause with no figure of its own) is a growth of 0 %; a count of another action (已落地, attracted so
far) is no baseline of hospitals put into use; a time limit of one step (工商注册登记) is none of the whole process's (企业开办);
a % after a speed-up (审批再提速50%) is a change, not a share; 新改建市政道路 measures 新改扩建城市道路, 道路硬化 通水泥路; 改厕 is
named without the thing measured in the clause before. Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

import pandas as pd

from govreport import extract_quantities, read_text
from govreport.tables import build_targets
from target_cases import baseline_of, class_of, targets


def _with_text(review: str, plan: str, review_year: int = 2020) -> pd.DataFrame:
    """build_targets with the report's text given, as the command line builds the tables."""
    text = f"政府工作报告\n一、{review_year}年工作回顾\n{review}\n二、{review_year + 1}年重点工作\n{plan}\n"
    report = read_text(text)
    return build_targets(extract_quantities(report), text=report.text).set_index("text", drop=False)


_HEADLINE = ("初步统计，全市地区生产总值2600亿元，增长3%；一般公共预算总收入230亿元，增长2.2%；固定资产投资额与上年持平；"
             "社会消费品零售总额1600亿元，与上年持平；实际利用外资9亿元，增长6.5%。")


def test_held_level_clause_with_no_amount_is_zero_growth() -> None:
    # 莆田 row 4: 固定资产投资额与上年持平 (a ；-clause of its own, no figure) for 固定资产投资额增长9%: 0 %, stretch
    t = _with_text(_HEADLINE, "今年主要预期目标是：地区生产总值增长8%以上；固定资产投资额增长9%；社会消费品零售总额增长9%。")
    assert baseline_of(t, "9%") == "与上年持平"  # (the last row written 9%: retail, 与上年持平 already before)
    rows = t.loc[["9%"]]
    fai = rows[rows["indicator"].str.startswith("固定资产投资")].iloc[0]
    assert fai["baseline_text"] == "与上年持平" and fai["feasibility"] == "stretch"


def test_held_level_in_another_sentence_is_not_read() -> None:
    # boundary: the clause belongs to the sentence of a rate only up to its 。; a sentence of its own with no rate is not read
    review = "初步统计，全市地区生产总值2600亿元，增长3%。全市固定资产投资额与上年持平，项目建设有序推进。"
    t = _with_text(review, "今年主要预期目标是：地区生产总值增长8%以上；固定资产投资额增长9%。")
    assert baseline_of(t, "9%") == ""


def test_hospitals_attracted_are_no_baseline_of_hospitals_opened() -> None:
    # 莆田 row 33: 投用8家高端专科医院 and 已落地专科医院8个 (attracted so far): no baseline
    review = "建成30万平方米的高端专科医院集群，已落地专科医院8个，国际康复中心开业运营。"
    t = targets(review, "全力建设医疗健康产业合作区，投用8家高端专科医院、市第一医院新院区。", 2020)
    assert baseline_of(t, "8家") == ""


def test_hospitals_opened_stay_the_baseline_of_hospitals_opened() -> None:
    # boundary: the same action in both (投用) keeps its baseline
    t = targets("建成高端专科医院集群，投用专科医院5个。", "全力建设医疗健康产业合作区，投用8家高端专科医院。", 2020)
    assert baseline_of(t, "8家") == "5个"


def test_city_roads_in_other_words() -> None:
    # 莆田 row 47: 新改扩建城市道路60公里 and the review's 新改建市政道路60公里: modest
    review = "改造老旧小区17个，新改建市政道路60公里、城镇污水管网60公里、城乡公厕420座。"
    t = targets(review, "整治提升城市道路，新改扩建城市道路60公里，打通一批断头路。", 2020)
    assert baseline_of(t, "60公里") == "60公里" and class_of(t, "60公里") == "modest"


def test_toilets_and_village_roads_in_other_words() -> None:
    # 衡阳 rows 40, 41: 完成改厕 named without the 空心房 of the clause before (its baseline for 新改建卫生厕所 is left: the
    # key of 卫生厕所 asks for its own words); 通水泥路 and 道路硬化
    review = "大力推进村庄整治，共拆除“空心房”880万平方米，完成改厕17万户、自然村道路硬化1900公里，2100个行政村开展村庄清洁行动。"
    plan = "深入实施村庄整治，新改建卫生厕所7.5万户；实施自然村通水泥路900公里。"
    t = targets(review, plan, 2019)
    assert baseline_of(t, "900公里") == "1900公里"
    q = extract_quantities(read_text(f"政府工作报告\n一、2019年工作回顾\n{review}\n"))
    assert q.loc[q["text"] == "17万户", "indicator"].iloc[0] == "改厕户数"


def test_registration_time_is_no_step_of_start_up_time() -> None:
    # 衡阳 row 38: 企业工商注册登记时间 (one step) and the review's 企业开办时间 (the whole process): no baseline
    review = "“放管服”改革深入实施，企业开办时间压缩至3个工作日。"
    t = targets(review, "深化商事制度改革，将企业工商注册登记时间压缩至1个工作日。", 2019)
    assert baseline_of(t, "1个工作日") == ""


def test_start_up_time_stays_the_baseline_of_start_up_time() -> None:
    # boundary: the whole process in both keeps its baseline
    review = "“放管服”改革深入实施，企业开办时间压缩至3个工作日。"
    t = targets(review, "深化商事制度改革，将企业开办时间压缩至1个工作日。", 2019)
    assert baseline_of(t, "1个工作日") == "3个工作日"


def test_speed_up_share_is_a_change() -> None:
    # 衡阳 row 37: 确保审批再提速50%以上: how much faster, a change, not a share
    t = targets("审批时限提速80%。", "全面开展工程建设项目审批制度改革，确保审批再提速50%以上。", 2019)
    assert t.loc[["50%"]].iloc[-1]["measure"] == "growth_rate"


def test_time_limit_cut_by_a_share_stays_a_share() -> None:
    # boundary: a time limit cut by a share (审批时限压缩50%以上) is the share of the limit saved (fix153c)
    t = targets("审批时限提速80%。", "全面开展工程建设项目审批制度改革，审批时限压缩50%以上。", 2019)
    assert t.loc[["50%"]].iloc[-1]["measure"] == "share"
