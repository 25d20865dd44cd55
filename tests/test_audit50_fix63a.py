"""Round fix63a (audit 50): units 载重吨 and 根, 总运力 a stock (舟山, 抚州); N年完成 a multi-year total (舟山); a project's
size (广元, 内江) and N条 of a rule set under 严格落实 (广元) no target; firms kept up and 巩固首批 a set worked on (抚州, 内江);
an action on one side of one amount for one class makes two goals (内江 #18). Sentences from /work/notes/holdout50."""
from __future__ import annotations

from target_cases import baseline_of, targets

GOALS = "地区生产总值增长7%。"
REVIEW = "地区生产总值增长6%。"


def _plan(plan: str, review: str = REVIEW):
    return targets(review, GOALS + plan)


def test_deadweight_tonnes_of_a_fleet_is_a_stock_target_with_its_baseline() -> None:
    """船队总运力达到24万载重吨 (zhoushan): a row in 载重吨, a stock, matched to 船队总运力增至18.6万载重吨 of the review."""
    t = _plan("积极服务长江经济带建设，纵深拓展长江中上游运输市场，完成江海联运量3.35亿吨，船队总运力达到24万载重吨。",
              REVIEW + "成功争取江海直达船舶检验权，船队总运力增至18.6万载重吨、规模全国最大。")
    row = t.loc[["24万载重吨"]].iloc[0]
    assert row["unit"] == "载重吨" and row["measure"] == "stock" and row["indicator"] == "船队总运力"
    assert baseline_of(t, "24万载重吨") == "18.6万载重吨"


def test_a_flow_in_tonnes_beside_the_fleet_stays_a_flow() -> None:
    """Neighbouring right behaviour: 完成江海联运量3.35亿吨 in the same sentence stays a flow in 吨."""
    t = _plan("完成江海联运量3.35亿吨，船队总运力达到24万载重吨。")
    assert t.loc[["3.35亿吨"]].iloc[0]["measure"] == "flow" and t.loc[["3.35亿吨"]].iloc[0]["unit"] == "吨"


def test_charging_piles_in_gen_are_counted() -> None:
    """力争公用、专用充电桩达到5000根 (fuzhou): 根 counts, a target."""
    t = _plan("加快市、县、乡新能源汽车充电桩建设，力争公用、专用充电桩达到5000根。")
    assert "5000根" in t.index and t.loc[["5000根"]].iloc[0]["indicator"].endswith("充电桩数")


def test_three_years_to_complete_is_no_plan_year_target() -> None:
    """三年完成投资70亿元以上 (zhoushan row 46): a total over three years, no row of the plan year."""
    t = _plan("全力推进环境基础设施建设行动，提升治水、治气、治土、治废、治塑能力，三年完成投资70亿元以上。")
    assert "70亿元" not in t.index or (t.loc[["70亿元"]]["year"] != 2025).all()


def test_the_whole_years_investment_stays_a_target() -> None:
    """Neighbouring right behaviour: 确保全年完成投资470亿元以上 (guangyuan) is the plan year's."""
    t = _plan("推动曾家山旅游度假区基础设施（一期）等84个重点项目尽早竣工投产，确保全年完成投资470亿元以上。")
    assert int(t.loc[["470亿元"]].iloc[0]["year"]) == 2025


def test_a_reserve_size_before_de_names_the_project() -> None:
    """静态储备75万吨的中煤广元煤炭储备基地项目 (guangyuan row 40): the project's size; 静态煤炭储备超400万吨 stays."""
    t = _plan("加快新疆广汇等煤炭储备基地建设，积极争取静态储备75万吨的中煤广元煤炭储备基地项目纳入中央煤炭储备体系建设，"
              "力争静态煤炭储备超400万吨，加快打造煤炭高效清洁利用示范基地和西部煤炭调拨储配中心。")
    assert "75万吨" not in t.index and "400万吨" in t.index


def test_capacities_of_parks_to_start_are_no_targets() -> None:
    """年加工能力85万吨的智慧食品产业园、年周转量150万吨的…物流园项目 (guangyuan rows 44, 45); 新增…仓容20万吨 stays."""
    t = _plan("启动年加工能力85万吨的智慧食品产业园、年周转量150万吨的川陕甘铁路冷链及粮食仓储物流园项目建设。"
              "加快川北粮食现代物流园、剑阁县粮食仓储物流园等项目建设，新增标准化仓房仓容20万吨。")
    assert "85万吨" not in t.index and "150万吨" not in t.index and "20万吨" in t.index


def test_a_power_and_energy_pair_names_the_station() -> None:
    """100兆瓦/400兆瓦时全钒液流储能示范电站 (neijiang row 28): the station's size; 140余个 projects stay a target."""
    t = _plan("推动100兆瓦/400兆瓦时全钒液流储能示范电站等140余个项目开工建设，做好长征渠引水工程、内江机场等70余个项目前期工作。")
    assert "100兆瓦" not in t.index and "400兆瓦时" not in t.index and "140余个" in t.index


def test_a_herd_size_before_a_quoted_brand_chain_names_the_project() -> None:
    """60万头“内江黑猪”全产业链等项目 (neijiang row 43): the chain's size; 出栏内江黑猪25万头 stays."""
    t = _plan("推进四川恒通60万头“内江黑猪”全产业链等项目建设，出栏内江黑猪25万头。")
    assert "60万头" not in t.index and "25万头" in t.index


def test_rule_counts_under_strictly_carry_out_are_no_targets() -> None:
    """严格落实城市20条、集镇10条、农房15条建设管理规范措施 (guangyuan rows 30, 31): rules in force, no rows."""
    t = _plan("深入实施城市能级提升行动，严格落实城市20条、集镇10条、农房15条建设管理规范措施，进一步健全城乡融合发展体制机制。")
    assert not {"20条", "10条", "15条"} & set(t.index)


def test_firms_kept_up_to_grow_are_a_set() -> None:
    """动态扶持100户重点优势企业做大做强 (fuzhou row 13): firms kept up, no target; 百亿企业达到4家 stays."""
    t = _plan("开展企业扩能行动，用好“10%工作法”，动态扶持100户重点优势企业做大做强，帮助企业降本增效、增资扩产，"
              "力争百亿企业达到4家、50亿企业达到4家、20亿企业达到26家。")
    assert "100户" not in t.index and "26家" in t.index and "百亿企业数" in set(t["indicator"])


def test_villages_supported_to_carry_out_projects_stay_a_target() -> None:
    """Neighbouring right behaviour: 扶持400个村实施联村共富项目 (corpus) counts the villages, a target."""
    t = _plan("因村制宜发展休闲农业、康养、民宿等业态，扶持400个村实施联村共富项目。")
    assert t.loc[["400个"]].iloc[0]["indicator"] == "实施联村共富项目村数"


def test_firms_releasing_capacity_stay_a_target() -> None:
    """Neighbouring right behaviour: 支持33户省市“贡嘎培优”企业加速释放产能 (南充) is no upkeep, it stays."""
    t = _plan("支持33户省市“贡嘎培优”企业加速释放产能，带动主导产业产值增长15%以上。")
    assert t.loc[["33户"]].iloc[0]["indicator"].endswith("户数")


def test_consolidating_the_first_batch_is_no_target_the_second_batch_is() -> None:
    """巩固首批18个目标镇（街道）…成效 (neijiang row 36): last year's batch, no row; 推进第二批19个… stays."""
    t = _plan("巩固首批18个目标镇（街道）农村面貌改善成效，因地制宜推进第二批19个目标镇（街道）农村面貌改善行动。")
    assert "18个" not in t.index and "19个" in t.index


def test_firms_to_the_cloud_and_firms_added_are_two_goals() -> None:
    """规模以上工业企业“上云”50户以上 and 新增规模以上工业企业50户 (neijiang missed #18): two rows of 50户."""
    t = _plan("促进工业数字化，推动规模以上工业企业“上云”50户以上、电商应用率达到85%。"
              "实施大企业培育倍增计划和中小微企业“育苗壮干”计划，新增规模以上工业企业50户，培育省级“专精特新”企业7户。")
    assert sorted(t.loc[["50户"]]["indicator"]) == ["新增规模以上工业企业户数", "规模以上工业企业上云户数"]


def test_the_same_amount_for_the_same_class_said_twice_is_one_goal() -> None:
    """Neighbouring right behaviour: 新增规模以上工业企业50户 said again with no other action is one row."""
    t = _plan("新增规模以上工业企业50户。推动规模以上工业企业数字化转型，新增规模以上工业企业50户。")
    assert len(t.loc[["50户"]]) == 1
