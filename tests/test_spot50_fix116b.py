"""Held-out audit 50 (楚雄, 安阳, 咸阳, 齐齐哈尔, 珠海 2023), round fix116b: names and baselines read from the wrong words
(a long rank clause between a level and its growth, a ranking's 位 read as people)."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from target_cases import baseline_of, targets


def _names(review: str, plan: str = "地区生产总值增长5%。") -> dict[str, str]:
    """The indicator of each figure of a report of ``review`` and ``plan``, by its text."""
    text = f"政府工作报告\n一、2022年工作回顾\n{review}\n二、2023年重点工作\n{plan}\n"
    q = extract_quantities(read_text(text))
    return dict(zip(q["text"], q["indicator"]))


def test_a_growth_after_a_level_and_a_long_rank_clause_is_the_levels() -> None:
    # 楚雄 G1: 地区生产总值达到1763.42亿元、上升至…第6位和全省第5位，增长6.7%
    review = "地区生产总值达到1763.42亿元、上升至全国30个民族自治州第6位和全省第5位，增长6.7%、居全省第2位。"
    assert _names(review)["6.7%"] == "地区生产总值增长"
    t = targets(review, "地区生产总值增长7%以上。", review_year=2022)
    assert baseline_of(t, "7%") == "6.7%"
    # a growth with its own subject after the rank clause stays its own
    names = _names("地区生产总值达到1763.42亿元、上升至全省第5位，城镇居民收入增长6.7%。")
    assert names["6.7%"] != "地区生产总值增长"


def test_places_moved_up_a_ranking_are_no_people() -> None:
    # 楚雄 G4: 国家高新区综合评价排位上升3位以上
    names = _names("工业增长5%。", "确保国家高新区综合评价排位上升3位以上。")
    assert "人数" not in names["3位"] and names["3位"].endswith("位次")
    # 位 after no ranking word: the count is kept as it was named
    names = _names("工业增长5%。", "引进院士专家3位。")
    assert not names["3位"].endswith("位次")


def test_members_told_apart_by_their_verbs_keep_them() -> None:
    # 安阳 G2: 全年签约项目、开工项目、投产项目均达到100个以上: three rows, each with its verb
    t = targets("新开工项目80个。", "全年签约项目、开工项目、投产项目均达到100个以上。", review_year=2022)
    assert set(t["indicator"]) >= {"签约项目数", "开工项目数", "投产项目数"}


def test_a_later_member_is_a_sibling_of_the_first_members_kind() -> None:
    # 安阳 G2: 培育市级农民专业合作社示范社20家、示范家庭农场10家: 市级示范家庭农场, not 合作社示范家庭农场
    names = _names("工业增长5%。", "培育市级农民专业合作社示范社20家、示范家庭农场10家。")
    assert names["10家"] == "培育市级示范家庭农场数"
    # a modifier of 示范 (no head of the first member's in it) is still shared
    names = _names("工业增长5%。", "创建省级和美乡村示范县1个、示范乡镇8个。")
    assert "和美乡村示范乡镇" in names["8个"]


def test_a_numbered_pair_closing_a_quoted_label_is_no_figure() -> None:
    # 安阳 G2: 实施公园项目4个、“两场一所”项目18个
    names = _names("工业增长5%。", "实施公园项目4个、“两场一所”项目18个。")
    assert "一所" not in names and "两场一所" in names["18个"]
    # a count of institutes outside a label is still read
    names = _names("工业增长5%。", "新建学校两所、幼儿园一所。")
    assert "一所" in names


def test_firms_counted_in_hu_and_jia_are_one_count() -> None:
    # 咸阳 G1: 帮扶50家企业升级治污设施 and 完成企业治污设施升级210户
    t = targets("完成企业治污设施升级210户。", "帮扶50家企业升级治污设施。", review_year=2022)
    assert baseline_of(t, "50家") == "210户"
    # households (no firm word) are no firms
    t = targets("完成农户厕所改造210户。", "帮扶50家养殖场改造厕所。", review_year=2022)
    assert baseline_of(t, "50家") == ""


def test_newly_listed_is_an_addition() -> None:
    # 咸阳 G2: 新纳省级上市后备企业15家 is the year's addition a 培育 target is measured by
    t = targets("新纳省级上市后备企业15家。", "培育省级重点上市后备企业20家。", review_year=2022)
    assert baseline_of(t, "20家") == "15家"


def test_a_share_of_a_fund_put_to_a_use() -> None:
    # 咸阳 G5: 把衔接资金60%以上用于产业发展
    assert _names("工业增长5%。", "把衔接资金60%以上用于产业发展。")["60%"] == "衔接资金用于产业发展比例"
    # with no subject before the share: not named by the opening verb's use
    assert "用于" not in _names("工业增长5%。", "确保80%以上用于民生。")["80%"]


def test_filler_words_and_green_power_are_synonyms() -> None:
    # 齐齐哈尔 G3: 举办赛事活动150场以上 and 举办系列赛事100余场; 新能源规模 and 绿电规模
    t = targets("依托冰球节举办系列赛事100余场。绿电规模达到260万千瓦。",
                "举办赛事活动150场以上。风、光、生物质等新能源规模达到300万千瓦。", review_year=2022)
    assert baseline_of(t, "150场") == "100余场" and baseline_of(t, "300万千瓦") == "260万千瓦"


def test_a_total_there_is_no_baseline_of_an_addition() -> None:
    # 珠海 G1: 年内新增高企600家以上 is not measured by 积极培育高新技术企业，全市共2304家
    t = targets("积极培育高新技术企业，全市共2304家、增长11%。", "年内新增高企600家以上。", review_year=2022)
    assert baseline_of(t, "600家") == ""
    # an addition stated as one is still its baseline
    t = targets("积极培育高新技术企业，新增高新技术企业500家。", "年内新增高企600家以上。", review_year=2022)
    assert baseline_of(t, "600家") == "500家"
