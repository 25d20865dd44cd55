"""Round 167, fix167c (regression corpus: a county 2016, two 2022 city reports, a 2024 city report): a plan investment named
bare (全年计划投资15亿元, 年内签约项目500个以上，总投资超1500亿元) matched by the project investment keys to a review
figure of another project or set (one district's works 全年完成投资15.9亿元; 引进京津项目166个、总投资400亿元; 全市重点项目
for a wind-power programme). Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

from tests.target_cases import baseline_of, targets


def test_a_bare_plan_investment_takes_no_other_districts_figure() -> None:
    # the review's 全年完成投资 belongs to the district the sentence before names; the plan's set is said nowhere in its sentence
    review = "新区基础设施建设取得突破性进展。全年完成投资15.9亿元，道路、污水等配套工程基本完成。"
    plan = "全年计划投资15亿元，统筹推进棚户区改造和城市基础设施建设。"
    assert baseline_of(targets(review, plan), "15亿元") == ""


def test_a_bare_total_takes_no_other_sets_total() -> None:
    # 签约项目 against 引进京津项目: alike only through 项目 and the key
    review = "全年引进京津项目166个、总投资400亿元。"
    plan = "大力开展产业链招商，年内签约项目500个以上，总投资超1500亿元。"
    assert baseline_of(targets(review, plan), "1500亿元") == ""


def test_a_programmes_year_investment_takes_no_whole_citys() -> None:
    review = "举办4场重大项目集中开工现场会，全市重点项目完成投资661亿元、超年度计划投资30%。"
    plan = ("落实风电城重点项目三年滚动建设计划，建设千万千瓦级风电产业基地，推动650万千瓦海上风电项目加快建设，"
            "力争完成年度投资超300亿元，做好新增海上风电规划选址工作。")
    assert baseline_of(targets(review, plan), "300亿元") == ""


def test_two_named_sets_alike_only_through_projects() -> None:
    review = "开展重点项目集中攻坚行动，选报项目455个、总投资5549.8亿元。"
    plan = "加快重大项目建设，力争引进重大项目50个、总投资2500亿元以上。"
    assert baseline_of(targets(review, plan), "2500亿元") == ""


def test_the_same_set_named_in_both_sentences_keeps_its_baseline() -> None:
    # boundary: the bare 年度投资 says its set (市重点项目) in its sentence, and the review figure's set shares it
    review = "442个市重点项目完成投资1131.5亿元。"
    plan = "实施市重点项目470个，总投资3587亿元，年度投资1000亿元。"
    assert baseline_of(targets(review, plan), "1000亿元") == "1131.5亿元"
    review = "全市百大项目开复工128个，完成投资120.9亿元。"
    plan = "全市安排百大项目120个，年度计划投资135亿元，增长15%以上。"
    assert baseline_of(targets(review, plan), "135亿元") == "120.9亿元"


def test_a_named_total_whose_sentence_names_the_reviews_set_keeps_it() -> None:
    # boundary: 储备重大项目 and 重点项目 share only 项目, but the target's sentence plans the same 谋划 of projects
    review = "围绕中央预算内投资、专项债券等领域，谋划下年重点项目51个，概算总投资103.65亿元。"
    plan = "围绕基础设施、民生领域等方面，认真谋划一批“两重”项目，力争储备重大项目30个以上，完成总投80亿元以上。"
    assert baseline_of(targets(review, plan), "80亿元") == "103.65亿元"
