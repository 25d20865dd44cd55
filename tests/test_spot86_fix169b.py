"""Round 169, fix169b (held-out set 85 南阳 2016, fault group 2): a review's 分别 list whose count stands between its
members and the measure they share (装备制造、食品、纺织服装3个产业集群规模分别达到590亿元、470亿元和430亿元) names each
figure by its member (装备制造产业集群规模, …), so the plan's cluster goals (装备制造产业集群，…集群规模达到700亿元) find
them as baselines; the count before 分别 sets no bar (it is no 231个村…收入超10万元). Paraphrased texts through the real
reader and extractor."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from target_cases import baseline_of, class_of, targets

_REVIEW = "产业集聚态势形成，机械装备、农副食品、轻纺服装3个产业集群规模分别达到590亿元、470亿元和430亿元，全市完成投资1400亿元。"
_PLAN = ("机械装备产业集群，依托甲、乙等产业集聚区，重点发展能源装备等产业，集群规模达到700亿元。"
         "农副食品产业集群，依托丙等产业集聚区，重点发展饮料等产业，集群规模达到600亿元。")


def _review_names(review: str) -> dict[str, str]:
    text = f"政府工作报告\n一、2015年工作回顾\n{review}\n二、2016年重点工作\n新建高标准农田28万亩。\n"
    q = extract_quantities(read_text(text))
    return {str(r.text): str(r.indicator) for r in q.itertuples() if r.role == "actual"}


def test_members_before_a_count_name_each_figure() -> None:
    got = _review_names(_REVIEW)
    assert got["590亿元"] == "机械装备产业集群规模"
    assert got["470亿元"] == "农副食品产业集群规模"
    assert got["430亿元"] == "轻纺服装产业集群规模"


def test_plan_cluster_goals_find_their_members() -> None:
    t = targets(_REVIEW, _PLAN, 2015)
    assert baseline_of(t, "700亿元") == "590亿元" and class_of(t, "700亿元") == "modest"
    assert baseline_of(t, "600亿元") == "470亿元"


def test_a_count_of_another_size_names_no_member() -> None:
    # boundary: two figures after a list of three (the count says 3): which member is whose is not told
    got = _review_names("产业集聚态势形成，机械装备、农副食品、轻纺服装3个产业集群规模分别达到590亿元、470亿元。")
    assert got["590亿元"] == got["470亿元"] == "产业集群规模"


def test_a_measure_not_of_industries_is_left() -> None:
    # boundary: parks' takings after a counted list of parks keep the namer's name (no industry's measure)
    got = _review_names("高新区、经开区2个园区营业收入分别达到590亿元、470亿元。")
    assert got["590亿元"] == got["470亿元"] == "园区营业收入"


def test_a_count_and_a_bar_stays_a_bar() -> None:
    # boundary: 231个村…收入超10万元 is the bar the villages cleared, no baseline of the villages' takings
    t = targets("推动231个村级集体经济年经营性收入超10万元。", "村级集体经济年经营性收入达到12万元。", 2015)
    assert baseline_of(t, "12万元") == ""
