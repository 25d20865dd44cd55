"""Round 154, fix154b (held-out set 75): the same measure's review figure was refused over a short form or a synonym
(信贷 = 贷款, 取暖 = 供暖: data rows in tables_synonyms.csv), over a whole-place wording of investment
growth (全市投资增长 is fixed-asset investment growth: key_requirements.csv), or over word order (高排放企业退城搬迁 and
退城搬迁高排放企业: tables/reordered_lists.py rotated_name). Paraphrased sentences through the real reader and extractor."""
from __future__ import annotations

from tests.target_cases import baseline_of, targets


def test_credit_is_loans() -> None:
    review = "金融支持实体经济有力，新增贷款达170.5亿元，增长11.2%。"
    plan = "加大金融支持力度，年内新增信贷150亿元。"
    assert baseline_of(targets(review, plan), "150亿元") == "170.5亿元"


def test_clean_heating_said_two_ways() -> None:
    review = "改造农村户厕3万户，新增清洁供暖5.5万户。"
    plan = "持续改善农村人居环境，新增农村清洁取暖2万户。"
    assert baseline_of(targets(review, plan), "2万户") == "5.5万户"


def test_whole_place_investment_growth_is_fai_growth() -> None:
    review = "重点项目完成投资1800亿元，带动全市投资增长5.9%。"
    plan = "全年主要预期目标是：固定资产投资增长8%以上。"
    assert baseline_of(targets(review, plan), "8%") == "5.9%"


def test_part_of_investment_stays_apart() -> None:
    # boundary: the growth of one part of investment (工业投资) is no fixed-asset investment growth
    review = "重点项目完成投资1800亿元，带动全市工业投资增长5.9%。"
    plan = "全年主要预期目标是：固定资产投资增长8%以上。"
    assert baseline_of(targets(review, plan), "8%") == ""


def test_name_said_the_other_way_round() -> None:
    review = "退城搬迁高排放企业31家，空气质量持续改善。"
    plan = "深化结构调整，完成某某重工等4家高排放企业退城搬迁，空气质量持续改善。"
    assert baseline_of(targets(review, plan), "4家") == "31家"


def test_other_words_not_taken_for_a_turned_name() -> None:
    # boundary: a name that shares one part only (关停 instead of 退城搬迁) is no name said the other way round
    review = "关停高排放企业31家，空气质量持续改善。"
    plan = "深化结构调整，完成某某重工等4家高排放企业退城搬迁，空气质量持续改善。"
    assert baseline_of(targets(review, plan), "4家") == ""
