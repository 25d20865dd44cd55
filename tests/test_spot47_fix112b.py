"""Held-out audits 46/47 (2023 city reports), round fix112b: baselines missed or mismatched because the review figure's
name loses a pair's members (城乡 levels stated before a 分别 clause)."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from target_cases import baseline_of, class_of, targets


def _names(review: str) -> dict[str, str]:
    """The indicator of each figure of ``review`` (a review part), by its text."""
    text = f"政府工作报告\n一、2022年工作回顾\n{review}\n二、2023年重点工作\n地区生产总值增长5%。\n"
    q = extract_quantities(read_text(text))
    return dict(zip(q["text"], q["indicator"]))


def test_a_city_and_country_pair_before_each_splits_the_levels_and_the_rates() -> None:
    # 渭南 G1: 城乡居民人均可支配收入达到39529元和16183元，分别增长4.7%和6.6%
    review = "其中城乡居民人均可支配收入达到39529元和16183元，分别增长4.7%和6.6%。"
    names = _names(review)
    assert names["39529元"] == "城镇居民人均可支配收入" and names["16183元"] == "农村居民人均可支配收入"
    assert names["4.7%"] == "城镇居民人均可支配收入增长" and names["6.6%"] == "农村居民人均可支配收入增长"
    t = targets(review, "城乡居民人均可支配收入分别增长7%和8%左右。", review_year=2022)
    assert baseline_of(t, "7%") == "4.7%" and baseline_of(t, "8%") == "6.6%"
    # no 分别 after the pair: the levels are not split member by member
    names = _names("城乡居民人均可支配收入达到39529元和16183元，增长较快。")
    assert names["39529元"] != "城镇居民人均可支配收入"


def test_new_trained_is_a_flow() -> None:
    # 洛阳 G2 row 134: 新培养技能人才17万人 is a year's new ones, as 新增技能人才26.7万人
    t = targets("新增技能人才26.7万人。", "新培养技能人才17万人。", review_year=2022)
    assert baseline_of(t, "17万人") == "26.7万人" and class_of(t, "17万人") == "below_last_year"
    # a stock stays a stock, with no flow as its baseline
    t = targets("新增技能人才26.7万人。", "技能人才总量达到170万人。", review_year=2022)
    assert baseline_of(t, "170万人") == ""
    # the highly skilled are a part of the skilled (a flow now, so the grade must refuse: regression c24 铜陵)
    t = targets("新培养技能人才1.2万人。", "推进工匠学院建设，新增高技能人才5000人。", review_year=2022)
    assert baseline_of(t, "5000人") == ""


def test_boarding_schools_and_the_private_part_are_kinds_of_their_set() -> None:
    # 洛阳 G3 row 138: 农村义务教育寄宿制学校41所 is no baseline of 义务教育学校153所
    t = targets("新建改扩建公办幼儿园36所、农村义务教育寄宿制学校41所。",
                "加快集镇和中心村寄宿制学校建设，新建改扩建公办幼儿园70所、义务教育学校153所。", review_year=2022)
    assert baseline_of(t, "153所") == "" and baseline_of(t, "70所") == "36所"
    # 洛阳 G3 row 27: 市场主体逆势增长20% is no baseline of 民营经济市场主体增长10%
    t = targets("市场主体逆势增长20%。", "民营经济市场主体增长10%以上。", review_year=2022)
    assert baseline_of(t, "10%") == ""
    # both name the kind: still the same measure
    t = targets("新建寄宿制学校41所。民营经济增加值增长8%。", "新建寄宿制学校50所，民营经济增加值增长10%。", review_year=2022)
    assert baseline_of(t, "50所") == "41所" and baseline_of(t, "10%") == "8%"


def test_a_bare_project_count_carries_the_kind_counted_before() -> None:
    # 渭南 G2 row 43: …等35个技改项目，年内…等11个项目建成投产 counts 技改 projects, not the review's all-industry 52
    plan = "开展尿素工序装备提升等35个技改项目，年内焦炉煤气综合利用等11个项目建成投产。"
    t = targets("长江精工等172个工业项目全部开工，神渭输煤管道等52个项目建成投产。", plan, review_year=2022)
    assert baseline_of(t, "11个") == ""
    # the same kind carried on both sides: still the baseline
    t = targets("实施长江精工等172个技术改造项目，神渭输煤管道等52个项目建成投产。", plan, review_year=2022)
    assert baseline_of(t, "11个") == "52个"


def test_a_count_passed_after_a_level_reached_is_a_stock() -> None:
    # 洛阳 G3 row 47: 高新技术企业倍增到1170家，科技型中小企业超过2800家 states stocks, no baseline of 新增…3000家
    review = "高新技术企业倍增到1170家，科技型中小企业超过2800家。"
    t = targets(review, "新增高新技术企业200家、科技型中小企业3000家。", review_year=2022)
    assert baseline_of(t, "3000家") == ""
    # no level reached before it: the rule says nothing (the row stays as it was)
    t = targets("新增高新技术企业120家，科技型中小企业超过2800家。", "新增科技型中小企业3000家。", review_year=2022)
    assert baseline_of(t, "3000家") == "2800家"


def test_a_cluster_size_in_money_is_its_revenue() -> None:
    # 洛阳 G2 row 55: 十大产业集群规模达到2400亿元 measures 十大产业集群营业收入超过2700亿元
    t = targets("十大产业集群规模达到2400亿元。", "十大产业集群营业收入超过2700亿元。", review_year=2022)
    assert baseline_of(t, "2700亿元") == "2400亿元"


def test_a_short_lead_sentence_scopes_the_bare_project_count_after_it() -> None:
    # 新乡 G6 row 16: 抓好灾后重建。4319个项目全部开工 counts the reconstruction's projects, no baseline of 实施项目3000个
    from govreport.tables import build_targets

    def built(review: str, plan: str) -> str:
        text = f"政府工作报告\n一、2022年工作回顾\n{review}\n二、2023年重点工作\n{plan}\n"
        t = build_targets(extract_quantities(read_text(text)), text=text).set_index("text", drop=False)
        return baseline_of(t, "3000个")

    review = "长垣市创建为国家乡村振兴示范县。抓好灾后重建。4319个项目全部开工，已完工4138个。"
    assert built(review, "以基础设施攻坚工程为牵引，实施项目3000个。") == ""
    # the target takes up the same work: still its baseline; a lead naming projects scopes nothing
    assert built(review, "持续抓好灾后重建，实施项目3000个。") == "4319个"
    assert built("长垣市创建为国家乡村振兴示范县。狠抓项目建设。4319个项目全部开工。", "实施项目3000个。") == "4319个"
