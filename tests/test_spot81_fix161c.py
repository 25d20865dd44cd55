"""Round 161, fix161c (held-out set 81): figures lost or misread by their notation. 微克 alone after 浓度 is 微克/立方米 and
the digits of PM2.5 name a pollutant (安庆 G3); 提高N个点 is a change in percentage points (安庆 G2); 积极 before the verb of a
set named by example (积极推进…等10条…项目建设) is an adverb of manner, so the year's projects stay a goal (克孜勒苏 G4).
Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

from govreport import extract_quantities, read_text

from target_cases import targets

_REVIEW = "全市常住人口城镇化率达到55%。"


def _quantities(plan: str) -> dict[str, tuple[str, str]]:
    text = f"政府工作报告\n一、2019年工作回顾\n{_REVIEW}\n二、2020年重点工作\n{plan}\n"
    q = extract_quantities(read_text(text))
    return {str(r.text): (str(r.unit), str(r.role)) for r in q.itertuples()}


def test_bare_microgram_after_a_concentration_is_a_ceiling_of_pm25() -> None:
    # 安庆 10585 PM2.5年均浓度控制在43微克以内
    t = targets(_REVIEW, "持续强化扬尘管控，PM2.5年均浓度控制在41微克以内。", 2019)
    row = t.loc["41微克"]
    assert row["unit"] == "微克/立方米" and row["target_kind"] == "ceiling" and row["indicator_key"] == "pm25"
    assert "2.5年" not in _quantities("PM2.5年均浓度控制在41微克以内。")  # the code's digits take no 年


def test_spelled_out_per_cubic_metre_is_the_unit() -> None:
    assert _quantities("PM2.5年均浓度降至35.5微克每立方米。")["35.5微克每立方米"][0] == "微克/立方米"


def test_microgram_without_a_concentration_stays_unread() -> None:
    # boundary: 微克 names no concentration outside a 浓度 clause (深化“一微克”行动, 0.1微克攻坚行动)
    got = _quantities("深入开展0.1微克攻坚行动。")
    assert "0.1微克" not in got


def test_points_said_short_after_a_change_verb() -> None:
    # 安庆 row 58: 城镇化率提高2个点左右 was a count 2个 named 点左右数
    t = targets(_REVIEW, "城镇化率提高1个点左右。", 2019)
    row = t.loc["1个点"]
    assert row["unit"] == "个百分点" and row["measure"] == "change" and row["target_kind"] == "band"
    assert "点左右" not in str(row["indicator"])


def test_a_count_of_points_without_a_change_verb_stays_a_count() -> None:
    # boundary: 新建3个点 (sites) counts places
    assert _quantities("新建3个点位监测站。").get("3个", ("", ""))[0] == "个"


def test_an_eager_adverb_before_a_set_of_named_projects() -> None:
    # 克孜勒苏 11391 积极推进…等10条农村公路项目建设: the year's projects, a goal like 推进…等N个…项目
    t = targets(_REVIEW, "积极推进甲乡至乙乡等8条农村公路项目建设。", 2019)
    assert "8条" in set(t["text"])


def test_a_set_named_by_example_stays_no_goal_under_the_adverb() -> None:
    # boundary: 积极 does not make a set of designated things (等N个国家物流枢纽) a goal
    t = targets(_REVIEW, "积极融入甲市、乙市等10个国家物流枢纽。", 2019)
    assert "10个" not in set(t["text"])
