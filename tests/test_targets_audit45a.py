"""Audit 45 (fix57a): figures that are no target, a standing floor shared by a 、 pair, and a missed count unit — sizes of
named projects in a 、 list (投资8亿元的金田轮胎二期、…等重大项目), another plan's task list (协同推进《…纲要》138项重点任务), a
size after 一批 (储备一批新的500亩成片工业用地), a change in points restated with 提升, a set covered in full (8条…河流…全面达标)
or whose level is raised (提升15个…服务水平), the red line closing 守住203.71万亩耕地、184.02万亩…红线 and 组 (路灯6000组)
(docs/assumptions.md#which-figures-are-targets). Sentences from city_xianning_2024, city_meishan_2024 and city_huaian_2024."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from govreport.tables import build_targets

HEAD = "某市2024年政府工作报告\n一、2023年工作回顾\n去年全市地区生产总值增长5%。\n二、2024年主要目标任务\n"


def _targets(body: str):  # type: ignore[no-untyped-def]
    return build_targets(extract_quantities(read_text(HEAD + body + "\n")))


def _texts(body: str) -> set[str]:
    return set(_targets(body)["text"])


def test_sizes_of_named_projects_in_a_list_are_no_targets() -> None:
    """XN rows 14–16: each 投资N元的 + name in a 、 list closed by 等重大项目 is that project's size; the 70% rate before
    them stays, and so does one named project that closes the clause (its own rule)."""
    texts = _texts("做好项目全生命周期服务，新签约亿元以上项目当年开工率高于70%，确保投资25亿元的盛翌达光储算、投资8亿元的"
                   "金田轮胎二期、投资8亿元的立邦汽车涂料等重大项目签约落地，崇阳县光刻设备零部件生产和光刻胶中试项目开工。")
    assert "25亿元" not in texts and "8亿元" not in texts and "70%" in texts
    assert "50亿元" in _texts("全年完成工业投资50亿元，推进建设一批重大项目。")


def test_another_plan_s_task_list_is_no_target() -> None:
    """MS row 38: 协同推进《…纲要》138项重点任务 is the size of another plan's list; 11个共建项目 after it is not touched by it."""
    texts = _texts("协同推进《成渝地区双城经济圈建设规划纲要》138项重点任务，推动11个共建项目完成投资139.7亿元。")
    assert "138项" not in texts and "139.7亿元" in texts


def test_a_size_after_a_batch_is_no_target() -> None:
    """HA row 24: 储备一批新的500亩成片工业用地 sizes each plot of an uncounted batch; 引进一批世界500强 is no size rule's."""
    assert "500亩" not in _texts("规范处置、高效利用，在各县区分别盘整储备一批新的500亩成片工业用地。")
    assert "1000亩" in _texts("新增成片工业用地1000亩。")


def test_a_change_in_points_with_tisheng_restates_the_share() -> None:
    """HA row 37: 占比达34.5%、提升2.6个百分点 states the share's change again; the share and 250户 stay."""
    texts = _texts("梯度培育创新型企业集群，力争全年新认定国家高企250户，高新技术产业产值占比达34.5%、提升2.6个百分点。")
    assert "2.6个百分点" not in texts and "34.5%" in texts and "250户" in texts


def test_sets_covered_in_full_or_raised_are_no_counts() -> None:
    """HA rows 71, 75: 8条主要入湖河流年均水质全面达标 and 提升15个农村区域医疗中心服务水平 are sets worked on; 新增5个省级
    临床重点专科 beside them, and 3家县级人民医院达三级综合医院水平 (XN), stay goals."""
    texts = _texts("抓实控源减污和减磷控氮两个重点，确保洪泽湖8条主要入湖河流年均水质全面达标。")
    assert "8条" not in texts
    texts = _texts("柔性引进高层次医疗卫生人才，新增5个省级临床重点专科，提升15个农村区域医疗中心服务水平，积极创建省级区域医疗中心。")
    assert "15个" not in texts and "5个" in texts
    assert "3家" in _texts("加快咸宁国家区域医疗中心建设，3家县级人民医院达三级综合医院水平。")


def test_a_red_line_closing_a_pair_is_both_members_floor() -> None:
    """MS row 50: 守住203.71万亩耕地、184.02万亩永久基本农田保护红线 — both standing floors, not only the last."""
    t = _targets("以“长牙齿”的硬措施坚决遏制耕地“非农化”、防止耕地“非粮化”，守住203.71万亩耕地、184.02万亩永久基本农田保护红线。")
    rows = {r["text"]: r for r in t.to_dict("records")}
    for text in ("203.71万亩", "184.02万亩"):
        assert rows[text]["horizon"] == "standing" and rows[text]["target_kind"] == "floor"
    t = _targets("确保粮食播种面积稳定在200万亩、新建高标准农田10万亩。")
    assert all(h != "standing" for h in t["horizon"])


def test_zu_counts_after_a_digit_only() -> None:
    """MS: 安装农村路灯6000组 is a target in 组; 一组应用场景 reads no figure."""
    t = _targets("新（改）建农村公路500公里，安装农村路灯6000组。")
    assert "6000组" in set(t["text"])
    assert "一组" not in _texts("对应编制一份改革方案、一套操作规范、一组应用场景。")
