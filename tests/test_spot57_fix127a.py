"""Held-out audit 57 (安康 2023), round fix127a: an approval's time in working days is a goal (审批压减到65个工作日以内 a ceiling),
not a span of time; a span named by no measure word stays out."""
from __future__ import annotations

from target_cases import targets


def test_an_approval_time_is_a_goal() -> None:
    plan = "推进审批事项减环节、减费用、减时限，开办企业审批1个工作日办结，一般社会投资工程建设项目审批压减到65个工作日以内。"
    t = targets("新增城镇就业1万人。", plan, review_year=2022)
    assert "65个工作日" in t.index and t.loc["65个工作日", "target_kind"] == "ceiling"
    assert "1个工作日" in t.index


def test_a_span_named_by_no_measure_stays_out() -> None:
    # a term of years with no measure word before it: a span, no goal
    t = targets("新增城镇就业1万人。", "将土地承包期再延长30年。新增城镇就业1.2万人。", review_year=2022)
    assert "30年" not in t.index
