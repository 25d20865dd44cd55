"""Held-out audits 67 (甘南, 甘孜 2023) and 66 (博尔塔拉 2023), round fix142b: refusals of a review figure that states
the target's measure, loosened by general rules (a word restating the one before it, the examples a 等 closes, the
verb 建立 whole, verbs put into a name, wording pairs as data)."""
from __future__ import annotations

from govreport.tables.noun_words import verbs_inserted
from target_cases import baseline_of, targets


def test_employment_after_wage_work_restates_it() -> None:
    # 博尔塔拉 row 47: 农村劳动力外出务工就业5.5万人次 (review) and 农村劳动力外出务工5万人次 (plan)
    t = targets("新增城镇就业7227人、农村劳动力外出务工就业5.5万人次。", "农村劳动力外出务工5万人次。", 2022)
    assert baseline_of(t, "5万人次") == "5.5万人次"
    # employed graduates stay a part of the graduates (就业 restates no ending of 高校毕业生)
    t = targets("高校毕业生就业1.2万人。", "吸纳高校毕业生1.5万人。", 2022)
    assert baseline_of(t, "1.5万人") == ""


def test_examples_closed_by_deng_name_no_kind() -> None:
    # 甘南 row 91: 实施桥梁、供热、供水、管网等市政基础设施项目36项 and …地下通道、供水供热等市政基础设施建设项目27项
    t = targets("市政设施不断完善，实施桥梁、供热、供水、管网等市政基础设施项目36项，完成投资10.23亿元。",
                "提升城镇综合承载能力，投资6.47亿元，实施道路桥梁、地下通道、供水供热等市政基础设施建设项目27项。", 2022)
    assert baseline_of(t, "27项") == "36项"
    # examples on the plan's side only keep the kind check: 省市 of the review stays a kind (prov_shandong_2024)
    t = targets("实施“山东消费提振年”，省市举办促消费活动近800场，促进新能源汽车、家居等大宗消费。",
                "举办家电家居、电子产品等促消费活动200场以上，创新消费品以旧换新措施。", 2023)
    assert baseline_of(t, "200场") == ""


def test_jianli_is_a_verb_whole() -> None:
    # 甘南 row 32: 新建牦牛繁育核心群11个 and 建立繁育核心群35个 (建立 leaves no kind 立)
    t = targets("新建牦牛繁育核心群11个，调引牦牛种牛1100头。", "投资5000万元，新建万头牦牛养殖示范点15个，建立繁育核心群35个。", 2022)
    assert baseline_of(t, "35个") == "11个"
    # two kinds named on both sides stay apart
    t = targets("新建藏羊繁育核心群11个。", "建立牦牛繁育核心群35个。", 2022)
    assert baseline_of(t, "35个") == ""


def test_a_verb_put_into_the_name_is_no_other_action() -> None:
    # 甘孜 row 8: 清洁能源开发和电网建设投资达167亿元 and 完成清洁能源和电网建设投资190亿元以上
    t = targets("清洁能源开发和电网建设投资达167亿元，新增清洁能源装机320万千瓦。",
                "建电站、拓通道、强应用，完成清洁能源和电网建设投资190亿元以上。", 2022)
    assert baseline_of(t, "190亿元") == "167亿元"
    # a verb put in place of the target's (改造 for 建设) is another action; a stage put in with a join is two stages
    t = targets("清洁能源开发和电网改造投资达167亿元。", "完成清洁能源和电网建设投资190亿元以上。", 2022)
    assert baseline_of(t, "190亿元") == ""
    assert verbs_inserted("清洁能源和电网建设投资", "清洁能源开发和电网建设投资")
    assert not verbs_inserted("清洁能源和电网建设投资", "清洁能源和电网改造投资")
    assert not verbs_inserted("建成未来社区", "建成和开工建设未来社区")
    assert not verbs_inserted("未来社区", "开工未来社区")  # no action of its own in the name
    # a stage put in is the same works at another stage (city_shenzhen_2024: 开工建设4座水质净化厂, 加快建设4座水质净化厂)
    assert not verbs_inserted("建设水质净化厂数", "开工建设水质净化厂数")
    t = targets("开工建设4座水质净化厂，新建、修复污水管网118公里。", "加快建设4座水质净化厂，新建、修复污水管网50公里。", 2023)
    assert baseline_of(t, "4座") == ""


def test_wording_pairs_as_data() -> None:
    # 甘南 row 12: 修复退化草原68万亩 and 修复治理退化沙化草原59万亩
    t = targets("修复湿地41.3万亩，修复退化草原68万亩，退耕还林工程通过国家验收。",
                "完成退化林修复和廊道绿化8万亩，修复治理退化沙化草原59万亩，启动国家储备林建设项目。", 2022)
    assert baseline_of(t, "59万亩") == "68万亩"
    # 博尔塔拉 row 34: 加油站6座 and 加油加气站2座
    t = targets("新建旅游厕所27座、停车场12处、充电桩90个、加油站6座、通讯基站592个。",
                "新建旅游厕所16座、加油加气站2座、充电桩140个、通信基站75座。", 2022)
    assert baseline_of(t, "2座") == "6座"
    # the wetlands restored are no grassland
    t = targets("修复湿地41.3万亩。", "修复治理退化沙化草原59万亩。", 2022)
    assert baseline_of(t, "59万亩") == ""
