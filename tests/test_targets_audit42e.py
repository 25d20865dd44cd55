"""Audit 42 (fix53e): goals that were missed — a count per place or per industry unit (每个县区至少落地3个…,
每个主导产业细分领域培育2-3家…), sets of projects named by example the plan pushes or carries out (…等63个项目,
…等15项工程), support to build projects (支持300个…项目建设), a count of graded sights (新增8家A级景区) and a member of
a list of size classes (百亿元以上…3个、50亿元以上3个) (docs/assumptions.md#non-targets, #shared-lists). Sentences from
city_bijie_2024, city_changzhi_2024, city_chengde_2024, city_ji_an_2024 and city_huhehaote_2024."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from govreport.tables import build_targets

HEAD = "某市2024年政府工作报告\n一、2023年工作回顾\n去年全市地区生产总值增长5%。\n二、2024年主要目标任务\n"


def _targets(body: str):
    return build_targets(extract_quantities(read_text(HEAD + body + "\n"))).set_index("text", drop=False)


def test_a_count_per_county_after_at_least_is_a_goal_named_by_its_county() -> None:
    """每个县区至少落地3个重大项目 (CZ #45), 每个县至少办好1所优质公办高中 (CZ #99): floors for each county."""
    t = _targets("全面落实“151995”行动计划，聚焦文旅康养“五大品牌”每个县区至少落地3个重大项目。")
    assert t.loc["3个", "indicator"] == "每个县区重大项目数" and t.loc["3个", "target_kind"] == "floor"
    assert t.loc["3个", "indicator_key"] != "key_projects"  # a county's projects, not the city's
    t = _targets("稳妥推进市直高中优化整合，每个县至少办好1所优质公办高中，持续提升高中教育质量。")
    assert t.loc["1所", "indicator"] == "每个县优质公办高中数"


def test_a_count_per_place_with_words_before_the_place_is_a_goal() -> None:
    """每个县市区打造1个以上地标性消费聚集区 (CD #19), 每个环京津县打造1个紧密型医联体 (CD #56); 每户企业 stays a specification."""
    t = _targets("大力优化消费环境，持续培育壮大夜经济，每个县市区打造1个以上地标性消费聚集区，新建改造乡镇商贸中心30家。")
    assert t.loc["1个", "indicator"] == "每个县市区地标性消费聚集区数"
    t = _targets("持续深化京津高端医疗机构对接，建立周末专家会诊室，每个环京津县打造1个紧密型医联体。")
    assert t.loc["1个", "indicator"] == "每个环京津县紧密型医联体数"
    assert "1-2个" not in _targets("推动企业重组，每户企业逐步打造1-2个优势板块。").index


def test_a_band_per_industry_field_is_a_goal() -> None:
    """每个主导产业细分领域培育2-3家“链主”企业 (JA #15): a band for each field, named by it."""
    t = _targets("强化龙头引领、骨干支撑、小微协同，建立领航企业培育清单，每个主导产业细分领域培育2-3家“链主”企业，新增入规工业企业200家。")
    assert t.loc["2-3家", "indicator"] == "每个主导产业细分领域链主企业数" and t.loc["2-3家", "target_kind"] == "band"


def test_a_school_of_a_level_is_named_by_the_school() -> None:
    """实施优质教育“四个一”工程，每个旗县区至少打造1所全区一流的优质初中 (huhehaote): the school, not 全区一流."""
    t = _targets("打造一批家门口的好学校，实施优质教育“四个一”工程，每个旗县区至少打造1所全区一流的优质初中和优质高中。")
    assert t.loc["1所", "indicator"] == "每个旗县区优质初中数"


def test_a_sectors_projects_named_by_example_are_a_goal() -> None:
    """装备制造产业加快推进…等63个项目 (CZ #21), 重点推进…等47个项目 (CZ #22), 实施…等15项工程 (CD #57): the year's projects."""
    t = _targets("装备制造产业加快推进新能源汽车核心零部件、壶关航天工业园等63个项目，规划建设产品、材料表面处理等关键环节项目。")
    assert t.loc["63个", "indicator"] == "装备制造产业推进项目数"
    t = _targets("聚焦发展高端纤维及复合材料、铝镁合金等，重点推进碳基新材料、石墨及碳素制品等47个项目。")
    assert t.loc["47个", "indicator"] == "推进项目数"
    t = _targets("深化京津冀生态环境联建联防联治合作，实施滦河生态修复、潮河总氮治理等15项工程，构建保水涵水屏障。")
    assert t.loc["15项", "target_kind"] == "exact"
    assert "10个" not in _targets("支持洛阳等10个国家物流枢纽建设。").index


def test_projects_supported_to_build_are_a_goal() -> None:
    """争取…各类资金100亿元，支持300个基础设施、公共服务项目建设 (CZ #11): the projects the funds support."""
    t = _targets("力争争取中央预算内资金、专项债券等各类资金100亿元，支持300个基础设施、公共服务项目建设。")
    assert "300个" in t.index


def test_a_count_before_a_grade_is_a_count() -> None:
    """创建5A级景区，新增8家A级景区 (CZ #46): 8家 counts graded sights, no grade label."""
    t = _targets("推动黄崖洞文化旅游区、八路军文化旅游区创建5A级景区，新增8家A级景区，推进太行山旅游公路建设。")
    assert t.loc["8家", "indicator"] == "新增A级景区数"


def test_members_of_a_list_of_size_classes_are_two_goals() -> None:
    """打造百亿元以上产业集群3个、50亿元以上3个 (CD #126): one amount, two classes, two goals."""
    t = _targets("新增特色产业集群4个、达到17个，打造百亿元以上产业集群3个、50亿元以上3个、30亿元以上4个，年营业收入增长10%以上。")
    assert list(t.indicator[t.text == "3个"]) == ["打造百亿元以上产业集群数", "打造50亿元以上产业集群数"]
