"""Names after audit 56 (fix78n): a parallel bare clause takes the verb or the people the clause before it names
(淮北 处置…低效用地, 菏泽 托养服务), and a short modifier before 和 shares the people after it (菏泽 困境和留守儿童);
beside each, the neighbouring right behaviour kept."""
from __future__ import annotations

from name_cases import names


def test_verb_said_once_goes_to_a_parallel_bare_noun() -> None:
    """全年处置闲置土地1160亩以上，低效用地2000亩以上 (淮北): both kinds of land are disposed of."""
    got = names("全年处置闲置土地1160亩以上，低效用地2000亩以上。")
    assert got["1160亩"] == "处置闲置土地面积"
    assert got["2000亩"] == "处置低效用地面积"


def test_people_served_go_to_a_parallel_bare_service() -> None:
    """康复服务残疾人1.9万人，托养服务2300人 (菏泽): the disabled are the ones in care too."""
    got = names("康复服务残疾人1.9万人，托养服务2300人。")
    assert got["1.9万人"] == "康复服务残疾人数"
    assert got["2300人"] == "托养服务残疾人数"


def test_a_clause_with_its_own_verb_keeps_its_name() -> None:
    """新建学校5所，改建医院3所: each clause names its own action and thing."""
    got = names("新建学校5所，改建医院3所。")
    assert "学校" not in got["3所"] and "医院" in got["3所"]


def test_modifier_before_he_shares_the_children() -> None:
    """为3000名困境和留守儿童开展心理辅导 (菏泽): the count is of children, not of 困境."""
    assert "困境和留守儿童" in names("为3000名困境和留守儿童开展心理辅导。")["3000名"]


def test_a_clause_opening_with_its_own_verb_takes_none() -> None:
    """消化批而未供土地3万亩，处置闲置土地1000亩 (杭州): 处置 is the clause's own; 消化 is not carried to it."""
    assert names("消化批而未供土地3万亩，处置闲置土地1000亩。")["1000亩"] == "处置闲置土地面积"


def test_words_before_a_noun_that_are_no_listed_verb_stay() -> None:
    """城镇新增就业35万人以上，扶持创业3万人以上 (青岛): 城镇 is no verb said once; 生活污水管网…，供水管网 likewise."""
    assert names("城镇新增就业35万人以上，扶持创业3万人以上。")["3万人"] == "扶持创业人数"
    assert names("其中生活污水管网80公里，供水管网50公里。")["50公里"] == "供水管网长度"
