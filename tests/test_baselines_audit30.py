"""Baselines after audit 30 (docs/audits/targets_30.md, fault classes "baselines of the same measure refused" and "baselines of
another measure taken"): paraphrased sentences run through the real reader and extractor (tables/list_baselines.py,
tables/baseline_scope.py, data/baseline_scopes.json, data/tables_synonyms.csv)."""
from __future__ import annotations

import pandas as pd

from target_cases import targets

GOALS = "地区生产总值增长5%左右。"


def _base(t: pd.DataFrame, text: str) -> str:
    rows = t.loc[[text]]
    value = rows["baseline_text"].iloc[0]
    return "" if pd.isna(value) else str(value)


def test_every_member_of_a_review_list_pairs_with_its_own_amount() -> None:
    """The fourth member of a 分别 list of four (a member with 和 inside stays one) takes the fourth amount (GZ24#14)."""
    t = targets("家具、钢铁和新材料、光电、纺织产业集群营收分别达2600亿元、1700亿元、1500亿元、1000亿元。",
                GOALS + "力争纺织产业集群营收达1200亿元。")
    assert _base(t, "1200亿元") == "1000亿元"


def test_the_third_member_split_at_he_takes_the_third_amount_with_the_change_word() -> None:
    """A、B和C分别增长x、y、z: C增长 takes z (ZY24#61)."""
    t = targets("全年过夜游客人次、文旅收入和游客人均花费分别增长30%、40%、6.5%。",
                GOALS + "过夜游客人次、文旅收入、游客人均花费分别增长9%、12%、4%以上。")
    assert _base(t, "4%") == "6.5%"


def test_three_industries_are_the_first_second_and_third() -> None:
    """三次产业分别增长x、y、z: 第一产业增加值增长 takes x (ZY24#71)."""
    t = targets("全年地区生产总值增长6%；三次产业分别增长3.5%、7.1%、5.9%。", GOALS + "第一产业增加值增长4%。")
    assert _base(t, "4%") == "3.5%"


def test_a_member_alone_is_no_member_name() -> None:
    """茶叶产量、产值分别增长…: 产值 alone says whose only through the member before: no alias for a bare 产值增长."""
    t = targets("茶叶产量、产值分别增长6%、8.5%。", GOALS + "产值增长10%。")
    assert _base(t, "10%") == ""


def test_one_rate_shared_by_a_list_is_each_member_s() -> None:
    """A比例、B比例稳定在100%: the first member takes it too (MY24#90); 危废 is 危险废物 (ZY24#92)."""
    t = targets("国省考核断面水质优良比例、县级集中式饮用水水源地水质达标比例稳定在100%。",
                GOALS + "国省考核断面水质优良比例、县级集中式饮用水水源地水质达标比例均保持100%。")
    assert _base(t, "100%") == "100%" and len(t.loc[["100%"]]) == 2 and (t.loc[["100%"], "baseline_text"] == "100%").all()
    t = targets("空气质量优良率、危险废物安全处置率均达100%。", GOALS + "污染地块安全利用率、危废安全处置率均达100%。")
    assert (t.loc[["100%"]].set_index("indicator").loc["危废安全处置率", "baseline_text"]) == "100%"


def test_an_item_of_the_central_city_takes_no_city_wide_figure() -> None:
    """九是实施中心城区…工程，抓好N个老旧小区改造 is not measured by the city's 改造老旧小区M个 (GZ24#97); a review sentence
    naming 中心城区 before its figure keeps it."""
    t = targets("改造老旧小区130个。", GOALS + "九是实施中心城区安居提升工程，抓好30个老旧小区改造。")
    assert _base(t, "30个") == ""
    t = targets("推进中心城区交通缓堵，治理交通堵乱点130处。", GOALS + "治理中心城区交通堵乱点60处。")
    assert _base(t, "60处") == "130处"


def test_additions_are_no_baseline_of_a_stock_held() -> None:
    """新设立X M户 counts additions; 企业稳定在N户以上 a stock, though its name carries the sibling's 新设立 (ZY24#46)."""
    t = targets("新设立市场主体11万户。", GOALS + "新设立市场主体8万户，“四上”企业300户，企业稳定在17万户以上。")
    assert _base(t, "17万户") == ""


def test_the_year_total_wins_over_a_count_of_examples() -> None:
    """X等46项成果转化落地 is a scheme's set; 全年成果转化145项 the year's total the target counts (MY24#15)."""
    t = targets("“科技助理”制度深入实施，A型放疗技术等40项科技成果转化落地。全年成果转化140项，技术合同成交额超90亿元。",
                GOALS + "力争转移转化B型放疗技术等科技成果150项以上。")
    assert _base(t, "150项") == "140项"


def test_a_count_of_parks_is_no_baseline_of_a_count_of_firms() -> None:
    """11个工业园区集聚…企业989家: 11个 counts parks, not 10亿元企业 (MY24#35)."""
    t = targets("12个工业园区集聚规上工业企业900家。", GOALS + "新增规上工业企业90家、10亿元企业8家。")
    assert _base(t, "8家") != "12个"


def test_one_noun_under_another_verb_or_wording() -> None:
    """完成营造林 adds as 新增营造林 (MY24#92); 多渠道 is no kind (MY24#97); 复工和处置 is 盘活处置 (ZY24#57); X占Y比重 is Y X占比
    (MY24#96); a batch (第二批) is no other title where the target names none (MY24#77)."""
    t = targets("完成营造林45万亩。", GOALS + "新增营造林30万亩。")
    assert _base(t, "30万亩") == "45万亩"
    t = targets("多渠道筹集保障性租赁住房8000套（间）。", GOALS + "筹集保障性租赁住房5500套（间）、发放公租房租赁补贴1万户。")
    assert _base(t, "5500套") == "8000套"
    t = targets("成功复工和处置停缓建项目450个。", GOALS + "盘活处置停缓建项目400个。")
    assert _base(t, "400个") == "450个"
    t = targets("民生支出占一般公共预算支出比重达68%。", GOALS + "确保全市一般公共预算民生支出占比稳定在65%以上。")
    assert _base(t, "65%") == "68%"
    t = targets("第二批省级百强中心镇2个。", GOALS + "争创省级百强中心镇3个以上。")
    assert _base(t, "3个") == "2个"


def test_two_batches_are_two_measures() -> None:
    """第二批合作事项 is not measured by 第一批合作事项 (both name a batch)."""
    t = targets("第一批合作事项完成22项。", GOALS + "全面推进第二批合作事项落地见效50项。")
    assert _base(t, "50项") == ""


def test_total_output_value_is_output_value() -> None:
    """X总产值 is measured by X产值 (ZY24#11)."""
    t = targets("实现白酒产值1200亿元。", GOALS + "力争规模以上企业年产白酒24万千升，总产值突破1400亿元。")
    assert _base(t, "1400亿元") == "1200亿元"


def test_and_above_is_above_under_the_same_action() -> None:
    """新引进5亿元及以上项目 is measured by 全年新招引项目…，其中5亿元以上项目N个 (MY24#68); not under another action."""
    t = targets("全年新招引项目250个、金额2400亿元，其中5亿元以上项目160个、百亿级工业项目4个。",
                GOALS + "力争新引进5亿元及以上项目超120个。")
    assert _base(t, "120个") == "160个"
    t = targets("全年竣工项目250个，其中5亿元以上项目160个。", GOALS + "力争新引进5亿元及以上项目超120个。")
    assert _base(t, "120个") == ""
