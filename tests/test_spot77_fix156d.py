"""Round 156, fix156d (held-out set 77): periods and kinds of a few goal shapes. A closing paragraph that opens with a
past five-year term (“十三五”时期，我们…) recaps it, as 过去五年 does; the 由 side of 由A…，改组为B is today's state; a goal
whose own clause names the plan year (确保2021年…突破3000亿元) is the plan year's though a part read as review holds it;
a review line's number (7.新建成…) does not hide its flow word. Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from govreport.tables import build_targets

from target_cases import baseline_of, targets

_REVIEW = "全市地区生产总值增长4%。\n7.新建成高校4所，新增学位5000个。\n"


def test_a_past_term_paragraph_in_the_closing_part_is_review() -> None:
    plan = ("全面推进乡村振兴，新建高标准农田20万亩。\n加强政府自身建设\n"
            "“十三五”时期，我们认真落实全面从严治党要求，政府系统作风明显改善。"
            "自觉接受各方监督，累计办理人大代表建议2100件和政协委员提案1500件。\n")
    got = set(targets(_REVIEW, plan, 2020)["text"])
    assert "20万亩" in got and not {"2100件", "1500件"} & got


def test_a_this_term_paragraph_in_the_closing_part_stays_a_plan() -> None:
    # the boundary: the term that holds the plan year is no recap
    plan = ("全面推进乡村振兴，新建高标准农田20万亩。\n加强政府自身建设\n"
            "“十四五”时期，我们将认真落实全面从严治党要求。今年办理人大代表建议2100件。\n")
    assert "2100件" in set(targets(_REVIEW, plan, 2020)["text"])


def test_the_from_side_of_a_restructuring_is_no_goal() -> None:
    plan = "深化国企改革，完成市属国有企业由40户企业集团及90户下属企业，改组为12户骨干企业集团及50户下属企业。"
    got = set(targets(_REVIEW, plan)["text"])
    assert {"12户", "50户"} <= got and not {"40户", "90户"} & got


def test_a_plain_count_before_a_restructuring_verb_elsewhere_is_kept() -> None:
    plan = "培育骨干企业集团12户，下属企业调整优化。"
    assert "12户" in set(targets(_REVIEW, plan)["text"])


def test_a_goal_naming_the_plan_year_in_the_term_part_is_kept() -> None:
    text = ("政府工作报告\n一、“十三五”发展成就和2020年工作回顾\n全市地区生产总值总量达到2800亿元。\n"
            "“十四五”时期的主要目标是：确保2021年全市GDP突破3000亿元，到2025年，全市GDP突破4500亿元、力争达到5000亿元。\n"
            "二、2021年重点工作\n新建高标准农田20万亩。\n")
    t = build_targets(extract_quantities(read_text(text))).set_index("text", drop=False)
    assert "3000亿元" in set(t["text"]) and not {"4500亿元", "5000亿元"} & set(t["text"])
    assert baseline_of(t, "3000亿元") not in ("4500亿元", "5000亿元", "3000亿元")


def test_a_total_reached_is_not_measured_by_a_numbered_lines_additions() -> None:
    plan = "6.继续推进双城建设，建成投用高校达到12所。"
    assert baseline_of(targets(_REVIEW, plan), "12所") != "4所"


def test_a_flow_target_still_takes_a_numbered_lines_additions() -> None:
    plan = "6.继续推进双城建设，新建成高校5所。"
    assert baseline_of(targets(_REVIEW, plan), "5所") == "4所"
