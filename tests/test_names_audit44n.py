"""Names of audit 44 (round fix56n): what each figure measures, in the real sentences of 六盘水 and 荆州 2024, and the
neighbouring constructions whose names stay as they were."""
from __future__ import annotations

from name_cases import names
from target_cases import targets

GRAIN = "坚持良田良种良机良法配套，推动粮油稳面积、增单产，分别完成粮食、油菜种植面积274万亩以上、35.5万亩以上，力争单产均提升2％左右。"


def test_members_after_an_opening_each_name_the_figures() -> None:
    got = names(GRAIN)
    assert got["274万亩"] == "粮食种植面积"
    assert got["35.5万亩"] == "油菜种植面积"


def test_members_before_each_kept() -> None:
    # 分别 after the list, and a figure-less clause before ，分别 (audit 39) name their members as before
    assert names("今年化学需氧量、氨氮排放量要分别下降2%、3%。") == {"2%": "化学需氧量下降", "3%": "氨氮排放量下降"}
    got = names("城镇、农村居民收入分别高于全国、全省1.2个百分点、2个百分点。")  # a comparison after 分别 names no members
    assert got["1.2个百分点"].startswith("城镇") and got["2个百分点"].startswith("农村")


def test_each_list_takes_its_members_baseline() -> None:
    t = targets("面对有气象记录以来最严重的冬春连旱，全力抗干旱保生产，全年粮食播种面积275万亩、产量64.9万吨，均超额完成年度目标任务。",
                GRAIN, 2023)
    assert t.loc["274万亩", "baseline_text"] == "275万亩"
    assert t.loc["274万亩", "feasibility"] == "below_last_year"
    assert t.loc["35.5万亩", "feasibility"] == "no_baseline"


def test_a_list_amount_still_sums_its_members() -> None:
    # 新改扩建中小学、幼儿园14所: one amount for its list, no member's figure as its baseline (audit 36)
    t = targets("新改扩建中小学6所、幼儿园37所。", "新改扩建中小学、幼儿园14所。", 2023)
    assert t.loc["14所", "baseline_text"] == ""


def test_bare_rate_shares_the_member_before() -> None:
    got = names("加快实施中心城区六大片区雨污管网分流和混接错接漏接专项改造，确保城市生活污水集中收集率提升至全国平均水平以上、处理率95％以上。")
    assert got["95％"] == "城市生活污水处理率"
    got = names("确保城市生活污水集中收集率达到70%、处理率95％以上。")
    assert got == {"70%": "城市生活污水集中收集率", "95％": "城市生活污水处理率"}


def test_listed_rates_kept() -> None:
    assert names("基本养老保险、基本医疗保险参保率达94%、98%以上。") == {"94%": "基本养老保险参保率", "98%": "基本医疗保险参保率"}


def test_bare_verb_count_takes_the_count_before_the_money() -> None:
    got = names("开工建设重大工程项目400个以上、完成投资380亿元以上，建成投产50个以上。")
    assert got["50个"] == "重大工程项目建成投产数"
    assert got["380亿元"] == "开工建设重大工程项目投资"


def test_bare_verb_count_after_a_count_kept() -> None:
    assert names("加快“四好农村路”建设，新改建60公里、养护1100公里。")["1100公里"] == "四好农村路建设养护长度"


def test_households_share_the_noun_of_the_next_member() -> None:
    got = names("（4）完善养老体系，启动3000户、完成2000户特殊困难老年人家庭适老化改造，打造5个示范性社区老年助餐点。")
    assert got["3000户"] == "启动特殊困难老年人家庭适老化改造户数"
    assert got["2000户"] == "特殊困难老年人家庭适老化改造户数"


def test_quotes_and_endnotes_take_no_room() -> None:
    assert names("（10）改善生活配套设施，创建1个省级农村“客货邮”融合发展试点县，新增定制公交线路10条。")["1个"] == "创建省级农村客货邮融合发展试点县数"
    assert names("出台商贸业高质量发展实施意见，加快推进中心城区18个“一刻钟便民生活圈”（30）建设。")["18个"] == "一刻钟便民生活圈建设数"


def test_short_quoted_noun_kept() -> None:
    assert names("建成10个“四好农村路”示范乡镇。")["10个"] == "建成四好农村路示范乡镇数"


def test_list_before_each_still_takes_the_review_members_figure() -> None:
    # 中心城区和县城…分别达98%、97%: the list stands before 分别; the review's 均达100% list names the first member (遵义 2024)
    t = targets("森林覆盖率保持在62%以上，中心城区环境空气质量优良率、22个国控断面水质优良率、县级以上集中式饮用水源地水质达标率、"
                "危险废物安全处置率均达100%，城乡生活垃圾无害化处理率提升至91%。",
                "确保中心城区和县城环境空气质量优良率分别达98%、97%以上。", 2023)
    assert t.loc["98%", "baseline_text"] == "100%"
    assert t.loc["98%", "feasibility"] == "met_already"


def test_equipping_verb_kept_in_the_name() -> None:
    # 完善9个…设施设备: the places equipped this year (data/name_words.csv 完善, chain_verb), not a stock of stations
    got = names("（8）丰富文化体育生活，完善9个基层综合文化站（中心）设施设备，建成社区健身路径或3人制篮球场20个，农体工程器材补充维护更新20个。")
    assert got["9个"] == "完善基层综合文化站(中心)设施设备数"
