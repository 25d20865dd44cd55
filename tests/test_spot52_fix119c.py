"""Held-out set 52 (长治, 自贡 2023), round fix119c: names of plan figures whose subject is the industry opening the
sentence, a verb-object task of its own, and a 城乡 pair of changes."""
from __future__ import annotations

from target_cases import baseline_of, class_of, targets

REVIEW = "改造升级传统产业，建成4座智能化示范煤矿。"


def _name(t, text: str) -> str:  # type: ignore[no-untyped-def]
    return str(t.loc[[text]].iloc[-1]["indicator"])


def test_an_industry_subject_of_a_work_verb_names_its_bare_measures() -> None:
    # 长治 G1: 焦化产业全面完成…，先进产能达到90%以上; 发展壮大废钢回收加工利用产业，新增产量120万吨以上
    t = targets(REVIEW, "焦化产业全面完成节能“三改造”，全部关停4.3米焦炉，先进产能达到90%以上。"
                        "发展壮大废钢回收加工利用产业，新增产量120万吨以上。", 2022)
    assert _name(t, "90%") == "焦化产业先进产能"
    assert _name(t, "120万吨") == "废钢回收加工利用产业新增产量"
    # a sentence whose words before 产业 open with a verb names no industry (推动园区产业…: the work, no subject)
    t = targets(REVIEW, "推动园区产业建设提速，先进产能达到90%以上。", 2022)
    assert _name(t, "90%") == "先进产能"


def test_an_industry_base_built_names_its_output() -> None:
    # 自贡 G3: 聚力打造以盐氟化工及制品为主的新型化工产业基地，新开工…等9个项目，…，产值达150亿元以上
    t = targets(REVIEW, "聚力打造以盐氟化工及制品为主的新型化工产业基地，新开工中化蓝天四川基地等9个项目，产值达150亿元以上。", 2022)
    assert _name(t, "150亿元") == "新型化工产业产值"
    # a base of no industry (物流基地) names nothing
    t = targets(REVIEW, "聚力打造区域物流基地，新开工等9个项目，产值达150亿元以上。", 2022)
    assert _name(t, "150亿元") != "新型化工产业产值" and "产业产值" not in _name(t, "150亿元")


def test_a_rural_urban_pair_of_changes_closing_the_clause_is_urban_then_rural() -> None:
    # 自贡 G2: 城乡居民人均可支配收入增长7%和8%以上 (review 增长5.5%和7%)
    t = targets("城乡居民人均可支配收入增长5.5%和7%。", "第一产业增加值增长4%以上，城乡居民人均可支配收入增长7%和8%以上。", 2022)
    assert _name(t, "7%") == "城镇居民人均可支配收入增长" and baseline_of(t, "7%") == "5.5%"
    assert _name(t, "8%") == "农村居民人均可支配收入增长" and baseline_of(t, "8%") == "7%"
    # a pair of no 城乡 subject takes no urban or rural side
    t = targets("居民人均可支配收入增长5.5%。", "居民人均可支配收入增长7%和8%以上。", 2022)
    assert not _name(t, "7%").startswith("城镇") and not _name(t, "8%").startswith("农村")


def test_a_qualifier_after_a_bracketed_counter_is_no_noun() -> None:
    # 自贡 G7: 新引进培育高层次创新创业领军人才（团队）100人（个）以上 -> the talents, not 以上人数
    t = targets(REVIEW, "新引进培育高层次创新创业领军人才（团队）100人（个）以上。", 2022)
    assert "领军人才" in _name(t, "100人") and "以上" not in _name(t, "100人")
    # a noun after the bracketed counter is still the count's (100条（个）幸福河湖)
    t = targets(REVIEW, "建设100条（个）幸福河湖。", 2022)
    assert "幸福河湖" in _name(t, "100条")


def test_the_total_after_a_programme_that_multiplies_counts_its_things() -> None:
    # 肇庆 G4: 实施省级农业龙头企业倍增计划、力争总数突破100家 -> 省级农业龙头企业总数
    t = targets(REVIEW, "实施省级农业龙头企业倍增计划、力争总数突破100家。", 2022)
    assert _name(t, "100家") == "省级农业龙头企业总数"
    # a programme that multiplies nothing named keeps its name (民生计划总数)
    t = targets(REVIEW, "启动民生计划、总数达到12项。", 2022)
    assert _name(t, "12项") == "民生计划总数"


def test_a_ranking_kept_in_key_cities_is_the_measures_place() -> None:
    # 自贡 G7: 环境空气质量综合指数排名稳定进入全国重点城市前90位 -> the index's place, not 重点城市名次
    t = targets(REVIEW, "环境空气质量综合指数排名稳定进入全国重点城市前90位。", 2022)
    assert _name(t, "90位") == "环境空气质量综合指数全国名次"
    # the plain form keeps its name
    t = targets(REVIEW, "全社会研发投入强度保持全省前3位。", 2022)
    assert _name(t, "3位") == "全社会研发投入强度全省名次"
