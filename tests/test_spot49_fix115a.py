"""Spot audits 49 (邯郸, 茂名, 遵义, 吕梁, 嘉兴 2023), round fix115a: names of plan targets cut by a stray
line break or read from the wrong words of a construction."""
from __future__ import annotations

from govreport.report.layout import join_stray_breaks
from target_cases import baseline_of, targets

# a paragraph a line (a scraped page): one line longer than any PDF column
_LONG = "坚持稳中求进工作总基调，" * 20 + "推动经济运行整体好转。\n"


def test_a_stray_line_break_inside_a_sentence_keeps_the_figure_with_its_noun() -> None:
    # 邯郸 G7: 打造县级物流配送中心⏎2个、乡镇商贸中心23个
    t = targets("全年地区生产总值增长5%。", _LONG + "实施城乡商业体系建设工程，打造县级物流配送中心\n2个、乡镇商贸中心23个。")
    name = str(t.loc[["2个"]].iloc[-1]["indicator"])
    assert "物流配送中心" in name
    assert str(t.loc[["23个"]].iloc[-1]["indicator"]).startswith("打造")
    # a heading, a sentence end, a year or a numbered item after the break: lines stay apart
    for kept in ("（一）抓转型塑优势，加快构建现代产业体系\n2个方面的工作", "实施城乡商业体系建设工程，打造中心。\n2个",
                 "实施城乡商业体系建设工程，打造县级物流配送中心\n2023年，全市", "重点做好以下工作，包括这些方面\n1、稳增长"):
        assert join_stray_breaks(kept) == kept


def test_members_with_their_own_work_share_the_trailing_noun() -> None:
    # 茂名 G1: 新建4万亩、改造提升8万亩高标准农田; the review's 新增高标准农田14万亩 is the 新建 member's only
    t = targets("新增高标准农田14万亩、垦造水田3841亩。", "持续提升粮食产能，新建4万亩、改造提升8万亩高标准农田。", 2022)
    assert str(t.loc[["4万亩"]].iloc[-1]["indicator"]) == "新建高标准农田面积"
    assert str(t.loc[["8万亩"]].iloc[-1]["indicator"]) == "改造提升高标准农田面积"
    assert baseline_of(t, "4万亩") == "14万亩" and baseline_of(t, "8万亩") == ""
    # both works named before the noun build some: the key stays
    t = targets("新增高标准农田14万亩。", "新建和改造提升高标准农田12万亩。", 2022)
    assert baseline_of(t, "12万亩") == "14万亩"


def test_one_share_after_a_list_of_subjects_is_each_subjects() -> None:
    # 遵义 G4: 游客接待人次、旅游收入分别增长20%、30%以上，均占全省17%以上
    t = targets("全年地区生产总值增长5%。", "游客接待人次、旅游收入分别增长20%、30%以上，均占全省17%以上。", 2022)
    assert sorted(t.loc[["17%"]]["indicator"]) == ["旅游收入占全省比重", "游客接待人次占全省比重"]
    # one subject before: no list to spread over
    t = targets("全年地区生产总值增长5%。", "规模以上工业增加值增长8%，均占全省17%以上。", 2022)
    assert len(t.loc[["17%"]]) == 1


def test_a_count_per_thousand_people_is_a_density() -> None:
    # 遵义 G7: 确保3岁以下婴幼儿托位数达3.3个/千人
    t = targets("全年地区生产总值增长5%。", "确保3岁以下婴幼儿托位数达3.3个/千人。", 2022)
    row = t.loc[["3.3个"]].iloc[-1]
    assert row["indicator"] == "每千人口3岁以下婴幼儿托位数" and row["measure"] == "level"
    # a count with no per-people unit after it stays a count
    t = targets("全年地区生产总值增长5%。", "新增托位3300个。", 2022)
    assert "每" not in str(t.loc[["3300个"]].iloc[-1]["indicator"])


def test_leaving_the_last_places_is_a_rank_from_the_bottom() -> None:
    # 吕梁 G5: 力争水环境综合指数排名退出全国后50位; 平川四县全部退出全省后10位
    t = targets("全年地区生产总值增长5%。", "力争水环境综合指数排名退出全国后50位。", 2022)
    row = t.loc[["50位"]].iloc[-1]
    assert row["indicator"] == "水环境综合指数全国倒数名次" and row["target_kind"] == "floor" and "人数" not in row["indicator"]
    t = targets("全年地区生产总值增长5%。", "推动空气质量保持全省前列、平川四县全部退出全省后10位。", 2022)
    assert str(t.loc[["10位"]].iloc[-1]["indicator"]).endswith("全省倒数名次")
    # a top band keeps its 名次 ceiling; 后 without 退出 is no rank
    t = targets("全年地区生产总值增长5%。", "地区生产总值排名进入全省前10位。", 2022)
    assert t.loc[["10位"]].iloc[-1]["target_kind"] == "ceiling"


def test_a_subject_or_zone_heading_a_list_carries_to_bare_members() -> None:
    # 嘉兴 G3: 所有村年经常性收入超过160万元、经营性收入超过60万元
    t = targets("全年地区生产总值增长5%。", "所有村年经常性收入超过160万元、经营性收入超过60万元。", 2022)
    assert t.loc[["60万元"]].iloc[-1]["indicator"] == "所有村经营性收入"
    # 中心城区公交分担率、公交专用道设置比例均提高到30%以上
    t = targets("全年地区生产总值增长5%。", "中心城区公交分担率、公交专用道设置比例均提高到30%以上。", 2022)
    assert sorted(t.loc[["30%"]]["indicator"]) == ["中心城区公交专用道设置比例", "中心城区公交分担率"]
    # a member with a scope of its own keeps it
    t = targets("全年地区生产总值增长5%。", "中心城区公交分担率、全市公交专用道设置比例均提高到30%以上。", 2022)
    assert "公交专用道设置比例" in set(t.loc[["30%"]]["indicator"])


def test_a_passed_money_class_between_verb_and_projects_keeps_the_verb() -> None:
    # 嘉兴 G4: 储备投资超10亿元重大项目1000个以上
    t = targets("全年地区生产总值增长5%。", "做深做实前期工作，储备投资超10亿元重大项目1000个以上，确保接续有力。", 2022)
    name = str(t.loc[["1000个"]].iloc[-1]["indicator"])
    assert name.startswith("储备") and "10亿元" in name
    # an amount done before a separate count: no class
    t = targets("全年地区生产总值增长5%。", "完成投资超100亿元，新开工项目30个。", 2022)
    assert t.loc[["30个"]].iloc[-1]["indicator"] == "新开工项目数"


def test_a_length_with_its_own_noun_takes_no_later_members_noun() -> None:
    # regression (威海 2024): 新改建农村公路31公里、改善360公里农村公路通行条件: 31公里 has its noun already
    t = targets("全年地区生产总值增长5%。", "新改建农村公路31公里、改善360公里农村公路通行条件、改造危桥9座。", 2022)
    assert t.loc[["31公里"]].iloc[-1]["indicator"] == "新改建农村公路长度"
