"""Held-out audit 51 (玉溪, 商丘, 娄底, 江门 2023), round fix118b: subjects and scopes a sentence or paragraph states once
(an industry opening the sentence or its ；-part, the projects of the clause before a bare 投资, a park opening the sentence,
the town of a built-up area, a goal word before a 新增 list)."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from target_cases import baseline_of, class_of, targets


def _names(plan: str) -> dict[str, str]:
    """The indicator of each figure of ``plan`` (a plan part), by its text."""
    text = f"政府工作报告\n一、2022年工作回顾\n地区生产总值增长5%。\n二、2023年重点工作\n{plan}\n"
    q = extract_quantities(read_text(text))
    return dict(zip(q["text"], q["indicator"]))


def test_an_industry_furthered_by_the_opening_clause_owns_the_bare_value_added() -> None:
    # 玉溪 G1 rows 13, 20: 推动矿冶产业提速发展，…，增加值增长12% against the review's 矿冶产业增加值增长19%, not 规上工业's 9%
    review = "矿冶产业增加值增长19%。新增规上工业企业45户，总量达489户，增加值增长9%。"
    plan = "推动矿冶产业提速发展，加快锂、镍、磷等资源开发利用，增加值增长12%。更加注重装备制造业集群融合发展，完善数控园基础设施，增加值增长10%。"
    t = targets(review, plan, 2022)
    assert t.loc["12%", "indicator"] == "矿冶产业增加值增长" and baseline_of(t, "12%") == "19%"
    assert class_of(t, "12%") == "below_last_year"
    assert t.loc["10%", "indicator"] == "装备制造业增加值增长" and baseline_of(t, "10%") == ""
    # an opening that develops no single industry (推动产业…发展) names none
    assert _names("推动产业高质量发展，加快项目建设，增加值增长12%。")["12%"] == "增加值增长"


def test_a_semicolon_part_opening_with_its_industry_is_that_industrys() -> None:
    # 商丘 G1 rows 6-17: X产业抓好…等N个项目，完成投资M亿元； repeated per industry
    names = _names("食品加工产业抓好商丘食品工业园等10个项目，完成投资100亿元。电子信息产业抓好道北数字产业园等12个项目，完成投资122.2亿元；"
                   "生物医药产业抓好豫健医疗健康产业园、益智医药等9个项目，完成投资65.5亿元；"
                   "装备制造产业抓好福田智蓝供应链产业园、闽源钢铁200万吨扩能、雪人热泵制冷等12个项目，完成投资161.6亿元。")
    assert names["10个"] == "食品加工产业项目数" and names["100亿元"] == "食品加工产业项目投资"
    assert names["9个"] == "生物医药产业项目数" and names["65.5亿元"] == "生物医药产业项目投资"
    assert names["161.6亿元"] == "装备制造产业项目投资"  # not 扩能投资 (an example's word)
    # a ；-part opening with no industry keeps the one the sentence opened with
    names = _names("电子信息产业抓好道北数字产业园等12个项目，完成投资122.2亿元；抓好雄富光电等9个项目，完成投资65.5亿元。")
    assert names["65.5亿元"] == "电子信息产业项目投资"


def test_a_bare_investment_is_of_the_projects_the_clause_before_grips() -> None:
    # 娄底 row 10: 实施扩投资集中攻坚行动，…，突出抓好省市重点项目，确保投资480亿元以上
    names = _names("实施扩投资集中攻坚行动，推进产业发展“千百十”工程，突出抓好省市重点项目，确保投资480亿元以上。")
    assert names["480亿元"] == "省市重点项目投资"
    # a clause before that grips no projects gives none
    assert "省市重点项目" not in _names("实施扩投资集中攻坚行动，加快重点项目建设，确保投资480亿元以上。")["480亿元"]


def test_a_park_opening_the_sentence_scopes_its_measures() -> None:
    # 玉溪 G2 rows 29, 30: 全市园区开工项目25个以上、竣工15个，固定资产投资、主营业务收入分别增长15%、10%
    plan = "全市园区开工项目25个以上、竣工15个，固定资产投资、主营业务收入分别增长15%、10%。"
    t = targets("全市固定资产投资增长9%。", plan, 2022)
    assert t.loc["15%", "indicator"] == "园区固定资产投资增长" and baseline_of(t, "15%") == ""
    assert t.loc["10%", "indicator"] == "园区主营业务收入增长"
    # no park opening: the city's
    assert _names("全市开工项目25个以上，固定资产投资增长15%。")["15%"] == "固定资产投资增长"


def test_a_built_up_area_takes_the_town_of_the_opening_clause() -> None:
    # 玉溪 G2 rows 81, 85
    names = _names("实施“强中心城区”行动，打造现代城市经济集聚核心区，力争建成区面积新增1.5平方公里。加快县城提质扩容，力争建成区面积新增8平方公里。")
    assert names["1.5平方公里"] == "中心城区建成区面积新增" and names["8平方公里"] == "县城建成区面积新增"
    assert _names("加快城市更新，力争建成区面积新增3平方公里。")["3平方公里"] == "建成区面积新增"


def test_a_goal_word_before_a_new_list_keeps_every_member_a_flow() -> None:
    # 江门 G2 row 22: 争取新增10家国家级“小巨人”企业、200家省级专精特新中小企业 vs 新增382家省级专精特新中小企业
    t = targets("新增382家省级专精特新中小企业、9家国家级专精特新“小巨人”企业。",
                "争取新增10家国家级“小巨人”企业、200家省级专精特新中小企业。", 2022)
    assert t.loc["200家", "measure"] == "flow" and baseline_of(t, "200家") == "382家"
    assert class_of(t, "200家") == "below_last_year"
    # a goal word before a level reached stays a stock
    t = targets("", "力争省级专精特新中小企业达到300家、国家级“小巨人”企业20家。", 2022)
    assert t.loc["300家", "measure"] == "stock"
