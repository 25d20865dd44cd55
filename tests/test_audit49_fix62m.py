"""Round fix62m (audit 49, 来宾 L35): the measure of a lead 在X方面， before a list of places is every member's measure, a
county's goal is no restatement of the city's goal of the same size, and a review figure named for another place of a
list is not the target place's baseline."""
from __future__ import annotations

from target_cases import targets

GOALS = "地区生产总值增长7%，规上工业增加值增长10％。"
REVIEW = "地区生产总值增长6%。"
LAIBIN = ("着力支持县域园区加快发展，在规上工业增加值增长方面，力争兴宾区增长10％、象州县增长14.5％、武宣县增长14％、"
          "忻城县增长12％、金秀瑶族自治县增长14％、合山市增长5％。")


def test_aspect_lead_gives_every_place_its_measure() -> None:
    """在规上工业增加值增长方面，力争兴宾区增长10％、象州县增长14.5％… (laibin rows 20-25): each place's own VA growth."""
    names = list(targets(REVIEW, GOALS + LAIBIN)["indicator"])
    for place in ("兴宾区", "象州县", "武宣县", "忻城县", "金秀瑶族自治县", "合山市"):
        assert place + "规上工业增加值增长" in names


def test_county_goal_of_the_citys_size_keeps_its_row() -> None:
    """兴宾区增长10％ beside the city's 规上工业增加值增长10％: two goals, no row lost."""
    t = targets(REVIEW, GOALS + LAIBIN)
    assert list(t["indicator"]).count("规上工业增加值增长") == 1
    assert "兴宾区规上工业增加值增长" in list(t["indicator"])


def test_city_goal_said_twice_is_still_one_row() -> None:
    """Neighbouring right behaviour: the city's 规上工业增加值增长10％ said again is one goal."""
    t = targets(REVIEW, GOALS + "全年规上工业增加值增长10％。")
    assert list(t["indicator"]).count("规上工业增加值增长") == 1


def test_place_with_its_own_measure_keeps_it() -> None:
    """Neighbouring right behaviour: a member that names its own measure (兴宾区工业投资增长) keeps it."""
    names = list(targets(REVIEW, GOALS + "在工业方面，力争兴宾区工业投资增长12％、象州县工业投资增长15％。")["indicator"])
    assert "兴宾区工业投资增长" in names


def test_review_figure_of_another_place_is_no_baseline() -> None:
    """忻城县、金秀瑶族自治县工业投资分别增长超260％、40％ (named 忻城县增长) is not 金秀瑶族自治县's baseline (laibin row 24)."""
    review = REVIEW + "忻城县、金秀瑶族自治县工业投资分别增长超260％、40％。"
    t = targets(review, GOALS + LAIBIN)
    row = t[t["indicator"] == "金秀瑶族自治县规上工业增加值增长"].iloc[0]
    assert row["baseline_text"] != "260％"
