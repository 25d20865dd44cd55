"""Targets after the rule round on audit 29's missed targets, thresholds and classes (docs/audits/targets_29.md, fault
classes): one test per rule, on paraphrased sentences run through the real reader and extractor."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from govreport.tables import build_targets


def _plan(plan: str, review: str = "2023年，全市经济稳中有进。地区生产总值增长5%。") -> object:
    text = f"政府工作报告\n一、2023年工作回顾\n{review}\n二、2024年工作安排\n{plan}\n"
    return build_targets(extract_quantities(read_text(text))).set_index("text", drop=False)


def test_yishang_before_the_noun_its_unit_counts_is_a_floor() -> None:
    """N以上 right before what its own unit counts (举办8场以上海外推介, 为3000名以上残疾儿童, 年内60%以上审批事项实现…)
    is a floor on that count; 100户以上自然村 and 资产负债率70%以上企业 stay thresholds (audit 29 YT24 #60, #66, #118, #119)."""
    t = _plan("举办8场以上海外推介活动。年内60%以上审批事项实现“一网通办”。为3000名以上残疾儿童提供康复服务。"
              "加快100户以上自然村道路硬化。压降资产负债率70%以上企业债务。")
    assert t.loc["8场", "target_kind"] == "floor"
    assert t.loc["60%", "target_kind"] == "floor"
    assert t.loc["3000名", "target_kind"] == "floor"
    assert "100户" not in t.index
    assert "70%" not in t.index


def test_technical_renovation_investment_is_no_fixed_asset_investment() -> None:
    """固定资产投资增长8%…技改投资增长8%以上: 技改投资 is a part with its own goal, not keyed fai_growth and so not dropped
    as a restatement of the headline investment goal of the same value (audit 29 YC24 #26)."""
    t = _plan("全市固定资产投资增长8%。确保工业投资增长11%，技改投资增长8%以上。")
    rows = t[t["indicator"].str.contains("技改")]
    assert len(rows) == 1
    assert rows.iloc[0]["indicator_key"] != "fai_growth"
    assert rows.iloc[0]["target_kind"] == "floor"


def test_projects_carried_out_named_by_example_are_a_goal() -> None:
    """实施南山古镇等15个重点旅游项目: projects carried out in the year, a count goal; 推进A等10个国家物流枢纽 and a set of
    places named by example stay sets (audit 29 YT24 #105)."""
    t = _plan("实施南山古镇等15个重点旅游项目，办好国际啤酒节。推进洛阳等10个国家物流枢纽建设。")
    assert t.loc["15个", "target_kind"] == "exact"
    assert "10个" not in t.index


def test_a_net_addition_of_a_stock_is_a_flow() -> None:
    """净增高新技术企业800家以上 vs the review's 净增高新技术企业900家: a net addition is a flow whatever its key's
    measure, so a goal below last year's is below_last_year, not met_already (audit 29 CZ24 #24)."""
    t = _plan("净增高新技术企业800家以上。", review="2023年，全市净增高新技术企业900家。")
    assert t.loc["800家", "measure"] == "flow"
    assert t.loc["800家", "feasibility"] == "below_last_year"


def test_money_sizes_before_or_and_after_guo_are_classes() -> None:
    """招引总投资超50亿元或5亿美元项目3个以上, 新开工5亿元或5000万美元项目20个, 新增营收过百亿元企业3家、过五十亿元4家:
    the money figures size the projects or firms counted, no amounts to produce; the counts stay goals (audit 29 YT24#63,
    CZ24#12, #14, YC24#74)."""
    t = _plan("招引总投资超50亿元或5亿美元项目3个以上。新开工5亿元或5000万美元项目20个以上。"
              "力争新增营收过百亿元企业3家、过五十亿元4家。")
    assert not any(u.endswith("元") for u in t["unit"])
    assert {"3个", "20个", "3家", "4家"} <= set(t.index)


def test_total_investment_of_a_named_thing_is_no_goal() -> None:
    """加快建设总投资超3000亿元的“三大千万级”能源基地: the size of what is built over years, no amount of the plan year;
    …等6个年度计划总投资50亿元的制造项目 (the year's planned amount) stays (audit 29 YT24#7)."""
    t = _plan("加快建设总投资超3000亿元的“三大千万级”能源基地。重点抓好甲项目等6个年度计划总投资50亿元的制造项目建设。")
    assert "3000亿元" not in t.index
    assert "50亿元" in t.index


def test_what_the_plan_relies_on_lays_out_or_tasks_is_no_goal() -> None:
    """依托…和300平方公里腹地 (relied on), 在滨海布局12平方公里装备研发、配套产业园 (a park's size), 8个特色园区要扩大增量
    (the set the goal is for): no targets; 新建高标准农田5万亩 and 建成8个特色园区 stay (audit 29 YT24#5, #6, #16)."""
    t = _plan("依托丰富的风光资源和300平方公里腹地，打造绿电样板区。在滨海布局12平方公里装备研发、配套产业园，打造制造中心。"
              "推动园区竞相发展，8个特色园区要扩大增量、聚集产业。新建高标准农田5万亩。建成8个特色园区。")
    assert "300平方公里" not in t.index
    assert "12平方公里" not in t.index
    assert list(t.index).count("8个") == 1
    assert "5万亩" in t.index


def test_a_count_of_x_that_combines_several_things_names_x() -> None:
    """建设8处集公厕、阅览室、歇脚点等于一体的便民服务驿站: the stations are counted, not the toilets (audit 29 YT24#91)."""
    t = _plan("建设8处集公厕、阅览室、歇脚点等于一体的便民服务驿站，方便群众。")
    assert "便民服务驿站" in t.loc["8处", "indicator"]
    assert "公厕" not in t.loc["8处", "indicator"]


def test_a_bare_count_of_people_is_named_by_its_own_clause() -> None:
    """发放创业担保贷款5亿元以上，帮扶3万失业人员再就业: the 3万 are people helped back to work, named by their own clause's
    verb and people, not by the loans of the clause before (audit 29 YT24#110)."""
    t = _plan("加大创业扶持力度，发放创业担保贷款5亿元以上，帮扶3万失业人员再就业。")
    assert t.loc["3万", "indicator"] == "帮扶失业人员再就业人数"


def test_commitment_words_before_a_reached_amount_name_nothing() -> None:
    """争取经营主体突破80万户 (争取 before a subject whose amount is reached), 县域经济总量冲刺500亿元 (冲刺 like 突破): the
    commitment is no part of the name; 争取资金10亿元 keeps its 争取 (audit 29 YT24#28, YC24#59)."""
    t = _plan("开展经营主体培育行动，争取经营主体突破80万户。推动县域经济总量冲刺500亿元。全年争取上级资金10亿元。")
    assert not t.loc["80万户", "indicator"].startswith("争取")
    assert "冲刺" not in t.loc["500亿元", "indicator"]
    assert "争取" in t.loc["10亿元", "indicator"]


def test_a_member_with_its_own_money_class_is_named_by_it() -> None:
    """力争新增营收过百亿元企业1家、过五十亿元3家: the 3家 are firms over 五十亿元, not over 百亿元 (audit 29 YC24#75)."""
    t = _plan("深入实施龙头企业培育行动，力争新增营收过百亿元企业1家、过五十亿元3家。")
    assert "过五十亿元" in t.loc["3家", "indicator"]
    assert "百亿" not in t.loc["3家", "indicator"]


def test_a_rank_class_before_the_noun_counted_keeps_the_noun() -> None:
    """委托50家商会专业招商，精选800家500强企业和行业龙头企业登门招商: the firms are counted (their rank class 500强 read
    past), not named by the clause before (audit 29 YT24#62)."""
    t = _plan("组织8场以上境外招商，委托50家商会专业招商，精选800家500强企业和行业龙头企业登门招商。")
    assert "企业" in t.loc["800家", "indicator"]
    assert "境外" not in t.loc["800家", "indicator"]
