"""Round 159, fix159c (held-out set 79): names of the members of a 、 list — each rank member's own scope, the first
member's subject for a later bare measure, a count before 「X、Y等W」 named with W, a qualifier and a flow word the first
member states for all, the noun after the last level member for every level, and a set's investment named by its noun,
not a level. Paraphrased sentences through the real reader and extractor."""
from __future__ import annotations

from tests.target_cases import names_by_text, targets

_REVIEW = "全市生产总值增长5%。"


def test_each_rank_member_takes_its_own_scope_and_is_a_rank() -> None:
    t = targets(_REVIEW, "积极创建文明城市，确保创建工作测评进入全省前3名、全国前30名。")
    assert t.loc["3名", "indicator"].endswith("全省名次")
    row = t.loc["30名"]
    assert row["indicator"].endswith("全国名次") and row["measure"] == "rank" and row["target_kind"] == "ceiling"


def test_a_lone_rank_is_unchanged() -> None:
    # the boundary: no list of ranks, so the bare second figure keeps its own reading
    t = targets(_REVIEW, "确保创建工作测评进入全省前3名，参评单位30名。")
    assert t.loc["30名", "measure"] != "rank"


def test_a_bare_capacity_member_takes_the_first_members_subject() -> None:
    t = targets("全市粮食产量140万吨。", "把粮食播种面积稳定在380万亩左右、生产能力保持在150万吨以上。")
    row = t.loc["150万吨"]
    assert row["indicator"] == "粮食生产能力" and row["measure"] == "stock"
    assert row["baseline_text"] != "140万吨"  # a capacity, no year's output


def test_a_count_before_examples_is_named_by_their_head() -> None:
    got = names_by_text(_REVIEW, "争取建设4个省级以上重点实验室、工程中心、创新中心等科技创新平台。")
    assert got["4个"] == ["建设省级以上科技创新平台数"]


def test_counts_of_each_member_keep_their_own_nouns() -> None:
    # the boundary: each member counted apart, no 等+head after them
    got = names_by_text(_REVIEW, "建设5个重点实验室、3个技术中心。")
    assert got["5个"] == ["建设重点实验室数"] and got["3个"] == ["建设技术中心数"]


def test_the_first_members_qualifier_carries_to_bare_members() -> None:
    got = names_by_text(_REVIEW, "打造2个乡村振兴示范县、8个示范乡镇、50个示范村。")
    assert got["8个"] == ["打造乡村振兴示范乡镇数"] and got["50个"] == ["打造乡村振兴示范村数"]


def test_a_level_qualifier_does_not_carry() -> None:
    # the boundary: a level (省级) before the head is the first member's own grade
    got = names_by_text(_REVIEW, "打造2个省级示范园、3个示范基地。")
    assert got["3个"] == ["打造示范基地数"]


def test_a_flow_word_opening_the_list_stays_in_each_member() -> None:
    got = names_by_text(_REVIEW, "力争每年新增“四上”企业90家以上、“四新”企业40家以上。")
    assert got["40家"] == ["每年新增四新企业数"]


def test_level_members_share_the_noun_after_the_last_and_the_sets_investment() -> None:
    got = names_by_text(_REVIEW, "谋划推进90个以上自治区级、500个市级统筹推进重大项目，完成投资250亿元以上。")
    assert got["90个"] == ["谋划推进自治区级统筹推进重大项目数"]
    assert got["250亿元"] == ["统筹推进重大项目完成投资"]


def test_an_investment_after_one_level_is_unchanged() -> None:
    # the boundary: no list of levels, so the investment keeps the namer's reading
    got = names_by_text(_REVIEW, "谋划推进90个自治区级重大项目，完成投资250亿元以上。")
    assert "自治区级" in got["250亿元"][0]


def test_a_member_between_with_its_own_qualifier_stops_the_carry() -> None:
    # the boundary: 精品 qualifies the second member only, so the third keeps its bare name
    got = names_by_text(_REVIEW, "新建90个乡村建设示范村、20个精品示范村、10个示范乡镇。")
    assert got["10个"] == ["新建示范乡镇数"]


def test_a_member_with_its_own_verb_or_head_takes_no_flow_word() -> None:
    # the boundary: 增加学位 has its own verb, 合作社 another head than 龙头企业
    got = names_by_text(_REVIEW, "新建改扩建义务教育学校10所、增加学位1万个。新增龙头企业20家、规范提升农民专业合作社300家。")
    assert got["1万个"] == ["增加学位数"] and "新增" not in got["300家"][0]


def test_level_investments_apart_keep_their_levels() -> None:
    # the boundary: 分别 gives each level its own amount
    got = names_by_text(_REVIEW, "实施40个省级、200个市级重点项目，分别完成投资250亿元、500亿元以上。")
    assert "省级" in got["250亿元"][0] and "市级" in got["500亿元"][0]


def test_examples_after_a_clause_opening_count_keep_the_namers_name() -> None:
    # the boundary: no verb right before the count (it opens its clause), so the list after is no class of it
    got = names_by_text(_REVIEW, "推进重点项目，150个项目列入省工业高质量发展、数字化转型、绿色低碳等台账。")
    assert not got["150个"][0].endswith("台账数")


def test_a_member_with_a_result_word_takes_no_flow_word() -> None:
    # the boundary: 竣工 is the member's own action
    got = names_by_text(_REVIEW, "实现新开工项目100个、竣工项目80个。")
    assert got["80个"] == ["竣工项目数"]
