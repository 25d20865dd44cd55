"""Targets after audit 38 (docs/audits/targets_38.md, fault class "figures that are no plan-year target"): one test per
rule, on the real sentences of the audit's texts (docs/assumptions.md#non-targets)."""
from __future__ import annotations

from target_cases import targets

REVIEW = "地区生产总值增长7.5%。"


def test_stocks_drawn_on_are_no_targets() -> None:
    """Jincheng (JC24#15, #40), Weihai (WH24#30): a figure between 发挥/展现 and 作用/效应/成效 is a stock drawn on."""
    t = targets(REVIEW, "持续推进总投资130亿元的基础设施建设，发挥100亿元产业引导基金作用，用好招落一体、产业链协同机制。"
                        "实施集群集聚发展行动，发挥6个省级现代服务业集聚区示范效应，增强区域服务业特色优势和产业竞争力。"
                        "确保“五一”假期开园，全面展现20.2平方公里先行区建设成效。"
                        "新增高新技术企业100家。", review_year=2023)
    for text in ("100亿元", "6个", "20.2平方公里"):
        assert text not in t.index, text
    assert "100家" in t.index


def test_a_set_whose_own_progress_is_pushed_is_no_target() -> None:
    """Tongren (TR24#33, #121): 推动全市12个开发区加快发展, 加快19家…后备企业上市进程 — scopes; 新设立市场主体3万户 stays."""
    t = targets(REVIEW, "推动全市12个开发区加快发展，补齐园区供电、供水、供气、道路、物流、污水处理等配套基础设施、要素保障。"
                        "实施培育壮大市场主体行动，新设立市场主体3万户，加快19家省级上市挂牌后备企业上市进程，"
                        "让市场主体如雨后春笋般多起来、大起来、强起来！", review_year=2023)
    for text in ("12个", "19家"):
        assert text not in t.index, text
    assert "3万户" in t.index


def test_a_long_term_vision_is_no_plan_year_target() -> None:
    """Tongren (TR24#74, #75): 中心城区100万人口、100平方公里建成区面积“双百城市”远景目标 — a vision, no 2024 goal."""
    t = targets(REVIEW, "围绕中心城区100万人口、100平方公里建成区面积“双百城市”远景目标，坚持以城带乡、以乡促城。"
                        "实现中心城区常住人口49万人。", review_year=2023)
    for text in ("100万人口", "100平方公里"):
        assert text not in t.index, text


def test_every_amount_of_a_threshold_list_is_a_threshold() -> None:
    """Jincheng (JC24#59, #60): 年收入30万元、50万元、100万元以上的村 — all three amounts class the villages; the shares are the goals."""
    t = targets(REVIEW, "力争集体经济年收入30万元、50万元、100万元以上的村分别达到75％、55％、35％。", review_year=2023)
    for text in ("30万元", "50万元", "100万元"):
        assert text not in t.index, text
    assert {"75％", "55％", "35％"} <= set(t.index)


def test_a_capacity_opening_its_clause_is_a_class() -> None:
    """Jincheng (JC24#8): 产能120万吨以上和灾害严重煤矿 is a class of mines, as 产能180万吨以上煤矿 is; 建成15座 stays."""
    t = targets(REVIEW, "加快兰花沁裕、百盛2座年产90万吨煤矿竣工转产，产能180万吨以上煤矿智能化改造全部完成，"
                        "产能120万吨以上和灾害严重煤矿智能化改造全部开工，建成15座智能化矿山。", review_year=2023)
    for text in ("180万吨", "120万吨"):
        assert text not in t.index, text
    assert "15座" in t.index


def test_the_threshold_of_a_share_without_de_is_no_target() -> None:
    """Tongren (TR24#36): 实现30%以上村集体经济年经营收入45万元以上 — the share is the goal, 45万元 its threshold."""
    t = targets(REVIEW, "全面推进农村项目资产盘活，建成“强村富民工坊”400个，实现30%以上村集体经济年经营收入45万元以上。",
                review_year=2023)
    assert "45万元" not in t.index
    assert {"400个", "30%"} <= set(t.index)


def test_a_population_reached_is_a_goal_and_its_places_the_scope() -> None:
    """Tongren (TR24 #72, #89, TR24#91): 实现中心城区常住人口49万人, 实现8个县城常住人口88万人 — 49万人 and 88万人 are goals
    (实现 makes a population a goal, not a fact the plan works with); 8个 counts the county towns, the scope."""
    t = targets(REVIEW, "引导高校毕业生、返乡务工人员等群体在中心城区就业创业，实现中心城区常住人口49万人、首位度提高至24%以上。"
                        "提升县城吸引力，更好承接人口转移，实现8个县城常住人口88万人。", review_year=2023)
    assert {"49万人", "88万人"} <= set(t.index)
    assert "8个" not in t.index


def test_a_floor_for_each_county_is_a_goal() -> None:
    """Tongren (TR24 #88): 确保每个县入库重大产业项目5个以上 — a floor for each county, as 每个县至少 (audit 37)."""
    t = targets(REVIEW, "对各县主导产业中符合条件的重大项目统筹资金给予支持，确保每个县入库重大产业项目5个以上。", review_year=2023)
    assert t.loc["5个", "target_kind"] == "floor"


def test_a_yearly_investment_plan_is_no_size_class() -> None:
    """Jincheng (JC24 #35): 紧盯年度投资计划806亿元的1426个建设项目 — the year's planned investment, as 年度投资197亿元的59个项目."""
    t = targets(REVIEW, "紧盯年度投资计划806亿元的1426个建设项目，加快项目建设进度。", review_year=2023)
    assert {"806亿元", "1426个"} <= set(t.index)


def test_water_bodies_to_treat_are_a_goal() -> None:
    """Jincheng (JC24 #85): 198条农村黑臭水体试点治理 — the water bodies treated this year, a goal; 197条入河排污口常态化监管 stays
    the set watched."""
    t = targets(REVIEW, "强化197条入河排污口常态化监管和198条农村黑臭水体试点治理。", review_year=2023)
    assert "198条" in t.index


def test_a_scheme_of_classes_is_no_target() -> None:
    """Hechi (HC24#39): 按照5种类型分类推进 — the classes the work follows, no amount to produce."""
    t = targets(REVIEW, "按照5种类型分类推进，促进公共服务向乡村延伸，新建村级综合服务设施30个。", review_year=2023)
    assert "5种" not in t.index
    assert "30个" in t.index
