"""Round 159, fix159a (held-out set 79: 保山, 贺州, 抚顺, 安顺 2021): the same indicator's review figure was refused over
wording. A title level said with or without 级 (省级 and 省旅游度假区), 电商 for 电子商务 (data/tables_synonyms.csv), 每年 on the
plan side (a goal for each year, this one included: tables_words.json each_year_scopes), the quoted name of a 分别 member's own
(“个转企” of “个转企”“小升规”…), a 新增 opening a 分别 list given to every member, and no name ending in 从“十二五”末的.
Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from target_cases import baseline_of, class_of, targets


def _names(review: str) -> dict[str, str]:
    text = f"政府工作报告\n一、2020年工作回顾\n{review}\n二、2021年重点工作\n地区生产总值增长7%。\n"
    q = extract_quantities(read_text(text))
    return {str(r.text): str(r.indicator) for r in q.itertuples() if r.role == "actual"}


def test_a_title_level_said_without_its_ji_is_the_same_kind() -> None:
    # 创成…省级旅游度假区2个 vs 新增…省旅游度假区2个 (保山 row 33)
    t = targets("新增全国乡村旅游重点村3个、省旅游度假区2个。", "推进景区创建，创成4A景区3个、省级旅游度假区2个。", 2020)
    assert baseline_of(t, "2个") == "2个" and class_of(t, "2个") == "modest"


def test_another_title_level_stays_apart() -> None:
    # boundary: 国家级 is not 省
    t = targets("新增全国乡村旅游重点村3个、省旅游度假区2个。", "推进景区创建，创成4A景区3个、国家级旅游度假区1个。", 2020)
    assert baseline_of(t, "1个") == ""


def test_dianshang_is_dianzi_shangwu() -> None:
    # 电商交易额增20%以上 vs 电子商务交易额增25% (保山 row 43)
    t = targets("积极开展网络直播促销，电子商务交易额增25%。", "鼓励电商网点向农村下沉，实现电商交易额增20%以上。", 2020)
    assert baseline_of(t, "20%") == "25%" and class_of(t, "20%") == "below_last_year"


def test_each_year_on_the_plan_side_is_no_scope() -> None:
    # 力争每年新增“四上”企业100家以上 (inside a three-year action) vs 新增“四上”企业103家 (贺州 row 12)
    t = targets("新增“四上”企业103家。", "实施三年行动计划，力争每年新增“四上”企业100家以上。", 2020)
    assert baseline_of(t, "100家") == "103家" and class_of(t, "100家") == "below_last_year"


def test_a_yearly_average_of_the_review_stays_refused() -> None:
    # boundary: a review figure over several years (年均) is no baseline of one year
    t = targets("五年来，年均新增“四上”企业90家。", "实施三年行动计划，力争每年新增“四上”企业100家以上。", 2020)
    assert baseline_of(t, "100家") == ""


def test_a_quoted_list_member_keeps_its_own_quote() -> None:
    # “个转企”“小升规”“规升巨”分别为600户、25户和3户 vs 实现“个转企”927户 (抚顺 row 8)
    t = targets("实现“个转企”927户、“小升规”30户。", "推动“个转企”“小升规”“规升巨”分别为600户、25户和3户。", 2020)
    assert baseline_of(t, "600户") == "927户" and baseline_of(t, "25户") == "30户"


def test_another_quoted_scheme_stays_refused() -> None:
    # boundary: the target's own quoted scene is not the review's other quoted scene
    t = targets("上线“高效办成一件事”主题场景20个。", "新增“免证办”场景30个。", 2020)
    assert baseline_of(t, "30个") == ""


def test_a_flow_word_opening_a_distributive_list_is_every_members() -> None:
    # 新增国家级高新技术企业、“瞪羚”企业、“雏鹰”企业分别为23户、7户和29户 (抚顺 rows 16, 17)
    review = "新增国家级高新技术企业、“瞪羚”企业、“雏鹰”企业分别为23户、7户和29户。"
    plan = "高新技术企业、科技型中小企业、“瞪羚”企业、“雏鹰”企业分别新增10户、20户、5户和10户。"
    t = targets(review, plan, 2020)
    assert baseline_of(t, "5户") == "7户" and class_of(t, "5户") == "below_last_year"
    assert _names(review)["7户"].startswith("新增")


def test_a_list_without_a_flow_word_names_no_addition() -> None:
    # boundary: no 新增 opens the list: the members' names say none (nor a rate member after 新增)
    names = _names("高新技术企业、“瞪羚”企业分别达到230户、70户。新增就业、城镇调查失业率分别为3万人、5.2%。")
    assert not names["70户"].startswith("新增") and "新增" not in names["5.2%"]


def test_no_name_ends_in_from_a_plan_terms_end() -> None:
    # 森林覆盖率从“十二五”末的47.43%提高到60% (安顺 row 61)
    review = "森林覆盖率从“十二五”末的47.43%提高到60%。"
    assert _names(review)["47.43%"] == "森林覆盖率"
    t = targets(review, "确保森林覆盖率稳定在60%以上。", 2020)
    assert baseline_of(t, "60%") == "60%" and class_of(t, "60%") == "met_already"


_4A_REVIEW = "某古镇进入国家5A景区创建名单，新增右甸河湿地公园等{grade}景区8个，某草原列入国家试点。"
_4A_PLAN = "推进高等级景区创建工作，争取某古镇通过国家5A景区评定，创成4A景区3个。"


def test_designations_won_are_those_added_whatever_examples_say() -> None:
    # 创成4A景区3个 vs 新增…公园等4A景区8个 (保山 row 32): the examples before 等 say which, not what is counted
    t = targets(_4A_REVIEW.format(grade="4A"), _4A_PLAN, 2020)
    assert baseline_of(t, "3个") == "8个" and class_of(t, "3个") == "below_last_year"


def test_designations_of_another_grade_stay_apart() -> None:
    # boundary: 3A景区 added are no 4A景区 won
    t = targets(_4A_REVIEW.format(grade="3A"), _4A_PLAN, 2020)
    assert baseline_of(t, "3个") == ""


def test_works_on_projects_of_a_level_said_short_stay_apart() -> None:
    # boundary: 完成市级重点技改项目500个 and 实施市重点技改项目1825项 name no title won: finished and carried out stay apart
    t = targets("实施市重点技改项目1825项。", "抓好技改工程，完成市级重点技改项目500个以上。", 2020)
    assert baseline_of(t, "500个") == ""
