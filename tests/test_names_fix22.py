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
