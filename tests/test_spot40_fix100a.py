"""Spot audits 40 (定西, 盘锦, 石嘴山, 伊犁 2025), round fix100a: names built from the wrong words, on the target side and
on the review side, where baselines are found by wording."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from target_cases import baseline_of, class_of, targets


def _names(plan: str) -> dict[str, str]:
    """The indicator of each figure of ``plan`` (a plan part), by its text."""
    text = f"政府工作报告\n一、2024年工作回顾\n地区生产总值增长5%。\n二、2025年重点工作\n{plan}\n"
    q = extract_quantities(read_text(text))
    return dict(zip(q["text"], q["indicator"]))


def test_a_causative_clause_after_a_counted_noun_is_no_part_of_it() -> None:
    # 定西 row 20: 2.05万户土坯房改造让更多群众实现安居梦 is a count of houses rebuilt, 让… what it brings
    review = "完成3023户生态及地质灾害避险搬迁、2.05万户土坯房改造让更多群众实现安居梦。"
    t = targets(review, "完成土坯房改造6000户。")
    assert baseline_of(t, "6000户") == "2.05万户" and class_of(t, "6000户") == "below_last_year"
    # 出让 holds 让 but is no causative: 土地出让 stays the noun
    assert _names("新增5个土地出让项目。")["5个"] == "新增土地出让项目数"


def test_a_link_inside_a_served_pair_and_households_with_their_people() -> None:
    # 定西 rows 125, 126: 完成2712户1万人生态及地质灾害避险搬迁 against the review's 3023户生态及地质灾害避险搬迁
    review = "完成3023户生态及地质灾害避险搬迁、2.05万户土坯房改造让更多群众实现安居梦。"
    t = targets(review, "四是完成2712户1万人生态及地质灾害避险搬迁。")
    assert t.loc["2712户", "indicator"] == "生态及地质灾害避险搬迁户数"
    assert t.loc["1万人", "indicator"] == "生态及地质灾害避险搬迁人数"
    assert baseline_of(t, "2712户") == "3023户" and class_of(t, "2712户") == "below_last_year"
    # a count of things keeps a pair of its own apart (…和民生工程建设: two sets of works)
    assert _names("加快30个在建重大项目和民生工程建设。")["30个"] == "在建重大项目数"


def test_people_a_causative_clause_brings_something_to() -> None:
    # 盘锦 row 54: …竣工通水，完成…工程，让18万农村居民饮用水与城市同源同网同质
    names = _names("辽西北应急供水水源替代工程竣工通水，完成盘山、大洼农村供水保障工程，让18万农村居民饮用水与城市同源同网同质。")
    assert names["18万"] == "农村居民饮用水与城市同源同网同质人数"
    # no people after the count: not read so
    assert _names("完善机制，让3万亩耕地实现旱涝保收。")["3万亩"] == "耕地实现旱涝保收面积"


def test_a_share_of_things_that_reach_a_state() -> None:
    # 定西 row 22, 伊犁 row 23: N%的 + noun + 实现/达到 + state
    names = _names("实施一批项目，85%的行政村实现5G网络全覆盖。确保全州年内65%的村卫生室达到国家基本标准，实现协同联动。")
    assert names["85%"] == "行政村5G网络全覆盖比例"
    assert names["65%"] == "村卫生室达到国家基本标准比例"
    # no verb of a state reached after the noun: the share done, as before
    assert _names("完成90%的实物指标调查。")["90%"] == "实物指标调查完成比例"


def test_a_size_reached_is_named_by_its_subject() -> None:
    # 定西 row 105: 确保紧急转移安置保障能力达到5万人标准
    assert _names("增强应急物资储备保障能力，确保紧急转移安置保障能力达到5万人标准。")["5万人"].startswith("紧急转移安置保障能力")
    # a noun that only ends in 标准 is counted (制定30项地方标准)
    assert _names("制定30项地方标准。")["30项"] == "地方标准数"


def test_people_served_in_pairs_start_no_name() -> None:
    # 定西 row 143: 免费为经济困难群众和符合法定条件的当事人提供法律咨询2万人次以上
    name = _names("建立法律援助站，免费为经济困难群众和符合法定条件的当事人提供法律咨询2万人次以上。")["2万人次"]
    assert name == "提供法律咨询人次"
    # a short clause keeps its whole name
    assert _names("免费为经济困难群众提供法律咨询2万人次以上。")["2万人次"] == "免费为经济困难群众提供法律咨询人次"


def test_two_whole_measures_sharing_one_growth() -> None:
    # 石嘴山 row 36: 接待游客人次、旅游花费均增长10%以上
    review = "接待游客877万人次、实现旅游花费44.8亿元，分别增长10.2%、12.5%。"
    t = targets(review, "促进文化旅游融合发展，接待游客人次、旅游花费均增长10%以上。")
    assert list(t["indicator"]) == ["游客人次增长", "旅游花费增长"]  # (the lead verb left out, as for every member)
    assert list(t["baseline_text"]) == ["10.2%", "12.5%"]
    # members that need the last one's head still take it (二氧化硫、氮氧化物排放量)
    t = targets("地区生产总值增长5%。", "二氧化硫、氮氧化物排放量均下降3%。")
    assert list(t["indicator"]) == ["二氧化硫排放量下降", "氮氧化物排放量下降"]


def test_a_paired_list_second_noun_is_its_own() -> None:
    # 定西 row 11: 确保粮播面积、粮食产量稳定在600万亩、161万吨以上
    t = targets("粮播面积603.7万亩，粮食产量164.8万吨。", "确保粮播面积、粮食产量稳定在600万亩、161万吨以上。")
    assert t.loc["161万吨", "indicator"] == "粮食产量" and baseline_of(t, "161万吨") == "164.8万吨"
    # an area named with its crop and an output after a clause: the crop's output
    assert _names("粮食种植面积、单产实现“双增”，总产超298万吨。")["298万吨"] == "粮食总产量"
