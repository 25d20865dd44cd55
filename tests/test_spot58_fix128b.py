"""Held-out audit 58 (邵阳, 盘锦, 商洛, 阳江 2023), round fix128b: names of targets (a member that is an amount of its
own, a power member after a verb, a count's own result, a contracted 内外资, a year's investment of a totalled set, bare
projects of the field the sentence grips, 前期工作, counts shared by 各 around other figures)."""
from __future__ import annotations

import pandas as pd

from target_cases import targets


def _names(t: pd.DataFrame, text: str) -> list[str]:
    """The indicator names of the target rows written ``text``, in order."""
    return list(t.loc[[text]]["indicator"]) if text in set(t["text"]) else []


def test_a_member_that_is_an_amount_takes_no_head_of_another_amount() -> None:
    # 邵阳 row 19: 全社会研发投入、高新技术产业增加值分别增长15%以上 (not 全社会研发投入增加值增长)
    t = targets("全社会研发经费投入同比增长70.9%。", "推动全社会研发投入、高新技术产业增加值分别增长15%以上。", 2022)
    assert _names(t, "15%") == ["全社会研发投入增长", "高新技术产业增加值增长"]
    assert t.loc[["15%"]].iloc[0]["baseline_text"] == "70.9%"
    # a head that is no amount is still given: 二氧化硫、氮氧化物排放量 -> 二氧化硫排放量
    t = targets("二氧化硫排放量下降2%。", "二氧化硫、氮氧化物排放量要下降3%。", 2022)
    assert "二氧化硫排放量下降" in "".join(_names(t, "3%"))


def test_a_power_member_after_a_verb_takes_the_verb_not_the_noun() -> None:
    # 邵阳 row 9: 实现并网风电80万千瓦、光伏65万千瓦 (光伏 alone, not 并网风电光伏)
    t = targets("新增风电装机50万千瓦。", "推进风电、光伏、抽水蓄能等新能源项目建设，实现并网风电80万千瓦、光伏65万千瓦，建成四个储能电站。", 2022)
    assert _names(t, "65万千瓦") == ["并网光伏装机容量"] and _names(t, "80万千瓦") == ["并网风电装机容量"]
    # a bare 并网 after a member's 装机规模 still shares the subject (风电光伏并网装机容量)
    t = targets("新增风电装机50万千瓦。", "安排风电光伏装机规模3000万千瓦、并网2000万千瓦。", 2022)
    assert _names(t, "2000万千瓦") == ["风电光伏并网装机容量"]


def test_a_count_that_names_its_own_result_takes_no_verb_of_the_next_member() -> None:
    # 盘锦 row 46: 推动6个泊位竣工验收、2个泊位开工 (6个: 泊位竣工验收数, not …验收开工数)
    t = targets("8个万吨级以上泊位顺利推进。", "复工建设30万吨级原油码头，推动6个泊位竣工验收、2个泊位开工，开展航道研究论证等前期工作。", 2022)
    assert _names(t, "6个") == ["泊位竣工验收数"] and _names(t, "2个") == ["泊位开工数"]
    # a noun with no result of its own still takes the verb the list ends with
    t = targets("治理隐患路段100公里。", "完成180公里隐患路段、3672处平交道口隐患治理。", 2022)
    assert _names(t, "180公里") == ["隐患路段治理长度"]


def test_a_contracted_pair_of_capitals_is_written_out_before_its_figures() -> None:
    # 商洛 rows 21, 22: 全年利用内外资分别增长12%和15%以上 (利用内资 12 %, 利用外资 15 %; no subject of the clauses before)
    review = "招商到位资金1169亿元、增长40%，利用外资1.21亿美元、增长35%。"
    plan = "全市引进10亿元以上项目5个、20亿元以上项目2个，力争投资和产值百亿级产业项目实现“零”的突破，全年利用内外资分别增长12%和15%以上。"
    t = targets(review, plan, 2022)
    assert _names(t, "12%") == ["利用内资增长"] and _names(t, "15%") == ["利用外资增长"]
    assert t.loc[["15%"]].iloc[0]["baseline_text"] == "35%"
    # a 分别 list written in full is read as before
    t = targets(review, "利用内资、利用外资分别增长12%和15%以上。", 2022)
    assert _names(t, "15%") == ["利用外资增长"]


def test_a_years_investment_after_a_totalled_set_is_that_sets() -> None:
    # 阳江 row 31: 加快实施总投资2883.4亿元的112个市重点项目，…，力争全年投资超413.3亿元 (the year's, not 实施总投资)
    review = "推动122个重点项目加快建设、完成投资358亿元。"
    plan = ("坚持“三年工程瞄准两年干”，加快实施总投资2883.4亿元的112个市重点项目，推动20个投产项目加快达产、57个续建项目加快建成、"
            "35个新开工项目加快进度，力争全年投资超413.3亿元。")
    t = targets(review, plan, 2022)
    row = t.loc[["413.3亿元"]].iloc[0]
    assert row["indicator"] == "市重点项目年度投资" and row["indicator_key"] == "project_investment" and row["baseline_text"] == "358亿元"
    # with no year before 投资 the rule keeps out (the total stays a total)
    t = targets(review, "加快实施总投资2883.4亿元的112个市重点项目，力争投资超413.3亿元。", 2022)
    assert _names(t, "413.3亿元") != ["市重点项目年度投资"]


def test_bare_projects_take_the_field_the_sentence_grips_and_keep_their_preparatory_work() -> None:
    # 阳江 row 34: 抓好国省道项目建设，…，谋划推进…等6个项目 (国省道项目, not bare 谋划项目)
    t = targets("建成公路50公里。", "抓好国省道项目建设，建成国道G325线坪郊至轮水段改建工程等项目，谋划推进国道G228线良洞至雅韶段改建工程等6个项目。", 2022)
    assert _names(t, "6个") == ["谋划国省道项目数"]
    # a sentence opening with another kind of clause gives no field
    t = targets("建成公路50公里。", "加快完善“六横六纵”快捷路网，谋划推进西平路快速化改造等8个项目。", 2022)
    assert _names(t, "8个") == ["谋划项目数"]
    # 阳江 row 42: 抓好…等15个项目前期工作 (前期工作, not 前期)
    t = targets("建成公路50公里。", "力促西部沿海高速阳江南联络线年内动工，抓好沈海高速阳东支线、郁南至阳西高速等15个项目前期工作。", 2022)
    assert _names(t, "15个") == ["项目前期工作数"]


def test_a_count_shared_by_each_around_other_figures_is_each_members() -> None:
    # 邵阳 row 26: 新增年营收5000万元以上规模工业企业、示范标杆企业各100家 (a money class inside a member)
    t = targets("新增企业5家。", "新增年营收5000万元以上规模工业企业、示范标杆企业各100家。", 2022)
    assert _names(t, "100家") == ["新增年营收5000万元以上规模工业企业数", "新增示范标杆企业数"]
    # 邵阳 row 33: 新增地方金融机构和新三板挂牌企业各1家以上、区域性股权市场挂牌企业10家以上 (another member's figure after 、)
    t = targets("新增企业5家。", "新增地方金融机构和新三板挂牌企业各1家以上、区域性股权市场挂牌企业10家以上，实现全覆盖。", 2022)
    assert _names(t, "1家") == ["新增地方金融机构数", "新增新三板挂牌企业数"] and _names(t, "10家") == ["新增区域性股权市场挂牌企业数"]
    # a figure inside the clause that is no class still keeps the list one row
    t = targets("新增企业5家。", "引进项目5个，新增规模工业企业、示范标杆企业10家。", 2022)
    assert len(_names(t, "10家")) == 1
