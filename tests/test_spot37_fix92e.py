"""Spot audit 37, round 92 (fix92e): names of list members in the 2025 reports of 营口 and others."""
from __future__ import annotations

from target_cases import targets

REVIEW = "新建污水管网20公里。"


def test_places_before_a_shared_head_with_each_take_the_head() -> None:
    """新建老边区、盖州市污水处理厂各1座: two plants, each named with its place (营口 row 51)."""
    t = targets(REVIEW, "加快实现城乡一体化供水，新建老边区、盖州市污水处理厂各1座。")
    assert list(t["indicator"]) == ["老边区污水处理厂新建数", "盖州市污水处理厂新建数"]


def test_a_bare_output_after_a_contracted_sown_area_is_the_grains() -> None:
    """粮播面积稳定在…、总产量保持在47.8万吨以上: 粮播 is 粮食播种, the output 粮食总产量 (宁德 row 24)."""
    t = targets("粮播面积136万亩，粮食总产量48.4万吨。", "粮播面积稳定在134.9万亩以上、总产量保持在47.8万吨以上。")
    assert t.loc["47.8万吨", "indicator"] == "粮食总产量"


def test_firms_of_a_pair_after_the_last_figure_counted_in_hu_keep_the_lead() -> None:
    """新增…企业5户、高新技术企业和省级科技创新型企业各10户以上: both pairs are added firms (平凉 rows 57, 58)."""
    t = targets("新认定高新技术企业32户。", "新增“专精特新”企业5户、高新技术企业和省级科技创新型企业各10户以上。")
    assert list(t.loc[["10户"], "indicator"]) == ["新增高新技术企业户数", "新增省级科技创新型企业户数"]


def test_a_later_member_keeps_the_verb_zhuajian() -> None:
    """抓建和美乡村200个左右、乡村建设示范村40个: 抓建 (抓紧建设) is the list's verb for both (平凉 row 52)."""
    t = targets("建成乡村建设示范村48个。", "抓建和美乡村200个左右、乡村建设示范村40个。")
    assert t.loc["40个", "indicator"] == "抓建乡村建设示范村数"


def test_a_rate_after_a_list_mark_is_a_member_not_a_predicate() -> None:
    """确保省市列重大项目当年开工率、投产率分别达到100%、50%: 100% is the 开工率, both of the projects (庆阳 rows 48, 49)."""
    t = targets(REVIEW, "加快资金拨付，确保省市列重大项目当年开工率、投产率分别达到100%、50%。")
    assert t.loc["100%", "indicator"] == "省市列重大项目当年开工率"
    assert t.loc["50%", "indicator"] == "省市列重大项目当年投产率"


def test_a_verbs_measure_as_first_member_shares_no_head() -> None:
    """签约额、省外到位资金分别增长15%、20%以上: 签约额增长, not 签约额位资金增长 (庆阳 row 46)."""
    t = targets(REVIEW, "加大承接力度，签约额、省外到位资金分别增长15%、20%以上。")
    assert t.loc["15%", "indicator"] == "签约额增长"
