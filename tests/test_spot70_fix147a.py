"""Round 147, fix147a (regression corpus 凉山 2022, 吴忠 2022): an un-numbered heading line setting the goals of the years
ahead (今后五年主要目标与工作思路建议) opens a term section whose numbered headings (一、落实“打造…”部署…) are its own: their
goals are for the term's last year, not the plan year, up to where the plan year opens (2022年重点工作安排建议, 今年…的
主要预期目标是：). Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

import pandas as pd

from govreport import extract_quantities, read_text
from govreport.tables import build_targets

_REVIEW = "政府工作报告（2022年1月9日）\n过去五年工作回顾\n过去五年，全州地区生产总值年均增长6%，森林覆盖率达到49%。去年全州地区生产总值增长7%。\n"
_TERM = ("今后五年主要目标与工作思路建议\n"
         "未来五年全州经济社会发展的预期目标是：地区生产总值年均增长9%左右。\n"
         "一、落实“打造绿色发展新高地”部署，推动经济绿色低碳高质量发展\n"
         "推进新型城镇化，确保常住人口城镇化率达50%以上。\n"
         "二、落实“打造生态文明新典范”部署，筑牢生态屏障\n"
         "力争森林覆盖率达55%以上。\n")
_PLAN = ("2022年重点工作安排建议\n"
         "今年全州经济社会发展的主要预期目标是：地区生产总值增长9.5%左右。\n"
         "一、推动巩固拓展脱贫攻坚成果同乡村振兴有效衔接\n"
         "新建高标准农田28.4万亩。\n")


def _years(text: str) -> dict[str, tuple[object, object]]:
    q = extract_quantities(read_text(text))
    return {str(r.text): (r.year, None if pd.isna(r.year_from) else r.year_from) for r in q.itertuples() if r.role == "target"}


def test_numbered_sections_under_a_five_year_line_are_the_terms() -> None:
    # 凉山 确保常住人口城镇化率达50%以上 (8387), 力争森林覆盖率达55%以上 (10369): 2026 goals, from 2022
    got = _years(_REVIEW + _TERM + _PLAN)
    assert got["50%"] == (2026, 2022) and got["55%"] == (2026, 2022)
    assert got["9.5%"][0] == 2022 and got["28.4万亩"][0] == 2022  # the plan year's part: unchanged
    t = build_targets(extract_quantities(read_text(_REVIEW + _TERM + _PLAN)))
    assert not {"50%", "55%"} & set(t["text"]) and {"9.5%", "28.4万亩"} <= set(t["text"])


def test_a_this_year_paragraph_ends_the_term_section() -> None:
    # the plan year opens at 今年…预期目标 with no heading of its own (吴忠-like): its numbered sections are the year's
    plan = ("今年全州经济社会发展的主要预期目标是：地区生产总值增长9.5%左右。\n"
            "三、推动巩固拓展脱贫攻坚成果同乡村振兴有效衔接\n新建高标准农田28.4万亩。\n")
    got = _years(_REVIEW + _TERM + plan)
    assert got["55%"] == (2026, 2022) and got["28.4万亩"] == (2022, None)


def test_a_numbered_plan_year_heading_keeps_its_plan_part() -> None:
    # guard: 三、2022年工作安排 after the term's sections is the plan year's, though no un-numbered line stands before it
    plan = "三、2022年工作安排\n新建高标准农田28.4万亩。\n"
    got = _years(_REVIEW + _TERM + plan)
    assert got["28.4万亩"] == (2022, None)


def test_no_term_section_without_a_goal_line() -> None:
    # not firing where it should not: a review line 过去五年… or a line naming no goals leaves the numbered sections alone
    for line in ("今后五年主要目标与工作思路建议", ):
        text = _REVIEW + _TERM.replace(line, "2022年工作安排") + "三、加强政府自身建设\n一般性支出压减5%。\n"
        got = _years(text)
        assert got["50%"][0] == 2022 and got["55%"][0] == 2022


def test_a_sentence_naming_the_plan_year_in_the_term_section_is_the_years() -> None:
    # under the term's numbered section a sentence naming 今年 before the figure stays the plan year's
    term = _TERM.replace("力争森林覆盖率达55%以上。", "力争森林覆盖率达55%以上。今年新增造林面积30万亩。")
    got = _years(_REVIEW + term + _PLAN)
    assert got["55%"] == (2026, 2022) and got["30万亩"][0] == 2022
