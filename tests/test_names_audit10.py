"""Names of target rows (issue 11, the name faults of audit 10: /work/notes/audit10.md): a
commitment word at either end of a name names nothing, a total after a change is the subject's
own level, a measure before a noun is an attribute of what a count counts, a service bought for
people names who is served, a 分别 list's members keep their whole names. Sentences are written in
the style of a report, with wording and numbers altered; the expected names were checked by
reading them."""
from __future__ import annotations

import pytest

from govreport import extract_quantities, read_text
from name_cases import HEAD, names


@pytest.mark.parametrize("sentence, figure, name", [
    # 保持 ends the clause before the level kept: the level is the rate's
    ("城镇污水集中处理率保持98%以上。", "98%", "城镇污水集中处理率"),
    ("县级以上城市空气质量优良天数比例保持95%。", "95%", "县级以上城市空气质量优良天数比例"),
    # 安排, 抓好, 巩固 open a clause: what is arranged, done well or kept is the name
    ("今年安排中央预算内投资增长4.2%。", "4.2%", "中央预算内投资增长"),
    ("安排省级财政资金820亿元支持科技创新。", "820亿元", "省级财政资金"),
])
def test_a_commitment_word_at_either_end_names_nothing(sentence: str, figure: str, name: str) -> None:
    assert names(sentence)[figure] == name


def test_a_total_after_a_change_is_the_subjects_level_and_its_growth_keeps_the_subject() -> None:
    # 增加…、规模…，增长…: the second figure is the total, not the size of the increase; the
    # growth after it is the total's
    got = names("中央财政对地方转移支付增加约1.2万亿元、规模达8.6万亿元，增长16%。")
    assert got["1.2万亿元"] == "中央财政对地方转移支付增加"
    assert got["8.6万亿元"] == "中央财政对地方转移支付规模"
    assert got["16%"] == "中央财政对地方转移支付规模增长"


@pytest.mark.parametrize("sentence, figure, name", [
    # a voltage before the noun a count is of says what kind of thing is counted: the clause is the count's, and the
    # voltage stays as the class of what is counted (audit 42 BJ56: 立项建设220千伏变电站2个 → 立项建设220千伏变电站数)
    ("开工建设110千伏变电站4个，建成公共充电桩900个。", "4个", "开工建设110千伏变电站数"),
    # N人制 is a format (a team's size), no figure: the name keeps it whole
    ("新建社区健身步道或5人制足球场30个。", "30个", "社区健身步道或5人制足球场新建数"),
])
def test_a_measure_before_a_noun_is_part_of_what_a_count_counts(sentence: str, figure: str, name: str) -> None:
    assert names(sentence)[figure] == name


def test_n_ren_zhi_is_a_label() -> None:
    table = extract_quantities(read_text(HEAD + "新建社区健身步道或5人制足球场30个。\n"))
    assert table.loc[table.text == "5人", "role"].tolist() == ["label"]


@pytest.mark.parametrize("sentence, figure, name", [
    # 为…购买/开展…服务: the people the service is for, named with the service (not a head count)
    ("为1500名农村留守老年人购买助浴助洁服务。", "1500名", "助浴助洁服务农村留守老年人数"),
    # (a short service keeps the object of its quoted name: audit 42 BJ118, round 54)
    ("为2万名群众开展机动车驾驶证“考证下乡”服务。", "2万名", "机动车驾驶证考证下乡服务群众人数"),
    # without 为 the people do it themselves: the noun alone
    ("1200个商家开展预付式消费资金存管。", "1200个", "商家开展预付式消费资金存管数"),
])
def test_a_service_bought_for_people_names_who_is_served(sentence: str, figure: str, name: str) -> None:
    assert names(sentence)[figure] == name


def test_a_fund_named_after_an_amount_ends_at_its_fund_word() -> None:
    # 使用…基金支持…: the amount is the fund's, not the verb's
    assert names("使用800亿元就业补助资金支持稳岗和技能培训。")["800亿元"] == "就业补助资金"


def test_members_of_a_fenbie_list_keep_their_whole_names() -> None:
    # a short first member shares the long last member's per-capita head; neither is cut to the head alone
    got = names("城乡居民医保和基本公共卫生服务经费人均财政补助标准分别再提高20元和6元。")
    assert got["20元"] == "城乡居民医保人均财政补助标准提高"
    assert got["6元"] == "基本公共卫生服务经费人均财政补助标准提高"


@pytest.mark.parametrize("sentence, figure, name", [
    # a bare measure after a programme's clause is the programme subject's, without what the programme does
    ("推进刺梨产业高质量发展三年行动，实现综合产值45亿元。", "45亿元", "刺梨产业综合产值"),
    # verbs only after a count of a set named before: that set's
    ("推进96个在建重大项目和民生工程建设，建成投产12个以上。", "12个", "在建重大项目建成投产数"),
    # a share of things an action is done to: the share done
    ("消除城镇中小学超大班额85%以上。", "85%", "城镇中小学超大班额消除比例"),
    # 每个县区 before the verb: a count per county, not a total
    ("每个乡镇建设2至3个标准化村卫生室。", "2至3个", "每个乡镇标准化村卫生室数"),
])
def test_a_name_keeps_its_subject_and_scope(sentence: str, figure: str, name: str) -> None:
    assert names(sentence)[figure] == name


@pytest.mark.parametrize("sentence, figure, name", [
    # a 、 list of nouns after figures that ends with a verb: each member is what the verb is done to
    ("完成150公里急弯陡坡隐患路段、2800处农村公路安全隐患治理。", "150公里", "急弯陡坡隐患路段治理长度"),
    # what the things counted do, after a quoted name: the head after it (接入…系统); a short name is kept
    ("推动600家网络餐饮经营者接入“阳光厨房+远程监管”系统。", "600家", "网络餐饮经营者接入系统数"),
    ("推动800家学校食堂接入“阳光厨房”系统。", "800家", "学校食堂接入阳光厨房系统数"),
    # a programme's exploration words are no part of the subject whose output follows
    ("抓好页岩气勘探开发，完成产量1500万立方米。", "1500万立方米", "页岩气产量"),
    ("抓好天然气勘探开发，完成产量5000万立方米。", "5000万立方米", "天然气产量"),
])
def test_a_flow_names_the_action(sentence: str, figure: str, name: str) -> None:
    assert names(sentence)[figure] == name
