"""Spot audits 40 (白城, 本溪, 克孜勒苏, 松原 2025), round fix101a: the same measure in the review missed because its name
or its scope is read from other words (a comment, a list's lead verb, a seeking verb, a campaign's slogan)."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from govreport.extract.keys import key_modifier
from govreport.tables.phrase_likeness import unbranded
from target_cases import baseline_of, class_of, targets


def _names(review: str) -> dict[str, str]:
    """The indicator of each figure of ``review`` (a review part), by its text."""
    text = f"政府工作报告\n一、2024年工作回顾\n{review}\n二、2025年重点工作\n地区生产总值增长5%。\n"
    q = extract_quantities(read_text(text))
    return dict(zip(q["text"], q["indicator"]))


def test_local_level_revenue_is_the_budget_revenue() -> None:
    # 白城 row 2: 地方级财政收入 and 地方级一般公共预算收入 are one measure (the 级 of 地方级 is no scope)
    review = "预计全年GDP、固定资产投资、地方级一般公共预算收入分别增长6%、10%、18.1%。"
    t = targets(review, "主要预期目标是：地区生产总值增长6%左右，地方级财政收入增长7%左右。")
    assert baseline_of(t, "7%") == "18.1%" and class_of(t, "7%") == "below_last_year"
    # only 地方级 is dropped whole: another level stays a scope
    assert key_modifier("地方级一般公共预算收入增长", "general_budget_revenue_growth") == ""
    assert key_modifier("省级一般公共预算收入增长", "general_budget_revenue_growth") == "省级"


def test_a_run_of_years_is_a_comment_on_its_subject() -> None:
    # 白城 row 38: 粮食产量实现“十三连增”，达到118.45亿斤
    names = _names("粮食产量实现“十三连增”，达到118.45亿斤，增幅全省第一。")
    assert names["118.45亿斤"].startswith("粮食产量") and "连增" not in names["118.45亿斤"]
    t = targets("粮食产量实现“十三连增”，达到118.45亿斤。", "力争粮食总产量突破120亿斤。")
    assert baseline_of(t, "120亿斤") == "118.45亿斤" and class_of(t, "120亿斤") == "modest"


def test_a_short_heading_sentence_names_a_bare_output() -> None:
    # 松原 row 22: 粮食生产再创新高。产量达到159.4亿斤
    names = _names("一产增加值增长5.3%，居全省第3位。粮食生产再创新高。产量达到159.4亿斤，增长2%。")
    assert names["159.4亿斤"] == "粮食产量"
    # a long sentence before, not a heading: no subject borrowed from it
    names = _names("全面落实粮食安全党政同责并推进高标准农田建设再创新高。产量达到159.4亿斤。")
    assert names["159.4亿斤"] != "粮食产量"


def test_a_growth_after_an_amount_is_the_amounts() -> None:
    # 克孜勒苏 row 5 (naming): 引进区外到位资金142.31亿元、增长10.2%: the funds' growth, no verb glued on
    names = _names("招商引资稳中向好，引进区外到位资金142.31亿元、增长10.2%，经贸合作越来越大。")
    assert names["10.2%"] == "区外到位资金增长"


def test_a_lead_verb_reaches_every_member_after_a_distributive_list() -> None:
    # 克孜勒苏 row 12: …分别增长3.13%、6.25%，新增饲草料地3.32万亩、牲畜28.86万头（只）、特色林果面积1.34万亩
    review = "全州粮食种植面积、总产量分别增长3.13%、6.25%，新增饲草料地3.32万亩、牲畜28.86万头（只）、特色林果面积1.34万亩。"
    names = _names(review)
    assert names["28.86万头"] == "新增牲畜量" and names["6.25%"] == "总产量增长"
    t = targets(review, "新增牲畜饲养量31.4万头（只）以上。")
    assert baseline_of(t, "31.4万头") == "28.86万头" and class_of(t, "31.4万头") == "modest"


def test_a_designation_sought_at_a_level_is_the_years_addition() -> None:
    # 本溪 row 16: 申报创建省级农事龙头企业5家以上 vs 新增国家级龙头企业1家、省级龙头企业4家
    review = "桓仁县现代农业产业园通过国家认定，新增国家级龙头企业1家、省级龙头企业4家。新增高新技术企业90户。"
    t = targets(review, "申报创建省级农事龙头企业5家以上。申报高新技术企业50户。")
    assert baseline_of(t, "5家") == "4家" and class_of(t, "5家") == "stretch"
    # an application alone is no recognition (fix86a)
    assert baseline_of(t, "50户") == ""
    # a stock the review states in a run a 累计 clause opens is no baseline of the designations sought (淮北)
    t = targets("累计培育创新型中小企业265家，省级专精特新企业207家，国家级“小巨人”企业14家。", "争创省级专精特新企业30家。")
    assert t.loc["30家", "measure"] == "flow" and baseline_of(t, "30家") == ""


def test_a_campaigns_slogan_and_class_fillers_do_not_dilute_the_wording() -> None:
    # 本溪 row 21: 开展“乐购本溪 惠享美好”系列促消费活动320场 vs 全年开展各类促消费活动300场以上
    t = targets("开展“乐购本溪 惠享美好”系列促消费活动320场，累计发放汽车、家电等消费券。", "全年开展各类促消费活动300场以上。")
    assert baseline_of(t, "300场") == "320场" and class_of(t, "300场") == "below_last_year"
    # a slogan that alone names the kind stays (“书香龙城”系列活动); another kind after 系列 is no baseline
    assert unbranded("举办“书香龙城”系列活动") == "举办“书香龙城”活动"
    t = targets("开展“书香龙城 文润万家”系列群众文化活动320场。", "全年开展各类促消费活动300场以上。")
    assert baseline_of(t, "300场") == ""
