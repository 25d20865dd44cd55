"""Round 165, fix165c (held-out set 84 红河 2023, 莱芜 2014): a zone or park that opens or closes a sentence scopes its
other figures (no key of the whole place, no baseline of the whole place's); after a subject's 新增N户, a member 、产值达M is
the subject's output, not an output added; a count the year builds (建设养老床位N张) is a flow, which the review's level
reached (全市养老床位达到M张) does not measure. Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

from target_cases import baseline_of, class_of, targets

_REVIEW = "规模以上工业企业新增80户，全市新增企业2600户，全市养老床位达到6200张。"
_PARKS = ("深入开展园区提质增效行动，完善各产业园区基础设施和配套，力争规模以上工业企业新增35户以上、产值达1900亿元，"
          "把园区建成经济发展主阵地。")
_ZONE = ("加快沿边产业园区建设，推进加工制造基地等项目建设，力争新增企业500户，引进标志性项目2个，"
         "确保自贸试验区某某片区工业总产值增长10%以上。")


def _row(t, text: str):  # type: ignore[no-untyped-def]
    return t.loc[[text]].iloc[-1]


def test_a_park_framed_sentence_scopes_its_counts() -> None:
    # 红河 rows 26, 34: the parks' new firms and the zone's, not the prefecture's (no key, no city-wide baseline)
    t = targets(_REVIEW, _PARKS + _ZONE, 2022)
    assert str(_row(t, "35户")["indicator_key"]) in ("", "nan") and baseline_of(t, "35户") == ""
    assert str(_row(t, "500户")["indicator_key"]) in ("", "nan") and baseline_of(t, "500户") == ""


def test_an_output_after_an_added_count_is_the_subjects() -> None:
    # 红河 row 27: 新增35户以上、产值达1900亿元 -> 规模以上工业企业产值, the 新增 is the count's
    t = targets(_REVIEW, _PARKS, 2022)
    assert _row(t, "1900亿元")["indicator"] == "规模以上工业企业产值"
    assert _row(t, "35户")["indicator"] == "规模以上工业企业新增户数"


def test_a_city_wide_clause_keeps_its_key() -> None:
    # guard: a sentence that names no zone around it, or a figure whose own clause names the whole place, is the place's
    from govreport.extract.zone_frames import framing_zone
    t = targets(_REVIEW, "加快产业转型升级，全市新增企业3000户。", 2022)
    assert _row(t, "3000户")["indicator_key"] == "new_enterprises"
    assert framing_zone("加快沿边产业园区建设，全州新增企业500户。", 15) == ""
    assert framing_zone("新增企业500户，新建园区标准化厂房5万平方米。", 4) == ""  # (a park where a thing is built: no subject)
    assert framing_zone("盘活存量低效用地1.3万亩，每个开发园区储备一定数量的工业用地。", 6) == ""  # (each park of a class: no subject)
    assert framing_zone("推进开放合作，力争新增企业500户，确保自贸试验区某片区工业总产值增长10%以上。", 11) == "片区"


def test_beds_built_this_year_are_a_flow() -> None:
    # 莱芜 row 31: 建设养老床位2540张 is what the year builds; the review's stock reached is no baseline
    t = targets(_REVIEW, "新建30所城市社区日间照料中心，建设养老床位2540张，让老人安享晚年。", 2013)
    assert _row(t, "2540张")["measure"] == "flow" and baseline_of(t, "2540张") == "" and class_of(t, "2540张") == "no_baseline"


def test_beds_reached_stay_a_stock() -> None:
    # guard: 全市养老床位达到N张 in the plan is a level, measured by the review's level
    t = targets(_REVIEW, "完善养老服务体系，全市养老床位达到7000张。", 2013)
    assert _row(t, "7000张")["measure"] == "stock" and baseline_of(t, "7000张") == "6200张"
