"""Held-out set 60 (衢州, 铁岭, 酒泉, 鄂州 2023) and set 59 leftovers (葫芦岛), round fix130d: which figures are targets
(a quoted slogan's goals, a project's construction standard and minimum size, a named set pushed on), their units (副,
万 + people) and a list member's own name."""
from __future__ import annotations

from target_cases import targets


def _row(t, text: str) -> dict:
    """The one row whose target text is ``text``."""
    rows = t[t["text"] == text]
    assert len(rows) == 1, list(t["text"])
    return rows.iloc[0].to_dict()


def test_a_quoted_slogan_of_goals_standing_as_its_clause_is_a_goal() -> None:
    # 衢州 missed 2: 高质量开展耕地垦造，“奋战200天、造地2万亩”。 (200天 is the campaign's duration, no goal)
    t = targets("新增耕地1.5万亩。", "高质量开展耕地垦造，“奋战200天、造地2万亩”。", 2023)
    assert "2万亩" in set(t["text"]) and "200天" not in set(t["text"])
    # a quoted name the words go on after stays a name: no goal
    t = targets("新增耕地1.5万亩。", "深入实施“造地2万亩、护田3万亩”工程。", 2023)
    assert "2万亩" not in set(t["text"])


def test_a_per_mu_spending_and_an_in_principle_minimum_size_are_standards() -> None:
    # 酒泉 rows 18-20: the standard and minimum plot size of each high-standard farmland project
    plan = ("标准要高，每亩投入3000元以上，配套水肥一体化、高效节水等设施；地块要大，原则上规划面积不低于2000亩，"
            "经营面积不低于500亩；规模要够，新建高标准农田40万亩，其中高效节水农田30万亩。")
    got = set(targets("新建高标准农田35万亩。", plan, 2023)["text"])
    assert not {"3000元", "2000亩", "500亩"} & got and "40万亩" in got
    # a minimum without 原则上, and a count in principle (spot 39 衡阳), stay goals
    got = set(targets("新建高标准农田35万亩。", "新建高标准农田不低于40万亩。原则上每个县市区每年引进十亿产业项目不少于5个。", 2023)["text"])
    assert {"40万亩", "5个"} <= got


def test_ten_thousand_before_a_people_noun_in_a_list_counts_people() -> None:
    # 铁岭 missed 1: 帮助1.1万失业人员和3500名就业困难人员实现就业
    t = targets("城镇新增就业1.2万人。", "强化困难群体就业兜底帮扶，帮助1.1万失业人员和3500名就业困难人员实现就业。", 2023)
    row = _row(t, "1.1万")
    assert row["unit"] == "人" and row["indicator"] == "帮助失业人员实现就业人数"
    assert "3500名" in set(t["text"])
    # with no next member, the rest of a short clause names it; a bare count before no people noun stays as it was
    t = targets("城镇新增就业1.2万人。", "打造三公里就业圈，帮助5.4万就业困难人员就近就业。", 2023)
    assert _row(t, "5.4万")["indicator"] == "帮助就业困难人员就近就业人数"


def test_fu_is_a_counter() -> None:
    # 铁岭 missed 3: 室外篮球架40副 (the fourth part of 新增更新健身设施108套)
    t = targets("新增健身设施90套。", "新增更新健身设施108套，其中农民健身工程20套，城市健身路径48套，室外篮球架40副。", 2023)
    assert _row(t, "40副")["unit"] == "副"


def test_a_named_set_pushed_on_actively_is_no_goal() -> None:
    # 葫芦岛 row 31 (set 59): 积极推进兴城、建昌、绥中3个农产品深加工集聚区建设
    t = targets("建成集聚区2个。", "积极推进兴城、建昌、绥中3个农产品深加工集聚区建设。", 2023)
    assert "3个" not in set(t["text"])
    # an unnamed set pushed on stays the year's count (推进62个重点项目建设)
    t = targets("建成集聚区2个。", "积极推进3个农产品深加工集聚区建设。", 2023)
    assert "3个" in set(t["text"])
