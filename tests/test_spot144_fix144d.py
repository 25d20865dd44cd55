"""Held-out audits 67 and 68 (那曲, 黔南, 黔西南, 甘南, 日喀则 2023), round fix144d: a bracketed aside inside a list of
figures, and counts whose noun comes after a modifier, a bracket, a quote or a list of parts."""
from __future__ import annotations

from target_cases import targets

REVIEW = "全州地区生产总值增长5%。"


def _rows(plan: str) -> list[tuple[str, str, str]]:
    """(text, indicator, qualifier) of each target row of ``plan`` (a 2023 plan after a 2022 review), in order."""
    t = targets(REVIEW, plan, 2022)
    return [(str(x), str(n), str(q)) for x, n, q in zip(t["text"], t["indicator"], t["qualifier"].fillna(""))]


def _names(plan: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for text, name, _ in _rows(plan):
        out.setdefault(text, []).append(name)
    return out


def test_an_aside_in_a_value_list_keeps_the_pairing() -> None:
    # 黔南 rows 168–173: （力争100户） is a second goal of the first member, not a sixth value
    rows = _rows("规上工业、服务业和限上批零住餐、资质以上建筑企业、房地产企业分别新增70户（力争100户）、50户、38户、20户、10户以上。")
    got = {text: (name, q) for text, name, q in rows}
    assert got["70户"] == ("规上工业新增户数", "at_least")
    assert got["100户"][0] == "规上工业新增户数" and got["100户"][1] != "at_least"
    assert got["50户"] == ("服务业新增户数", "at_least")
    assert got["38户"] == ("限上批零住餐新增户数", "at_least")
    assert got["20户"] == ("资质以上建筑企业新增户数", "at_least")
    assert got["10户"] == ("房地产企业新增户数", "at_least")


def test_a_bracket_that_says_something_else_is_no_aside() -> None:
    # （其中…） is a part, not a second goal: the aside rule does not fire (the part is not named as the member)
    got = _names("规上工业、服务业分别新增70户（其中50户）、50户以上。")
    assert got["70户"] != ["规上工业新增户数"]


def test_levels_counted_after_their_list_are_one_noun() -> None:
    # 那曲 row 28: 县、乡、村三级 is one noun at three levels, not 县
    assert _names("加快编制20%的县、乡、村三级城乡规划。")["20%"] == ["县乡村三级城乡规划比例"]
    # a genuine list of counted places keeps its names
    got = _names("新增3个县、2个乡。")
    assert got["3个"] == ["新增县数"] and got["2个"] == ["新增乡数"]


def test_a_quoted_word_inside_a_long_noun() -> None:
    # 那曲 row 45: 3 studios, not 3 doctors
    assert _names("建设3个全国基层“名老”中医药专家传承工作室。")["3个"] == ["建设全国基层名老中医药专家传承工作室数"]


def test_a_bracket_closing_a_long_noun() -> None:
    # 日喀则 row 6: 自治区级 is the level of the model counties, not the thing built
    assert _names("建成3个自治区级民族团结进步模范县（区）。")["3个"] == ["建成自治区级民族团结进步模范县(区)数"]


def test_places_made_into_a_title_of_the_same_place() -> None:
    # 那曲 row 58: the counties made model counties, not the counties
    assert _names("将11个县（区）全面建成民族团结进步模范县（区）。")["11个"] == ["民族团结进步模范县(区)建成数"]
    # places that do some other work keep the place (unchanged)
    assert _names("5个县（市、区）开展全域幸福河湖建设。")["5个"] == ["全域幸福河湖建设县数"]


def test_institutions_whose_parts_are_worked_on() -> None:
    # 那曲 row 51: 10 schools, not 10 dormitories
    assert _names("实施10所市直学校宿舍、澡堂、卫生间维修改造项目。")["10所"] == ["宿舍澡堂卫生间维修改造市直学校数"]
    # a list of counted things with no work after it: unchanged
    got = _names("新建5所学校食堂、10所幼儿园。")
    assert got["5所"] == ["新建学校食堂数"]


def test_the_verb_after_a_link_names_the_second_work() -> None:
    # 黔西南 row 83: the reservoirs renovated, not the stock of unsafe reservoirs
    got = _names("开工建设贞丰达荣等3座水库和改造晴隆贺龙宫等2座病险水库。")
    assert got["3座"] == ["开工建设水库数"] and got["2座"] == ["改造病险水库数"]


def test_each_member_takes_the_head_after_the_kind_they_share() -> None:
    # 甘南 row 34: two sheep breeds, each with its conservation farm
    got = _names("建成甘加羊、科才羊种质资源保种场各1个。")
    assert got["1个"] == ["甘加羊种质资源保种场建成数", "科才羊种质资源保种场建成数"]
    # members of one kind with no head after it: as they are
    got = _names("建设中心村、美丽乡村各10个。")
    assert got["10个"] == ["中心村建设数", "美丽乡村建设数"]
