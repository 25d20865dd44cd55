"""Round 163, fix163c (held-out set 83 周口 2014, 廊坊 2014, 楚雄 2022, 延边 2021): non-targets — a zone's size under a
verb of support, a roster of designated towns pushed on, a programme's restatements inside 以…为带动, a three-year total,
gaps listed as difficulties in the plan part, and an institute named by a numeral after another. Paraphrased sentences
through the real reader and extractor (tests/target_cases.py)."""
from __future__ import annotations

from target_cases import targets

_REVIEW = "全市生产总值增长9%。新建高标准农田100万亩。"


def _texts(plan: str) -> set[str]:
    return set(targets(_REVIEW, plan)["text"])


def test_a_backed_zone_size_is_no_target() -> None:
    # 重点支持商水30万亩整片开发示范区建设: the zone's size; 支持建设…农田 closes on no zone and stays
    assert "30万亩" not in _texts("实施高标准农田提升工程，重点支持东县30万亩整片开发示范区建设。")
    assert "20万亩" in _texts("实施高标准农田提升工程，新建高标准农田20万亩。")


def test_a_roster_of_small_towns_pushed_on_is_no_target() -> None:
    # 扎实推进35个重点小城镇建设: the designated towns; 新建10个…市场 stays
    got = _texts("扎实推进35个重点小城镇建设，进一步完善基础设施。新建10个标准化菜市场。")
    assert "35个" not in got and "10个" in got


def test_a_count_inside_a_driving_frame_is_no_target() -> None:
    # 一是以改造提升50家传统产业企业为带动: the programme's firms restated; the goals after it stay
    got = _texts("一是以改造提升50家传统产业企业为带动，加快传统产业转型升级，重点实施100项技改项目，拉动企业投资50亿元。")
    assert "50家" not in got and {"100项", "50亿元"} <= got


def test_a_three_year_total_is_no_plan_year_target() -> None:
    # 三年发展高效节水设施农业50万亩: 2014–2016; the next clause's 69% is the plan year's
    got = _texts("加大农业基础设施投入，三年发展高效节水设施农业50万亩，全市农业机械化水平达到69%。")
    assert "50万亩" not in got and "69%" in got


def test_gaps_listed_as_difficulties_are_no_targets() -> None:
    plan = ("发展还存在一些困难挑战。一是经济体量较小，GDP不到周边的1/10、仅为省会的1/5；"
            "二是城镇化水平较低，城镇化率低于全国19个百分点、全省5个百分点。"
            "今年的主要预期目标是：地区生产总值增长8%以上，城镇化率提高1.5个百分点。")
    got = _texts(plan)
    assert not {"1/10", "1/5", "19个百分点", "5个百分点"} & got
    assert {"8%", "1.5个百分点"} <= got


def test_a_gap_without_a_weakness_named_first_stays() -> None:
    # boundary: an item that names no weakness first (一是…提速) keeps its figure
    got = _texts("一是加快发展提速，力争增速高于全省2个百分点。")
    assert "2个百分点" in got


def test_an_institute_numbered_after_another_is_a_name() -> None:
    got = _texts("深化科技创新合作。加强与中科院、某某大学、自然资源部海洋一所二所等院所合作，继续深化科技合作。新建3所幼儿园、2所小学。")
    assert "二所" not in got and {"3所", "2所"} <= got
