"""Keys and baselines after audit 10 (docs/audits/targets_10.md, fault classes "baseline of another set or
another threshold", "baseline missing although the review states the same measure" and "keys that file a
part or another measure"): one test per rule, on paraphrased sentences run through the real reader and
extractor (docs/assumptions.md#baseline-matching)."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from target_cases import targets


def keys(sentence: str) -> dict[str, str]:
    """Figure text -> indicator key, for the figures of ``sentence`` in a plan part."""
    table = extract_quantities(read_text("二、2025年重点工作\n" + sentence + "\n"))
    return dict(zip(table.text, table.indicator_key.fillna("")))


def test_one_amount_for_a_list_takes_no_members_key() -> None:
    """保障性住房、棚户区改造住房共N套 is the sum of both kinds: not the key of the last member."""
    assert keys("再开工建设保障性住房、棚户区改造住房共800万套。")["800万套"] == ""
    assert keys("开工改造棚户区住房600万套。")["600万套"] == "shantytown_renovation"


def test_a_qualifier_before_a_registered_noun_narrows_it() -> None:
    """跨境电商进出口 is a part of foreign trade, 港口重点项目 a part of the key projects: no key."""
    assert keys("跨境电商进出口增长12%以上。")["12%"] == ""
    assert keys("实施港口重点项目15个。")["15个"] == ""
    assert keys("外贸进出口增长3%左右。")["3%"] == "foreign_trade_growth"
    assert keys("实施省重点项目300个。")["300个"] == "key_projects"


def test_dilapidated_houses_without_rural_are_not_rural_dilapidated_housing() -> None:
    """危旧房 (urban renewal) is not 农村危房; 农村危旧房改造 still is."""
    assert keys("改造危旧房2000户。")["2000户"] == ""
    assert keys("完成农村危旧房改造1.2万户。")["1.2万户"] == "rural_dilapidated_housing"


def test_the_investment_of_another_set_of_projects_is_no_baseline() -> None:
    """产业项目 (plan) and 城市更新项目 (review) are two sets of projects: no baseline; the same set still matches."""
    review = "加快实施城中村、老旧小区改造等城市更新项目，完成投资400亿元。"
    t = targets(review, "全面发力产业项目，全年实施产业项目900个、计划投资1500亿元。")
    assert t.loc["1500亿元"].baseline_text == ""
    t = targets(review, "持续推进城市更新项目，全年实施城市更新项目150个，计划投资450亿元。")
    assert t.loc["450亿元"].baseline_text == "400亿元"


def test_a_class_over_another_amount_is_another_measure() -> None:
    """营业收入过50亿元企业 (plan) is measured neither by 过百亿元企业 nor by 过十亿元企业 (review); 过100亿元 by 过百亿元."""
    review = "新培育营业收入过百亿元企业3家、过十亿元企业12家。"
    t = targets(review, "新培育营业收入过100亿元企业2家、过50亿元企业4家。")
    assert t.loc["4家"].baseline_text == ""
    assert t.loc["2家"].baseline_text == "3家"


def test_a_word_of_holding_is_no_kind_of_thing() -> None:
    """稳定开行班列 (plan) is measured by 年开行班列 (review): 稳定 says how the plan holds the figure."""
    t = targets("中欧班列集结中心加快建设，年开行班列突破900列。", "建成投用中欧班列集结中心，稳定开行班列900列以上。")
    row = t[t.indicator == "稳定开行班列数"].iloc[0]
    assert row.baseline_text == "900列" and row.match == "same"


def test_ge_and_jia_count_the_same_facilities() -> None:
    """新增城市书房12个 (plan) is measured by 城市书房10家 (review): 个 and 家 count the same facilities."""
    t = targets("新建基层综合性文化服务中心60家、城市书房10家。", "新增城市书房12个、文化驿站15个。")
    assert t.loc["12个"].baseline_text == "10家"


def test_loans_are_measured_by_the_loans_of_a_contracted_pair() -> None:
    """存贷款余额分别达到A、B (review) gives the loans B: the baseline of 本外币贷款余额 (plan)."""
    t = targets("金融机构本外币存贷款余额分别达到2.5万亿元、2.6万亿元。", "本外币贷款余额达到2.8万亿元。")
    assert t.loc["2.8万亿元"].baseline_text == "2.6万亿元"


def test_a_share_of_places_reached_is_a_level_with_a_baseline() -> None:
    """扩大到全国40%的县 is the share reached (not a growth rate), measured by 覆盖24%的县."""
    t = targets("新型农村社会养老保险试点覆盖24%的县。", "将新型农村社会养老保险试点范围扩大到全国40%的县。")
    row = t.loc["40%"]
    assert row.measure == "share" and row.baseline_text == "24%"


def test_one_firms_output_is_no_baseline_of_the_whole() -> None:
    """比亚迪新能源汽车生产 (review) is one firm's output when the target's sentence lists 比亚迪 among firms."""
    review = "起步区建设加力提速，比亚迪新能源汽车生产突破20万辆。"
    t = targets(review, "推动比亚迪、吉利等龙头车企产能爬坡，新能源汽车产量达到30万辆以上。")
    assert t.iloc[-1].baseline_text == ""
    t = targets("全市新能源汽车产量突破20万辆。", "推动比亚迪、吉利等龙头车企产能爬坡，新能源汽车产量达到30万辆以上。")
    assert t.iloc[-1].baseline_text == "20万辆"
