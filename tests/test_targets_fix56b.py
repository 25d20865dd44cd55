"""Targets after audit 44 (fix56b): lists and the words their members share — the later figures of a 分别 list share the
clause before 分别 and its verb (泰安 瞪羚企业); a level opening the first member of a 各 list is every member's (泰安 省级电商…基地);
a 和 pair of measures before two figures in two units is matched member by member (泰安 粮食种植面积和产量); a 其中 part of a
新增 whole is new too (湖州 银行贷款); a 均 list of shares each ending in its own share word gives a row each (湖州 比重、集聚度);
names start in the figure's own clause (湖州 深化小城市…) and a bare share takes the thing of the clause before (湖州 营收占比)."""
from __future__ import annotations

import pandas as pd

from govreport import extract_quantities, read_text
from target_cases import targets

GOALS = "地区生产总值增长5.5%以上。"
TAIAN_REVIEW = "新培育专精特新“小巨人”企业15家、专精特新中小企业178家、瞪羚企业18家，国家级制造业单项冠军企业达到17家。"
TAIAN_FIRMS = ("强化优质企业梯次培育，深化“企业育苗”行动，新增规上工业企业200家以上，专精特新“小巨人”企业、省级以上单项冠军企业和"
               "专精特新中小企业、瞪羚企业分别新增10家、10家、80家、15家以上。")


def _rows(t: pd.DataFrame, text: str) -> pd.DataFrame:
    return t[t["text"] == text]


def _names(sentence: str) -> dict[str, str]:
    q = extract_quantities(read_text("政府工作报告\n二、2024年重点工作\n" + sentence + "\n"))
    return dict(zip(q["text"], q["indicator"]))


def test_a_later_member_of_a_each_list_shares_the_flow_word_after_each() -> None:
    """…专精特新中小企业、瞪羚企业分别新增10家、10家、80家、15家以上: 80家 is firms added (a flow), measured by 新培育…178家."""
    t = targets(TAIAN_REVIEW, GOALS + TAIAN_FIRMS, 2023)
    row = _rows(t, "80家").iloc[0]
    assert row["measure"] == "flow"
    assert row["baseline_text"] == "178家" and row["feasibility"] == "below_last_year"


def test_the_last_member_of_a_each_list_finds_its_own_baseline() -> None:
    """15家 (瞪羚企业) is named by its own member, so 新培育…瞪羚企业18家 is its baseline."""
    t = targets(TAIAN_REVIEW, GOALS + TAIAN_FIRMS, 2023)
    row = _rows(t, "15家").iloc[0]
    assert row["indicator"] == "瞪羚企业新增数"
    assert row["baseline_text"] == "18家" and row["feasibility"] == "below_last_year"


def test_a_each_list_reached_keeps_its_levels() -> None:
    """分别达到 makes no flow of a later member (神农架、…森林覆盖率分别达到…: the neighbouring right behaviour)."""
    t = targets("", GOALS + "高新技术企业、科技型中小企业总数分别达到1000家、1400家。", 2023)
    assert _rows(t, "1400家").iloc[0]["measure"] != "flow"


def test_a_level_opening_the_first_member_of_a_ge_list_is_every_member_s() -> None:
    """开展“触网上云”行动，创建省级电商直播基地、电商供应链基地各2个以上: both 省级."""
    t = targets("", GOALS + "开展“触网上云”行动，创建省级电商直播基地、电商供应链基地各2个以上。", 2023)
    assert sorted(_rows(t, "2个")["indicator"]) == ["省级电商供应链基地创建数", "省级电商直播基地创建数"]


def test_a_member_with_its_own_level_keeps_it() -> None:
    """A later member naming a level of its own (市级) takes no other."""
    t = targets("", GOALS + "创建省级电商直播基地、市级电商供应链基地各2个以上。", 2023)
    assert "省级市级电商供应链基地创建数" not in set(_rows(t, "2个")["indicator"])


def test_a_he_pair_before_two_figures_in_two_units_is_matched_member_by_member() -> None:
    """粮食种植面积和产量稳定在557万亩、262万吨以上: 557万亩 is the area, 262万吨 the output."""
    names = _names("坚决扛牢粮食安全政治责任，粮食种植面积和产量稳定在557万亩、262万吨以上。")
    assert names["557万亩"] == "粮食种植面积"
    assert names["262万吨"] == "粮食产量"


def test_a_he_pair_before_figures_in_one_unit_is_left_whole() -> None:
    """Two figures in one unit (学校和幼儿园5所、6所) are not paired by this rule."""
    names = _names("新建学校和幼儿园5所、6所。")
    assert names["5所"] != "学校"


def test_a_part_of_an_added_whole_is_added_too() -> None:
    """力争新增社会融资2500亿元，其中银行贷款1500亿元: new loans, not the loan stock."""
    names = _names("打造金融生态最优市，力争新增社会融资2500亿元，其中银行贷款1500亿元，制造业中长期贷款增速快于各项贷款增速。")
    assert names["1500亿元"] == "新增银行贷款"


def test_a_part_of_a_stock_takes_no_flow_word() -> None:
    """其中 after a balance reached (余额达到…) stays a stock."""
    names = _names("贷款余额达到5000亿元，其中制造业贷款1500亿元。")
    assert not names["1500亿元"].startswith("新增")


HUZHOU_PARKS = "全面推动“2+8”产业平台能级提升，规上工业营收占全市比重、新引进八大新兴产业链项目集聚度均达到85%以上。"


def test_shares_each_ending_in_their_own_share_word_each_get_a_row() -> None:
    """规上工业营收占全市比重、新引进八大新兴产业链项目集聚度均达到85%以上: two goals, one each."""
    t = targets("", GOALS + HUZHOU_PARKS, 2023)
    assert sorted(_rows(t, "85%")["indicator"]) == ["新引进八大新兴产业链项目集聚度", "规上工业营收占全市比重"]


def test_a_degree_is_not_measured_by_a_share() -> None:
    """…项目集聚度 is not measured by the review's 八大新兴产业链项目占比提升到70.6%."""
    t = targets("备案3亿元以上项目207个，八大新兴产业链项目占比提升到70.6%。", GOALS + HUZHOU_PARKS, 2023)
    assert _rows(t, "85%")["baseline_text"].fillna("").eq("").all()


def test_a_share_keeps_its_review_share() -> None:
    """八大新兴产业链项目占比75%以上 still takes 70.6% (the neighbouring right behaviour)."""
    t = targets("备案3亿元以上项目207个，八大新兴产业链项目占比提升到70.6%。",
                GOALS + "引进3亿元以上项目超过300个，八大新兴产业链项目占比75%以上。", 2023)
    assert _rows(t, "75%").iloc[0]["baseline_text"] == "70.6%"


def test_a_name_starts_in_the_figure_s_own_clause() -> None:
    """深化小城市培育建设，推进城乡风貌整治提升，创成…: no 深化小城市 before 创成."""
    names = _names("深化小城市培育建设，推进城乡风貌整治提升，创成省级城乡风貌样板区7个、未来社区12个、现代化美丽城镇示范镇5个以上。")
    assert not any(n.startswith("深化") for n in names.values())
    assert names["7个"] == "创成省级城乡风貌样板区数"


def test_a_subject_clause_still_names_its_figures() -> None:
    """元大高速建设快速推进，完成…: the subject before light words still names the figures (scenes)."""
    names = _names("元大高速建设快速推进，完成征地拆迁782.34亩。")
    assert "元大高速" in names["782.34亩"]


def test_a_bare_share_takes_the_thing_of_the_clause_before() -> None:
    """“一链一策”迭代培育…等八大新兴产业链，确保营收占比提高2个百分点以上: the chains' share."""
    names = _names("大力发展新质生产力，“一链一策”迭代培育半导体及光电、新能源汽车及关键零部件等八大新兴产业链，确保营收占比提高2个百分点以上。")
    assert names["2个百分点"] == "八大新兴产业链营收占比提高"


def test_a_class_part_keeps_the_kind_of_its_whole() -> None:
    """3亿元以上制造业项目开工180个、竣工100个，其中10亿元以上项目开工超过35个: the part is of 制造业 projects too."""
    names = _names("3亿元以上制造业项目开工180个、竣工100个，其中10亿元以上项目开工超过35个，力争制造业投资增长9%。")
    assert names["35个"] == "10亿元以上制造业项目开工数"


def test_a_class_part_of_a_whole_without_a_kind_stays_as_it_is() -> None:
    """No kind in the whole (亿元以上项目开工180个): nothing to carry."""
    names = _names("亿元以上项目开工180个，其中10亿元以上项目开工超过35个。")
    assert names["35个"] == "10亿元以上项目开工数"


def test_a_class_part_takes_the_new_things_verb_of_its_whole_too() -> None:
    """力争新引进10亿元以上产业项目100个以上，其中100亿元以上项目10个: new projects of the industry, the kind and the verb kept."""
    names = _names("力争新引进10亿元以上产业项目100个以上，其中100亿元以上项目10个，实际利用外资10.6亿美元以上。")
    assert names["10个"] == "新引进100亿元以上产业项目数"
