"""Names after audit 19 (docs/audits/targets_19.md, fault class 1): the verb before N个X stays in
the name. Sentences in the style of a report, with wording and numbers altered."""
from __future__ import annotations

from name_cases import names


def test_a_chain_of_verbs_before_a_count_stays_in_the_name() -> None:
    """新开工改造N个老旧小区: the compounds whose renovation starts, not all compounds (G26#21); a list of
    verbs (新建和加密建设、改造提升) is kept whole (G26#91)."""
    assert names("稳步推进城中村改造，新开工改造800个城镇老旧小区。")["800个"] == "新开工改造城镇老旧小区数"
    assert names("新建和加密建设、改造提升30个高速公路服务区。")["30个"] == "新建和加密建设改造提升高速公路服务区数"
    assert names("改造提升12个乡镇客运站。")["12个"] == "改造提升乡镇客运站数"


def test_a_count_before_a_clause_of_what_is_already_built_takes_the_noun_after_it() -> None:
    """改造提升超N个已建成自然村的生活污水治理设施: the facilities of villages already built, upgraded (G26#74),
    not a bare 改造提升数."""
    got = names("改造提升超4000个已建成自然村的生活污水治理设施，优化运维管护。")
    assert got["4000个"] == "改造提升已建成自然村生活污水治理设施数"


def test_people_a_count_names_going_to_work_somewhere_are_counted_as_placed() -> None:
    """引导N名高校毕业生等青年到…地区稳定就业: graduates placed there (G26#60), not all graduates."""
    assert names("引导超3万名高校毕业生等青年到山区县稳定就业。")["3万名"] == "高校毕业生到山区县就业人数"


def test_a_noun_joined_by_yu_to_another_and_worked_on_is_counted_whole() -> None:
    """N处干线公路与村道平交道口隐患治理: the crossings treated (B24#123), not trunk roads."""
    got = names("完成150公里连续长下坡隐患路段、3000处干线公路与村道平交道口隐患治理。")
    assert got["3000处"] == "干线公路与村道平交道口隐患治理数"


def test_a_count_of_projects_built_keeps_jiancheng() -> None:
    """N个重大项目全面建成: key projects completed (B24#54's baseline name), not all key projects."""
    assert names("200家企业落户本市，15个重大项目全面建成。")["15个"] == "重大项目建成数"
