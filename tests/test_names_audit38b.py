"""Names after audit 38's leftovers (docs/audits/targets_38.md "Fault classes", round fix46n): the real sentences of the
audit's texts (/work/notes/unseen38) and of county_hailar_2019, each figure's name as the namer (or, for 各 lists, the
targets table) gives it."""
from __future__ import annotations

from name_cases import HEAD
from target_cases import targets

from govreport import extract_quantities, read_text

GOALS = "地区生产总值增长5%左右。"


def all_names(text: str) -> dict[str, str]:
    """figure text -> name of every actual or target row of ``text``."""
    table = extract_quantities(read_text(HEAD + text + "\n"))
    table = table[table.role.isin(["actual", "target"])]
    return dict(zip(table.text, table.indicator))


def test_a_plan_verb_after_the_counted_noun_names_the_count() -> None:
    """尚安街、金匠街西延等14条城市道路加快推进 (JC24#47): the roads pushed in the year, not the stock of roads."""
    named = all_names("G342西上庄至周村段一级公路改造工程开工建设，尚安街、金匠街西延等14条城市道路加快推进。")
    assert named["14条"] == "加快推进城市道路数"


def test_a_bare_verb_after_the_noun_is_left() -> None:
    """An adverb is required: 3条铁路专用线开工 keeps its own 开工 after the noun (JC24#39)."""
    assert all_names("高平西部、东大郑庄里必和东宝3条铁路专用线开工，从根本上改善运输结构。")["3条"] == "铁路专用线开工数"


def test_a_ge_list_after_a_lead_verb_names_every_member_with_it() -> None:
    """新发展创新型中小企业、规上工业企业各40家，省级以上专精特新企业、规范化股份制改造企业各20家 (JC24#76–#78): every member
    newly developed, also those of the second 各 list, which carries the first's lead."""
    t = targets("规上工业企业达到675家。", GOALS + "实施优质中小企业梯度培育计划，新发展创新型中小企业、规上工业企业各40家，"
                "省级以上专精特新企业、规范化股份制改造企业各20家。", review_year=2023)
    names = set(t["indicator"])
    assert {"新发展创新型中小企业数", "新发展规上工业企业数", "新发展省级以上专精特新企业数", "新发展规范化股份制改造企业数"} <= names, names


def test_a_ge_list_without_a_lead_before_it_keeps_its_members() -> None:
    """连片培育先行村、重点村各50个: no list before it, no lead carried."""
    t = targets("新建先行村20个。", GOALS + "加大财政资金支持力度，连片培育先行村、重点村各50个。", review_year=2023)
    assert not any(n.startswith("新发展") for n in t["indicator"])


def test_the_noun_after_an_investment_class_and_de_is_counted() -> None:
    """实施一批示范性、引领性项目，加快推进58个投资10亿元以上的重大项目 (WH24#10): named by its own noun 重大项目, not by
    the clause before."""
    named = all_names("实施一批示范性、引领性项目，加快推进58个投资10亿元以上的重大项目，年内新投产制造业项目177个。")
    assert named["58个"] == "推进重大项目数"


def test_a_planned_investment_after_a_rang_heading_takes_its_subject() -> None:
    """让城市基础设施更完善。全年计划投资8.6亿元 (county_hailar_2019): the city infrastructure's planned investment."""
    named = all_names("做到建管并重、建管衔接、以管促建。让城市基础设施更完善。全年计划投资8.6亿元，加快推进铁路市政物业设施设备改造。")
    assert named["8.6亿元"] == "城市基础设施计划投资"


def test_a_count_of_a_bare_work_takes_the_object_of_the_clause_before() -> None:
    """继续推进棚户区改造，完成800户的改造任务 (county_hailar_2019): households of the shanty-town renewal."""
    assert all_names("抓好“城市双修”工程等项目，继续推进棚户区改造，完成800户的改造任务。")["800户"] == "棚户区改造户数"


def test_a_capacity_label_gives_no_topic_the_industry_heading_does() -> None:
    """大力发展生态食品饮品及健康医药产业。…推动…印江年产5000吨酱香白酒等重点项目建设，新增规上企业10户，实现产值80亿元以上
    (TR24#23): the industry's output, not the liquor's of one project's label."""
    named = all_names("大力发展生态食品饮品及健康医药产业。围绕打造百亿级产业集群目标，推动农夫山泉梵净山工厂扩能、印江年产5000吨酱香白酒"
                      "等重点项目建设，新增规上企业10户，实现产值80亿元以上。")
    assert named["80亿元"] == "生态食品饮品及健康医药产业产值"
