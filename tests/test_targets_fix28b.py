"""Targets after the rule round on audit 24's baseline, row and unit faults (docs/audits/targets_24.md, fault
classes): one test per rule, on paraphrased sentences run through the real reader and extractor."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from govreport.tables import build_targets

from target_cases import targets


def _combined(review: str, plan: str, heading: str = "一、2025年和“十四五”时期工作回顾") -> object:
    text = f"政府工作报告\n{heading}\n{review}\n二、2026年工作安排\n{plan}\n"
    return build_targets(extract_quantities(read_text(text))).set_index("text", drop=False)


YEAR_PART = "2025年，全省经济稳中有进。地区生产总值增长5%。新建城市公园12个。"
TERM_PART = ("各位代表！2025年各项目标任务的完成，标志着“十四五”规划圆满收官。回望过去五年，我们砥砺前行。"
             "全省新增四星级酒店20家，新建城市公园60个，常住人口城镇化率从2020年的50.1%提升到2025年的56.3%。")
PLAN = "新增四星级酒店8家以上。新建城市公园15个。常住人口城镇化率达到57%左右。"


def test_a_term_part_after_the_year_part_gives_no_one_year_baseline() -> None:
    """一、2025年和“十四五”时期工作回顾: the year's part first, then a sentence closing the term (…标志着“十四五”规划
    圆满收官。回望过去五年): its counts are five-year totals, no baseline; the year's own 12个 still is one, and an end
    point dated to the year in its own clause (提升到2025年的56.3%) stays the year's."""
    t = _combined(YEAR_PART + TERM_PART, PLAN)
    assert t.loc["8家", "baseline_text"] != "20家"
    assert t.loc["15个", "baseline_text"] == "12个"
    assert t.loc["57%", "baseline_text"] == "56.3%"


def test_the_same_figures_under_a_year_only_heading_stay_baselines() -> None:
    t = _combined(YEAR_PART + "全省新增四星级酒店20家，新建城市公园60个。", PLAN, heading="一、2025年工作回顾")
    assert t.loc["8家", "baseline_text"] == "20家"


def test_five_and_four_star_hotels_are_two_classes() -> None:
    """新增五星级饭店3家以上、四星级饭店30家 vs the review's 新增五星级饭店6家: the four-star goal has no baseline
    (a grade is no scope word to drop: 四星级 is not 五星级; audit 24 GZ26#52)."""
    plan = "提升住宿服务质量，新增五星级饭店3家以上、四星级饭店30家、等级民宿100家。"
    t = targets("提升住宿服务质量，新增五星级饭店6家、等级民宿80家。", plan)
    assert t.loc["3家", "baseline_text"] == "6家"
    assert t.loc["30家", "baseline_text"] != "6家"


def test_pushing_existing_centres_to_run_well_is_a_set_worked_on() -> None:
    """推进4个国家级创新中心和7个省级创新中心平稳运行: the centres there are, kept running — no count to produce
    (like 深化24个重点片区; audit 24 GZ26#92/#93); 推动10个创新中心建成运营 still counts centres to be reached."""
    t = targets("新建创新中心3个。", "完善创新体系，推进4个国家级创新中心和7个省级创新中心平稳运行。新建创新中心5个。")
    assert "4个" not in t.index and "7个" not in t.index and "5个" in t.index
    t = targets("新建创新中心3个。", "完善创新体系，推动10个创新中心建成运营。")
    assert "10个" in t.index


def test_chang_and_changci_count_the_same_events() -> None:
    """举办各类会展110余场 and 全年举办各类会展120场次以上: one counter for events (audit 24 UR24#22)."""
    t = targets("举办各类会展110余场、增长30%。", "发展会展经济，全年举办各类会展120场次以上。")
    assert t.loc["120场次", "baseline_text"] == "110余场"


def test_a_word_of_praise_is_no_other_kind() -> None:
    """新组建8个优质医联体 and the review's 新组建医联体6个: 优质 praises, it names no other kind (audit 24 UR24#48)."""
    t = targets("新组建医联体6个、新增床位2000张。", "推进分级诊疗，新组建8个优质医联体。")
    assert t.loc["8个", "baseline_text"] == "6个"


def test_a_demonstration_point_is_no_model_village() -> None:
    """创建12个社区便民服务示范点 vs 建成40个垃圾分类示范点: 示范点 alone is no model village (key demo_villages only
    for 示范村), so the two are not one measure by a key (audit 24 UR24#37)."""
    t = targets("建成40个垃圾分类示范点。", "创建12个社区便民服务示范点。")
    assert t.loc["12个", "indicator_key"] != "demo_villages"
    assert t.loc["12个", "baseline_text"] != "40个"
    t = targets("创建乡村振兴示范村20个。", "创建乡村振兴示范村30个。")
    assert t.loc["30个", "indicator_key"] == "demo_villages"


def test_mu_times_is_a_unit_and_its_floor_is_kept() -> None:
    """农机作业服务面积50万亩次以上: 亩次 (like 人次) is a unit, the goal a floor (audit 24 GZ26#105)."""
    t = targets("新增就业1万人。", "提升农机服务水平，农机作业服务面积50万亩次以上。")
    assert t.loc["50万亩次", "unit"] == "亩次"
    assert t.loc["50万亩次", "target_kind"] == "floor"


def test_eflops_is_computing_power() -> None:
    """算力规模突破200EFLOPS (or Eflops): a unit of computing power, a goal row (audit 24 GZ26 #34)."""
    t = targets("新增就业1万人。", "深入实施“东数西算”工程，全省算力规模突破200Eflops。")
    assert t.loc["200Eflops", "unit"] == "Eflops"


def test_yishang_before_the_people_counted_is_a_floor() -> None:
    """选派1000名以上科技特派员到基层: a floor on the people sent, not a threshold that classes them (audit 24
    GZ26 #92); 支持1000人以上企业开展培训 still classes firms by their size."""
    t = targets("选派科技特派员900名。", "强化科技支撑，选派1000名以上科技特派员到基层开展服务。")
    assert t.loc["1000名", "target_kind"] == "floor"
    t = targets("新增就业1万人。", "支持1000人以上企业开展技能培训。")
    assert "1000人" not in t.index
