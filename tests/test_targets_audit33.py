"""Audit 33 (fix39t): what is a target and its kind — project counts named by example with a plan verb, the
length of projects under way, 均 shared by two measures, named lists, stocks kept up, a size class, and a
qualifier after 分别 before the first member (docs/assumptions.md#review-part-targets, #target-kinds).
Sentences from the audited reports (provincial_chongqing_2024, prefecture_ganzi_2024, city_mudanjiang_2024)."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from govreport.tables import build_targets

HEAD = "某市2024年政府工作报告\n一、2023年工作回顾\n去年全市地区生产总值增长5%。\n二、2024年主要目标任务\n"


def _targets(body: str):
    return build_targets(extract_quantities(read_text(HEAD + body + "\n"))).set_index("text", drop=False)


def test_projects_named_by_example_after_a_plan_verb_are_counted() -> None:
    """加快推动安意法、芯联等6个晶圆项目; 实施…等5个重大专项和…等8个重点专项; 加快旭龙、叶巴滩等5个水电站建设 (CQ24, GZ24)."""
    t = _targets("新一代电子信息制造业，加快推动安意法、芯联等6个晶圆项目，带动芯片设计、封装测试、半导体专用设备及材料等协同发展。"
                 "强化企业科技创新主体地位，实施核心软件、高端器件与芯片等5个重大专项和新能源、绿色低碳等8个重点专项，组织开展产学研协同攻关。"
                 "金沙江流域开工建设叶巴滩混合抽蓄电站和白玉、德格、巴塘水光互补项目，加快旭龙、叶巴滩等5个水电站建设，抓好岗托水电站前期工作。")
    assert {"6个", "5个", "8个"} <= set(t.index)
    assert len(t.loc[["5个"]]) == 2


def test_stations_prepared_are_counted_and_examples_before_other_nouns_stay_a_set() -> None:
    """推进中国能建、省交投等10处风电项目，做好老黑顶等7个抽水蓄能电站前期工作 (MDJ24); 推进…等6个进出城通道和…
    (a count of 通道 before another list, audit 3) stays a set."""
    t = _targets("聚焦风光火储一体化，加快打造新能源产业集群，推进中国能建、省交投等10处风电项目，做好老黑顶等7个抽水蓄能电站前期工作，"
                 "力争林口建堂、海林海浪河抽水蓄能电站开工。"
                 "推进和平大道东延线、右岸大道等6个进出城通道和12号线、3号线二期等8个轨道交通项目建设。")
    assert {"10处", "7个", "8个"} <= set(t.index)
    assert "6个" not in t.index


def test_projects_under_way_sped_up_are_counted_unless_a_build_closes_them() -> None:
    """提速164个在建重点工业项目 (CQ24#17) is the year's count; 加快185个在建重大项目和重点工程建设 (audit 19) stays the pool."""
    t = _targets("促进工业投资放量，以补链强链、智改数转为重点，提速164个在建重点工业项目，新开工98个重点工业项目。"
                 "加快185个在建重大项目和重点工程建设，建成投产20个以上。")
    assert {"164个", "98个", "20个"} <= set(t.index)
    assert "185个" not in t.index


def test_a_length_closing_examples_before_projects_under_way_is_a_target() -> None:
    """抓好城市缓堵保畅，推进7号线一期、15号线等262公里轨道交通在建项目 (CQ24#32): the length under construction."""
    assert "262公里" in _targets("抓好城市缓堵保畅，推进7号线一期、15号线等262公里轨道交通在建项目，持续实施路网更新改造。").index


def test_jun_with_one_rate_gives_one_row_per_measure() -> None:
    """确保全市接待游客、旅游收入均增长20%以上 (MDJ24#32, #33): two floors, one per measure."""
    t = _targets("提升横道河子景区四季游承载能力，确保全市接待游客、旅游收入均增长20%以上。")
    rows = t.loc[["20%"]]
    assert set(rows["indicator_key"]) == {"tourist_visits_growth", "tourism_revenue_growth"}
    assert set(rows["target_kind"]) == {"floor"}


def test_a_count_after_its_named_members_is_the_list_count() -> None:
    """有序建设金凤、嘉陵江、明月湖、广阳湾4个重庆实验室 (CQ24#8); 温春、五林、沙兰3个万头牧场投产达效 (MDJ24#21);
    新增省级、市级农业产业化龙头企业2家、20家 (two counts of two classes) stays."""
    t = _targets("有序建设金凤、嘉陵江、明月湖、广阳湾4个重庆实验室，加快推进超瞬态实验装置。"
                 "做大奶、鹅、冷水鱼等特色养殖，温春、五林、沙兰3个万头牧场投产达效，力争养殖量突破350万只。"
                 "新增省级、市级农业产业化龙头企业2家、20家。")
    assert "4个" not in t.index and "3个" not in t.index
    assert {"350万只", "2家", "20家"} <= set(t.index)


def test_a_stock_kept_up_is_no_target() -> None:
    """提质发展10个全国重点实验室 (CQ24#7); 抓好69个易地搬迁点后续扶持 (GZ24#91): what there is, kept up."""
    t = _targets("争取国家实验室重庆基地建设，提质发展10个全国重点实验室。抓好69个易地搬迁点后续扶持。")
    assert "10个" not in t.index and "69个" not in t.index


def test_a_population_size_before_a_city_is_a_class() -> None:
    """加快打造50万人口规模边境城市 (MDJ24#30): the size class of the city."""
    assert "50万人口" not in _targets("吸引人口向边境地区集聚，加快打造50万人口规模边境城市。").index


def test_a_qualifier_after_fenbie_before_the_first_member_is_every_members() -> None:
    """力争高新技术企业、科技型企业分别突破8500家和6万家; 高铁、高速公路通车里程分别突破1100公里、4500公里 (CQ24#10, #20)."""
    t = _targets("深入推进“双倍增”行动，力争高新技术企业、科技型企业分别突破8500家和6万家。"
                 "加快交通强市建设，力争高铁、高速公路通车里程分别突破1100公里、4500公里。")
    for text in ("8500家", "6万家", "1100公里", "4500公里"):
        assert t.loc[text, "target_kind"] == "floor", text
