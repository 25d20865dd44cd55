"""Round 157, fix157a (held-out set 78): a flow verb right before a count stays in the name (在全市新建13座垃圾中转站:
新建垃圾中转站数, as 新建高标准农田5万亩 is 高标准农田新建面积), a work verb (进行, 实施…行动) and a leading 通过 leave it,
and a noun written once after two counts (…型和…型村庄; 第二批90个、7000余户老旧小区改造) names each member.
Paraphrased texts through the real reader and extractor (tests/target_cases.py)."""
from __future__ import annotations

from target_cases import names_by_text

_REVIEW = "全年地区生产总值增长5%。"


def _names(plan: str) -> dict[str, list[str]]:
    return names_by_text(_REVIEW, plan)


def test_a_flow_verb_before_a_count_stays_after_a_place_lead() -> None:
    got = _names("（7）在全区范围内新建12座垃圾中转站。\n（8）在全区新（扩）建4所义务教育学校。\n加强人才建设，培养120名以上全科医生。\n")
    assert got["12座"] == ["新建垃圾中转站数"]
    assert got["4所"] == ["新(扩)建义务教育学校数"]
    assert got["120名"] == ["培养全科医生人数"]


def test_a_flow_verb_after_a_count_list_lead() -> None:
    got = _names("推进城市更新，完成20家企业搬迁，新修4处人行天桥，持续推进城市更新。\n")
    assert got["4处"] == ["新修人行天桥数"]


def test_no_verb_added_where_none_stands_before_the_count() -> None:
    # the boundary: a count with no flow verb right before it keeps its bare noun
    got = _names("全区拥有12座垃圾中转站。\n确保4所义务教育学校投入使用。\n")
    assert "新建" not in got["12座"][0] and "新建" not in got["4所"][0]


def test_work_verbs_and_a_leading_preposition_leave_the_name() -> None:
    got = _names("（6）对城区12座公厕进行内部装修、增加标识牌等升级改造。\n（1）对连接景区的90公里农村公路实施品质提升行动。\n"
                 "完善服务平台功能，通过平台对接发放贷款超过80亿元，缓解融资难问题。\n")
    assert got["12座"] == ["公厕内部装修改造数"]
    assert got["90公里"] == ["农村公路品质提升行动长度"]
    assert not got["80亿元"][0].startswith("通过")


def test_the_noun_after_the_last_member_names_both() -> None:
    got = _names("完成村屯环境整治，建成500个设施完善型和20个精品示范型村庄，完成农户改厕1000户以上。\n")
    assert got["500个"] == ["建成设施完善型村庄数"]
    got = _names("推动城市有机更新，启动中心城区第二批80个、6000余户老旧小区改造，加强消防设施建设。\n")
    assert got["80个"] == ["启动中心城区第二批老旧小区改造数"]


def test_bing_and_a_verb_end_the_object_and_involved_households() -> None:
    got = _names("深化养老服务体系建设，优化布局20所区域性养老服务设施并探索实施公建民营。\n"
                 "（2）对涉及4800户住户的城镇老旧小区内道路、供排水等基础设施实施更新改造。\n")
    assert got["20所"] == ["优化布局区域性养老服务设施数"]
    assert got["4800户"] == ["城镇老旧小区涉及住户数"]


def test_boundaries_a_pass_verb_a_rate_and_a_money_run_keep_their_names() -> None:
    # 通过 before a count is the verb pass; 先进行列 in a rate is no 进行; 、1000元大关 after a count is no shared noun
    got = _names("确保180个以上村通过省级验收。\n力争开发区进入全省先进行列的比例达到1/3。\n"
                 "过夜游客和人均花费分别突破900万人次、900元大关。\n")
    assert got["180个"][0].startswith("通过") or "通过" in got["180个"][0]
    assert all("大关" not in n for n in got.get("900万人次", []))
