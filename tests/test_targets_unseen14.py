"""Targets after the audit of three unseen reports (audit 14: national 2006, Jiangsu 2026, Xiamen 2024),
the target-side fault classes of non-targets, the population, names and keys: one test per rule, on
paraphrased sentences run through the real reader and extractor (docs/assumptions.md#non-targets)."""
from __future__ import annotations

from target_cases import targets

GOALS = "今年地区生产总值增长5%左右，城镇新增就业100万人，居民消费价格涨幅3%左右。"


def test_a_former_amount_after_yuanxian_is_history() -> None:
    """免除了原先200亿元的牧业税: the tax abolished, not a goal; 原来 alike."""
    t = targets("城镇新增就业100万人。", GOALS + "牧区改革不仅免除了原先200亿元的牧业税，原来50亿元的附加费也一并停征。")
    assert "200亿元" not in t.index and "50亿元" not in t.index


def test_an_amount_after_a_done_verb_with_le_in_its_clause_is_history() -> None:
    """而且取消了500多亿元的各类集资: abolished (a verb with 了), not a goal; a plain 安排 amount stays."""
    t = targets("城镇新增就业100万人。", GOALS + "改革减轻了农民负担，而且取消了500多亿元的各类集资。"
                "今年省财政安排支农资金80亿元。")
    assert "500多亿元" not in t.index and "80亿元" in t.index


def test_a_growth_right_after_an_amount_set_aside_restates_its_change() -> None:
    """今年省财政安排教育投入316亿元，比上年增长12.5%: the amount's change stated again, no rate target."""
    t = targets("城镇新增就业100万人。", GOALS + "今年省财政安排教育投入316亿元，比上年增长12.5%，各市县也要增加投入。")
    assert "316亿元" in t.index and "12.5%" not in t.index


def test_a_registered_growth_after_a_level_stays_a_goal() -> None:
    """地区生产总值达到1.2万亿元，比上年增长6%: the growth is the measure (registered), kept."""
    t = targets("城镇新增就业100万人。", "今年地区生产总值达到1.2万亿元，比上年增长6%，城镇新增就业100万人。")
    assert "6%" in t.index


def test_a_count_of_classes_before_a_count_is_no_target() -> None:
    """办好10类30件民生实事: 10类 classes the 30 tasks, no goal of its own."""
    t = targets("城镇新增就业100万人。", GOALS + "今年将办好10类30件民生实事，新建公园20个。")
    assert "10类" not in t.index and "20个" in t.index


def test_the_people_of_the_country_are_no_count() -> None:
    """凝聚14亿人民的力量 / 14亿中国人民: the population, no count in 人 (人 is never cut from 人民)."""
    from govreport import extract_quantities, read_text
    text = "政府工作报告\n一、2024年工作回顾\n城镇新增就业100万人。\n二、2025年重点工作\n" \
           + GOALS + "我们要凝聚14亿人民的智慧和力量，团结13亿中国人民共同奋斗。\n"
    q = extract_quantities(read_text(text))
    assert not any(q["unit"].eq("人") & q["text"].str.startswith(("14亿", "13亿")))
    assert not any(q["indicator"].str.contains("民人数"))
    t = targets("城镇新增就业100万人。", GOALS + "我们要凝聚14亿人民的智慧和力量。")
    assert not any(t["text"].str.startswith("14亿"))


def _names(plan: str) -> dict[str, str]:
    t = targets("城镇新增就业100万人。", GOALS + plan)
    return dict(zip(t["text"], t["indicator"]))


def test_jiang_weici_and_jinnian_never_stay_in_a_name() -> None:
    """省财政为此将增加支出8亿元 / 省财政今年再就业补助资金 / 市财政将每年安排支出: 为此, 将, 今年 name nothing."""
    names = _names("提高参保居民补助标准，省财政为此将增加支出8亿元。省财政今年安排再就业补助资金35亿元。")
    assert names["8亿元"] == "省财政增加支出"
    assert "今年" not in names["35亿元"] and names["35亿元"].endswith("再就业补助资金")


def test_an_with_zengzhang_anpai_is_dropped() -> None:
    """全省生产总值按增长6%安排: the growth of 全省生产总值, not 按增长."""
    t = targets("城镇新增就业100万人。", "今年主要预期目标是：地区生产总值按增长6%安排，城镇新增就业100万人。")
    assert t.loc["6%", "indicator"] == "地区生产总值增长"


def test_a_fund_takes_the_purpose_after_zhongdian_zhichi() -> None:
    """再安排20亿元专项资金，重点支持尾矿库综合治理: the fund is named for its purpose."""
    names = _names("省里今年再安排20亿元专项资金，重点支持尾矿库综合治理。")
    assert names["20亿元"] == "尾矿库综合治理专项资金"


def test_a_payer_spending_takes_the_need_before_it() -> None:
    """为保证乡镇学校正常运转的需要，省财政将每年安排支出60多亿元: the payer's yearly spending for that need."""
    names = _names("为保证乡镇学校正常运转的需要，从今年起，省财政将每年安排支出60多亿元。")
    assert names["60多亿元"] == "省财政乡镇学校正常运转每年支出"


def test_a_pilot_widened_to_a_share_of_counties_takes_the_programme_before() -> None:
    """加快推进城乡居民大病保险制度建设，今年把试点范围扩大到全省60%的县: that programme's pilot."""
    names = _names("加快推进城乡居民大病保险制度建设，今年把试点范围扩大到全省60%的县。")
    assert names["60%"] == "城乡居民大病保险试点覆盖县比例"


def test_research_key_projects_are_not_key_projects() -> None:
    """推进30项科技重点项目和50项基础研究重点项目: no key_projects (investment projects); 省重点项目 keeps it."""
    t = targets("城镇新增就业100万人。", GOALS + "推进30项科技重点项目和50项基础研究重点项目。实施省重点项目200个。")
    assert t.loc["30项", "indicator_key"] != "key_projects" and t.loc["50项", "indicator_key"] != "key_projects"
    assert t.loc["200个", "indicator_key"] == "key_projects"
