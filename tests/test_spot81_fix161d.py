"""Round 161, fix161d (held-out set 81): review baselines refused over wording. 剩余(贫困)人口脱贫 is the review's
贫困人口脱贫 (the people lifted out in the year), with 全部 between the people and 脱贫 too; 土地使用权流转率 is 土地流转率;
培育规上企业 counts firms added to the 规上 list (firms_upgraded); 中小企业 and 中小微企业 count one flow of new firms
(a 'related' match, flagged); a bare 同比增长 right after 「X实现大幅增长，」 is X's growth. Paraphrased sentences
through the real reader and extractor."""
from __future__ import annotations

from target_cases import baseline_of, class_of, targets


def test_remaining_people_lifted_out_meet_the_reviews_poor_lifted_out() -> None:
    review = "突出问题得到有效解决，全年完成4.6万贫困人口脱贫、20个贫困村出列，两个县顺利摘帽。"
    plan = "集中力量打好脱贫歼灭战，完成1万左右剩余人口脱贫任务，开展脱贫普查。"
    t = targets(review, plan, 2019)
    assert baseline_of(t, "1万") == "4.6万" and class_of(t, "1万") == "below_last_year"


def test_all_remaining_poor_lifted_out_is_named_and_keyed() -> None:
    review = "一体推进减贫任务完成、反馈问题整改，实现3.1万人脱贫、130个贫困村出列。"
    plan = "对标三年行动目标，开展百日冲刺行动，年内剩余1.8万贫困人口全部脱贫。"
    t = targets(review, plan, 2019)
    row = t.loc[["1.8万"]].iloc[-1]
    assert row["indicator"] == "剩余贫困人口脱贫人数" and row["indicator_key"] == "rural_poor_reduction"
    assert baseline_of(t, "1.8万") == "3.1万人" and class_of(t, "1.8万") == "below_last_year"


def test_poor_people_without_an_outcome_keep_no_outcome_name() -> None:
    # boundary: 全部 with no outcome after it (全部纳入保障) names no lifting out of poverty
    plan = "对标三年行动目标，开展百日冲刺行动，年内剩余1.8万贫困人口全部纳入低保。"
    t = targets("实现3.1万人脱贫。", plan, 2019)
    assert "1.8万" not in set(t["text"]) or "脱贫" not in str(t.loc[["1.8万"]].iloc[-1]["indicator"])


def test_land_use_right_transfer_rate_is_the_land_transfer_rate() -> None:
    review = "深化农村集体产权制度改革，土地使用权流转率达到54%。"
    plan = "推动承包地经营权进入产权市场交易，土地流转率达到57%，壮大村级集体经济。"
    t = targets(review, plan, 2019)
    assert baseline_of(t, "57%") == "54%"


def test_fostered_firms_above_size_and_smes_meet_the_reviews_new_ones() -> None:
    review = "新增规模以上工业企业18户、中小微企业125户。"
    plan = "推动重点产业项目尽快投产、达产纳规，力争培育规上企业7户、中小企业110户，规上工业增加值增长6%以上。"
    t = targets(review, plan, 2021)
    assert t.loc[["7户"]].iloc[-1]["indicator_key"] == "firms_upgraded"
    assert baseline_of(t, "7户") == "18户" and class_of(t, "7户") == "below_last_year"
    assert baseline_of(t, "110户") == "125户" and class_of(t, "110户") == "below_last_year"
    assert "synonyms" in str(t.loc[["110户"]].iloc[-1]["match_reason"])


def test_a_bare_growth_takes_the_subject_said_to_grow_in_the_clause_before() -> None:
    review = "新开工项目加快建设，固定资产投资实现大幅增长，预计同比增长30.2%，增速居全区前列。"
    plan = "全社会固定资产投资增长25%左右；"
    t = targets(review, plan, 2020)
    assert baseline_of(t, "25%") == "30.2%" and class_of(t, "25%") == "below_last_year"


def test_a_growth_after_a_clause_of_another_verb_keeps_no_subject() -> None:
    # boundary: a clause that does not say its subject grew (固定资产投资加快转化) lends no subject
    review = "新开工项目加快建设，固定资产投资结构优化，预计同比增长30.2%，增速居全区前列。"
    plan = "全社会固定资产投资增长25%左右；"
    t = targets(review, plan, 2020)
    assert baseline_of(t, "25%") == ""
