"""Round 148, fix148b (held-out set 71: 南充 row 27 and its three missed targets, 临沂 rows 11, 12, 38): a 分别 list sharing
one figure (A、B分别新增100户以上) is one target per member, named member + verb; a contracted coordinate before 分别
(存出栏 = 存栏 + 出栏) splits among its figures; every member of one 分别达到 list of counts is a level, as the first is.
Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

from target_cases import names_by_text, targets

_REVIEW = "全市地区生产总值增长4%。"


def test_one_figure_after_each_and_a_verb_is_every_members() -> None:
    # 南充: 力争规上工业企业、入库建筑企业分别新增100户以上 (row 27: one merged row), and the parallel sentence (no row at all)
    plan = ("实施中小企业梯度培育计划，力争规模以上工业企业、资质建筑企业分别新增80户以上，培育省级专精特新企业15户以上。"
            "实施商贸振兴行动计划，力争限额以上商贸单位、规上服务业企业分别新增80户以上。")
    got = names_by_text(_REVIEW, plan)["80户"]
    assert got == ["新增规模以上工业企业户数", "新增资质建筑企业户数", "新增限额以上商贸单位户数", "新增规上服务业企业户数"]


def test_each_member_keeps_its_own_figure_when_the_list_has_as_many() -> None:
    # boundary: 分别新增 k figures are the members' own, one row each (not every figure shared by both members)
    plan = "力争规模以上工业企业、资质建筑企业分别新增60户、40户以上。"
    got = names_by_text(_REVIEW, plan)
    assert len(got["60户"]) == 1 and len(got["40户"]) == 1
    assert "资质建筑企业" not in got["60户"][0] and "规模以上工业企业" not in got["40户"][0]


def test_a_contracted_herd_pair_splits_among_its_figures() -> None:
    # 临沂: 生猪存出栏量分别达到365万头、480万头 (rows 11, 12: both 生猪存出栏量, the 存栏 figure a flow)
    t = targets(_REVIEW, "加快生猪产能恢复，生猪存出栏量分别达到300万头、420万头。")
    assert t.loc["300万头", "indicator"] == "生猪存栏量" and t.loc["300万头", "measure"] == "stock"
    assert t.loc["420万头", "indicator"] == "生猪出栏量" and t.loc["420万头", "measure"] == "flow"


def test_every_member_of_a_reached_list_is_a_level() -> None:
    # 临沂 row 38: 街道综合养老服务机构和社区日间照料中心分别达到32处、125处 (the second was a flow)
    t = targets(_REVIEW, "增加养老服务供给，街道养老服务中心和社区日间照料中心分别达到30处、120处。")
    assert list(t.loc[["30处", "120处"], "measure"]) == ["stock", "stock"]


def test_a_list_of_additions_stays_a_flow() -> None:
    # boundary: 分别新增 is what the year adds, every member a flow
    t = targets(_REVIEW, "增加养老服务供给，街道养老服务中心和社区日间照料中心分别新增30处、120处。")
    assert list(t.loc[["30处", "120处"], "measure"]) == ["flow", "flow"]
