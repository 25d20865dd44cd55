"""分别/各 lists after audit 28 (docs/audits/targets_28.md, fault class "baselines crossed or refused inside 分别/各
lists and shared nouns"): paraphrased sentences run through the real reader and extractor."""
from __future__ import annotations

from target_cases import targets

GOALS = "地区生产总值增长5%左右。"


def test_a_second_fenbie_list_names_its_members_from_the_first() -> None:
    """收入分别为A元、B元，分别增长x%、y%: x% is urban growth, y% rural; each plan rate takes its own (WZ24#1, #2)."""
    t = targets("城乡居民人均可支配收入分别为68000元、39000元，分别增长5.8%、7.4%，增速居前列。",
                GOALS + "城乡居民人均可支配收入分别增长6%、7%。", review_year=2023)
    assert t.loc["6%", "indicator_key"] == "per_capita_disposable_income_urban_growth"
    assert t.loc["6%", "baseline_text"] == "5.8%"
    assert t.loc["7%", "baseline_text"] == "7.4%"


def test_a_threshold_after_the_first_member_is_the_last_members_own() -> None:
    """市控、县控及以上断面水质比例分别达到a、b: 市控断面水质比例 and 县控及以上… (WZ24#94, #95)."""
    t = targets("市控断面Ⅰ—Ⅲ类水质比例达到100%。", GOALS + "市控、县控及以上断面Ⅰ—Ⅲ类水质比例分别达到100%、95%。", review_year=2023)
    assert t.loc["100%", "indicator"].startswith("市控断面")
    assert "市控" not in t.loc["95%", "indicator"]
    assert t.loc["100%", "baseline_text"] == "100%"


def test_short_members_of_a_ge_list_share_the_last_members_head() -> None:
    """新增挂牌和辅导企业各5家: 挂牌企业 and 辅导企业, the first taking the review's 新增挂牌企业 (WZ24#33)."""
    t = targets("资本市场取得突破，新增挂牌企业6家。", GOALS + "新增挂牌和辅导企业各5家。", review_year=2023)
    names = set(t["indicator"])
    assert any("挂牌企业" in n for n in names), names
    row = t[t["indicator"].str.contains("挂牌")].iloc[0]
    assert row["baseline_text"] == "6家"
    t = targets("新增金融机构3家。", GOALS + "新增持牌金融机构、上市企业各10家。", review_year=2023)
    assert not any("机构企业" in n for n in t["indicator"])


def test_a_provincial_review_count_is_no_baseline_of_all_when_the_plan_names_the_level_beside() -> None:
    """新增企业研发中心300家、省级企业技术中心8家 leaves the level out of the first on purpose: the review's 新增省级企业研发中心
    120家 counts part of it (WZ24#19); without the level named beside it the review figure stays the baseline."""
    review = "新增省级企业研发中心120家、高新技术企业700家。"
    t = targets(review, GOALS + "新增企业研发中心300家、省级企业技术中心8家。", review_year=2023)
    assert t.loc["300家", "baseline_text"] == ""
    t = targets(review, GOALS + "推动企业创新，新增企业研发中心130家。", review_year=2023)
    assert t.loc["130家", "baseline_text"] == "120家"


def test_a_task_list_carried_out_is_no_target() -> None:
    """落实落细…N项任务清单: the list made before, carried out — no amount to produce (WZ24#77); 完成N项…清单编制 stays."""
    t = targets("制定实施促进民营经济发展100项任务清单。",
                GOALS + "落实落细促进民营经济发展100项任务清单，推出更多首创性举措。完成50项重点任务清单编制。", review_year=2023)
    assert "100项" not in t.index
    assert "50项" in t.index


def test_firms_to_settle_in_a_place_take_the_firms_gathered_there() -> None:
    """X园力争入驻A企业N家 and the review's X园集聚A企业M家 are one stock (WZ24#7); 集聚 elsewhere stays no baseline."""
    t = targets("智算港集聚算力企业120家，开出全国第一单。", GOALS + "智算港力争入驻算力企业300家，争创示范园区。", review_year=2023)
    assert t.loc["300家", "baseline_text"] == "120家"
    t = targets("全市集聚算力企业120家。", GOALS + "智算港力争入驻算力企业300家。", review_year=2023)
    assert t.loc["300家", "baseline_text"] == ""
