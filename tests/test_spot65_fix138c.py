"""Held-out audit 65 (文山, 延边, 昌吉 2023), round fix138c: the names of list members whose head or subject is shared (a
network generation's digit, a verb-only clause after a comma, a pair's lead, a counted pair's head, an area member's own
noun, a 分别 list's scope)."""
from __future__ import annotations

from target_cases import targets


def _name(t, text: str) -> str:  # type: ignore[no-untyped-def]
    return str(t.loc[[text]].iloc[-1]["indicator"])


def test_a_network_generation_opens_the_counted_noun() -> None:
    # 文山 row 31: 打造2户以上5G数字化应用标杆企业: the 5 of 5G is no figure and no stop of the noun
    t = targets("新建5G基站1494个。", "积极落实5G应用“扬帆”行动计划，打造2户以上5G数字化应用标杆企业和1户智能制造示范企业。")
    assert "5G数字化应用标杆企业" in _name(t, "2户") and "数字文山" not in _name(t, "2户")
    # a digit before another letter still ends the noun (no 5A… noun made of a figure's digit)
    t = targets("新建5G基站1494个。", "新建5G基站2000个。")
    assert _name(t, "2000个").startswith("5G基站")


def test_a_verb_only_clause_after_a_comma_works_on_the_thing_before() -> None:
    # 延边 row 27: 新建高标准农田4.1万亩，改造提升15.8万亩
    t = targets("新建高标准农田4万亩。", "新建高标准农田4.1万亩，改造提升15.8万亩。")
    assert _name(t, "15.8万亩") == "高标准农田改造提升面积"
    # a clause with a noun of its own keeps it
    t = targets("新建高标准农田4万亩。", "新建高标准农田4.1万亩，造林绿化15.8万亩。")
    assert "高标准农田" not in _name(t, "15.8万亩")


def test_a_rate_pair_shares_the_first_members_lead() -> None:
    # 昌吉 row 51: 居民基本养老保险和医疗保险参保率均保持在95%以上: 居民基本医疗保险参保率
    t = targets("居民基本医疗保险参保率95%。", "居民基本养老保险和医疗保险参保率均保持在96%以上。")
    assert set(t["indicator"]) >= {"居民基本养老保险参保率", "居民基本医疗保险参保率"}
    # the later member with a lead of its own (基本医疗保险) takes none
    t = targets("居民基本医疗保险参保率95%。", "养老保险和基本医疗保险参保率均保持在96%以上。")
    assert set(t["indicator"]) >= {"养老保险参保率", "基本医疗保险参保率"}


def test_a_counted_pair_shares_its_head() -> None:
    # 文山 rows 46–47: 建设14个示范类和23个推广类美丽集镇; review 8个亮点示范类、20个推广类美丽集镇
    t = targets("建成8个亮点示范类、20个推广类美丽集镇。", "深入实施美丽集镇建设三年行动，建设14个示范类和23个推广类美丽集镇，全力打造一批经济强镇。")
    assert "示范类美丽集镇" in _name(t, "14个") and "推广类美丽集镇" in _name(t, "23个")
    # members naming things of their own (示范村, 重点村) share nothing
    t = targets("建成示范村5个。", "建设3个示范村和5个重点村，全力打造一批经济强镇。")
    assert "重点村" not in _name(t, "3个")


def test_an_area_member_names_its_own_crop() -> None:
    # 文山 row 20: …道地药材95万亩、辣椒180万亩: chilli is no herb
    t = targets("辣椒168.87万亩。", "发展高端稻谷80万亩、绿色蔬菜90万亩、道地药材95万亩、辣椒180万亩，肉牛出栏65万头。")
    assert _name(t, "180万亩") == "辣椒面积" and "道地药材" in _name(t, "95万亩")
    # a member after a verb's sibling keeps the verb's thing (高标准农田改造)
    t = targets("新建高标准农田4万亩。", "新建高标准农田5万亩、改造3万亩。")
    assert "高标准农田" in _name(t, "3万亩")


def test_a_distributive_list_of_rates_shares_the_first_members_scope() -> None:
    # 文山 row 53: 农村卫生户厕、生活垃圾处理设施覆盖率分别提高到49%和90%; review 农村生活垃圾处理设施覆盖率66.98%
    t = targets("农村生活垃圾处理设施覆盖率66.98%。", "农村卫生户厕、生活垃圾处理设施覆盖率分别提高到49%和90%。")
    assert _name(t, "90%") == "农村生活垃圾处理设施覆盖率"
    # members naming scopes of their own (城镇, 农村) keep them
    t = targets("城镇居民收入增长5%。", "城镇、农村居民收入分别增长6%和7%。")
    assert _name(t, "7%").startswith("农村") and _name(t, "6%").startswith("城镇")
