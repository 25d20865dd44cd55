"""Round 157, fix157e (held-out set 78): rows lost between quantities and targets, and non-targets. Two counts of one size
naming two things right after them are two goals (新（改）建3所幼儿园、新（扩）建3所义务教育学校); a named set 投入使用 or a pilot
base built (…等6家中试基地建设和…申报工作) is an amount to produce; 款 is a count unit; a rank for every field of work and a set
of places linked up are no goals. Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

from tests.target_cases import targets

_REVIEW = "全年地区生产总值增长5%。"


def _rows(plan: str) -> list[tuple[str, str]]:
    t = targets(_REVIEW, plan)
    return [(str(x), str(n)) for x, n in zip(t["text"], t["indicator"])]


def test_equal_counts_of_two_things_are_two_goals() -> None:
    got = _rows("（4）在全市新（改）建3所幼儿园、新（扩）建3所义务教育学校。")
    assert [x for x, _ in got].count("3所") == 2
    # and against an earlier section's count of one size: 3所社区老年学校 does not take the kindergartens' row
    got = _rows("建成投用3个社区养老服务综合体、3所社区老年学校。\n（4）在全市新（改）建3所幼儿园、新（扩）建3所义务教育学校。")
    assert [x for x, _ in got].count("3所") == 3


def test_a_count_restated_with_its_noun_stays_one_row() -> None:
    # boundary: the same thing counted again (a summary and its section) is still one goal
    got = _rows("新建3所幼儿园。\n（4）在全市新建3所幼儿园。")
    assert [x for x, _ in got].count("3所") == 1


def test_a_named_set_put_into_use_is_a_goal() -> None:
    got = _rows("力争甲城三中、乙路小学等9所以上学校投入使用，开工建设丙路小学、丁小学等5所以上学校。")
    assert {"9所", "5所"} <= {x for x, _ in got}


def test_pilot_bases_built_by_example_are_a_goal() -> None:
    got = _rows("打造高层次创新平台，加快甲公司固废利用省级重点试验室以及乙富氢低碳冶炼、丙特种金属等6家中试基地建设和省级申报工作。")
    assert "6家" in {x for x, _ in got}


def test_a_set_of_named_firms_worked_on_stays_no_goal() -> None:
    # boundary: a set named by example the plan only works on (no build, no output) stays no row
    got = _rows("支持甲公司、乙公司等6家龙头企业做大做强。")
    assert "6家" not in {x for x, _ in got}


def test_kuan_counts_products() -> None:
    got = _rows("培育工业互联网平台3个，应用软件50款以上。")
    assert "50款" in {x for x, _ in got}


def test_a_rank_for_every_field_of_work_is_a_slogan() -> None:
    assert "四名" not in {x for x, _ in _rows("要勇于争先进位，确保各项工作进入全省前四名。")}
    assert "四名" in {x for x, _ in _rows("力争全市生产总值进入全省前四名。")}  # one indicator's rank: a goal


def test_places_linked_up_are_no_goal() -> None:
    assert "26个" not in {x for x, _ in _rows("推进沿黄26个景区景点互联互通互动、协同组团发展。")}
    assert "26个" in {x for x, _ in _rows("新建沿黄26个景区景点互联互通设施。")}  # built: a goal
