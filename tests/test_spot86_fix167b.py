"""Round 167, fix167b (held-out sets 84, 85): a bare name whose subject stands before it — the topic opening its
sentence (X产业要…，力争产业占比…; X产业集群，…，集群规模…), the scheme of the first clause (整合X保险，财政补助标准…), the
programme of a short sentence before (实施X工程。投入资金…) or of the clause after (筹措资金…，继续实施X工程). Paraphrased
texts through the real reader and extractor."""
from __future__ import annotations

from target_cases import names_by_text

_REVIEW = "全市地区生产总值增长6%。"


def test_a_bare_industry_share_takes_the_sentence_topic() -> None:
    # 莱芜 row 10: 产业占比提高 lost 非钢产业
    got = names_by_text(_REVIEW, "非煤产业要着力扩大规模，拓展市场，力争产业占比提高3个百分点。")
    assert got["3个百分点"] == ["非煤产业占比提高"]


def test_a_task_opening_the_sentence_is_no_topic() -> None:
    # the boundary: a verb clause opening the sentence (发展X产业) is a task, not the share's subject
    got = names_by_text(_REVIEW, "发展新兴产业，力争产业占比提高3个百分点。")
    assert got["3个百分点"] != ["发展新兴产业占比提高"]


def test_cluster_sizes_take_the_cluster_opening_each_sentence() -> None:
    # 南阳 rows 9–11: three cluster goals all named 集群规模
    got = names_by_text(_REVIEW, "机械装备产业集群，依托甲乙等产业集聚区，重点发展电机等产业，集群规模达到800亿元。"
                                 "绿色食品产业集群，依托丙丁等产业集聚区，重点发展饮料等产业，集群规模达到650亿元。")
    assert got["800亿元"] == ["机械装备产业集群规模"]
    assert got["650亿元"] == ["绿色食品产业集群规模"]


def test_a_scheme_standard_takes_the_scheme_of_the_first_clause() -> None:
    # 莱芜 row 34: 财政补助标准 lost 城乡居民基本医疗保险
    got = names_by_text(_REVIEW, "整合城乡居民基本养老保险，财政补助标准提高到350元以上。")
    assert got["350元"] == ["城乡居民基本养老保险财政补助标准"]


def test_an_outlay_after_a_programme_sentence_is_the_programmes() -> None:
    # 延边 2018 row 36: 投入资金 after 全力实施民生工程。
    got = names_by_text(_REVIEW, "全力实施惠民工程。投入资金40亿元，着力办好百件实事。")
    assert got["40亿元"] == ["惠民工程投入资金"]


def test_an_outlay_after_a_long_sentence_stays_bare() -> None:
    # the boundary: the sentence before does more than launch a programme
    got = names_by_text(_REVIEW, "全力实施惠民工程，改善群众生活条件。投入资金40亿元，着力办好百件实事。")
    assert got["40亿元"] != ["惠民工程投入资金"]


def test_raised_funds_take_the_programme_they_carry_on() -> None:
    # 崇左 row 69: 我们筹措资金 kept the pronoun and lost its purpose
    got = names_by_text(_REVIEW, "今年，我们将筹措资金60亿元以上，继续实施为民办实事工程，把好事办好。")
    assert got["60亿元"] == ["为民办实事工程筹措资金"]


def test_a_standard_after_a_clause_that_is_no_scheme_stays_bare() -> None:
    # the boundary: the first clause raises a level, it names no scheme (ends in no 保险)
    got = names_by_text(_REVIEW, "整合城乡居民医疗救助资源，财政补助标准提高到350元以上。")
    assert got["350元"] != ["城乡居民医疗救助资源财政补助标准"]
