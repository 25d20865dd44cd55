"""Round 152, fix152a (held-out set 73: 枣庄, 遂宁, 吉林 2021; 湘潭 2024): review baselines refused on wording or stage within
one programme. A review count the programme both parts carry on says is the target's (入库项目 of 新入库技改项目 under one
“双千”工程), one title at one level (获省级单项冠军 for 单项冠军省级), a registration of the year (入库备案 is a flow word) and
one city gas network in two wordings (天然气管线, 燃气管线). Paraphrased sentences through the real reader and extractor."""
from __future__ import annotations

from target_cases import baseline_of, class_of, targets

_PROGRAMME_REVIEW = "深入开展千项技改、千企提质“双千”工程，全年累计入库项目700个、总投资800亿元，其中亿元以上项目220个。"
_PROGRAMME_PLAN = "持续开展千项技改、千企提质“双千”工程，支持企业加大技改投入，力争新入库技改项目不少于200个、完成年度投资200亿元以上。"


def test_one_programme_names_the_review_count() -> None:
    # 枣庄 row 10: 新入库技改项目 and the review's 入库项目 of the same “双千”工程 (技改 in its name)
    t = targets(_PROGRAMME_REVIEW, _PROGRAMME_PLAN, 2020)
    assert baseline_of(t, "200个") == "700个" and class_of(t, "200个") == "below_last_year"


def test_no_programme_no_baseline() -> None:
    # the boundary: without the shared programme 入库项目 is no count of 技改 projects
    review = "全年累计入库项目700个、总投资800亿元，其中亿元以上项目220个。"
    plan = "支持企业加大技改投入，力争新入库技改项目不少于200个、完成年度投资200亿元以上。"
    assert baseline_of(targets(review, plan, 2020), "200个") == ""


def test_another_programme_no_baseline() -> None:
    # nor under another quoted programme, nor where the programme does not say the word the review's name lacks
    other = _PROGRAMME_REVIEW.replace("“双千”工程", "“百企”行动")
    assert baseline_of(targets(other, _PROGRAMME_PLAN, 2020), "200个") == ""
    unsaid = "深入开展千项改造、千企提质“双千”工程，全年累计入库项目700个、总投资800亿元。"
    assert baseline_of(targets(unsaid, _PROGRAMME_PLAN, 2020), "200个") == ""


def test_one_title_at_one_level() -> None:
    # 湘潭 2024 row 20: 单项冠军省级10家 and 15家企业产品获省级单项冠军; the national member finds no provincial count
    review = "湘电等15家企业产品获省级单项冠军。"
    plan = "新增规模工业企业100家以上，专精特新“小巨人”企业国家级10家、省级30家以上，单项冠军国家级3家、省级12家以上。"
    t = targets(review, plan, 2023)
    assert baseline_of(t, "12家") == "15家" and class_of(t, "12家") == "below_last_year"
    assert baseline_of(t, "3家") == ""


def test_registration_is_a_flow() -> None:
    # 遂宁 row 10: 入库备案…科技型中小企业300家 against 新认定…319家: both the year's, so below last year
    review = "全市新认定国家高新技术企业54家、科技型中小企业319家。"
    plan = "做强创新主体，新认定国家高新技术企业20家以上，入库备案国家科技型中小企业300家以上。"
    t = targets(review, plan, 2020)
    assert baseline_of(t, "300家") == "319家" and class_of(t, "300家") == "below_last_year"


def test_gas_lines_in_two_wordings() -> None:
    # 吉林 row 58: 新建天然气管线20公里 and 新建燃气管线18公里: one city gas network
    review = "维修改造老旧供热管网63公里，新建燃气管线18公里。"
    plan = "改造老旧供热管网67公里，新建天然气管线20公里。"
    t = targets(review, plan, 2020)
    assert baseline_of(t, "20公里") == "18公里"
    assert baseline_of(targets("新建供水管线18公里。", "新建天然气管线20公里。", 2020), "20公里") == ""  # water is no gas
