"""Names of figures whose clause lost its subject (issue 11, audit 8 group 6: names on reports from
outside the corpus). The rules are general (extract/name_subjects.py, data/name_subjects.json);
sentences are written in the style of a report, with wording, crops, places and numbers altered;
the expected names were checked by reading them."""
from __future__ import annotations

import pytest

from name_cases import names


@pytest.mark.parametrize("sentence, figure, name", [
    # 预期 before a change (or closing the name) says how the plan holds the figure: no part of the name
    ("今年广义货币供应量预期增长12%左右。", "12%", "广义货币供应量增长"),
    ("进出口总额预期增长6%左右。", "6%", "进出口总额增长"),
    ("经济增长预期6%左右。", "6%", "经济增长"),
    ("人均预期寿命提高到79岁。", "79岁", "人均预期寿命"),  # 预期寿命 is what is measured
])
def test_a_modal_before_a_change_is_dropped(sentence: str, figure: str, name: str) -> None:
    assert names(sentence)[figure] == name


def test_stable_before_a_level_is_dropped_and_the_figure_after_borrows_the_mended_name() -> None:
    # 稳定 right before the figure says the level is held; 、产量 is the crop's output, not its area's
    got = names("实施蔬菜保供行动，蔬菜面积稳定120万亩、产量260万吨左右。")
    assert got == {"120万亩": "蔬菜面积", "260万吨": "蔬菜产量"}


@pytest.mark.parametrize("sentence, figure, name", [
    # 占X的N%: the share of what stands before 占 (after 按, 确保 … that open the clause) in X
    ("全市民生支出占一般公共预算支出的78%。", "78%", "民生支出占一般公共预算支出比重"),
    ("省财政已按全省财政性科技支出占一般公共预算支出的5%安排预算。", "5%", "财政性科技支出占一般公共预算支出比重"),
    # no subject in the clause: the figure before is the part
    ("地铁运营里程达到500公里，占全省的45%。", "45%", "地铁运营里程占全省比重"),
    # a name that says 比重 already is left as the namer gives it
    ("全社会研发经费支出占地区生产总值的比重由2020年的2.1%提高到2.5%。", "2.5%", "全社会研发经费支出占地区生产总值的比重"),
])
def test_a_share_of_a_whole_names_the_part(sentence: str, figure: str, name: str) -> None:
    assert names(sentence)[figure] == name


def test_a_share_of_places_is_the_share_covered() -> None:
    got = names("将农村义务教育营养改善计划试点范围扩大到80%的县（市、区）。")
    assert got["80%"] == "农村义务教育营养改善计划试点覆盖县比例"


def test_a_distributive_list_cut_by_a_basis_names_each_member() -> None:
    # 平均每50公斤 (a figure of its own) stands between the 、 list and 分别: each figure is a member's
    got = names("今年小麦、玉米最低收购价平均每50公斤分别提高6元和9元。")
    assert got["6元"] == "小麦最低收购价提高"
    assert got["9元"] == "玉米最低收购价提高"
    # a list with no basis between is named as before
    assert names("城镇、农村居民人均可支配收入分别增长6%和7%。") == {
        "6%": "城镇居民人均可支配收入增长", "7%": "农村居民人均可支配收入增长"}


def test_a_bare_output_verb_takes_the_object_of_the_opening_clause() -> None:
    got = names("继续推进公共租赁住房建设，在保证质量的前提下，基本建成20万套，新开工30万套以上。")
    assert got == {"20万套": "公共租赁住房基本建成数", "30万套": "公共租赁住房新开工数"}


def test_a_size_after_a_quality_raised_is_the_size_of_the_trade() -> None:
    got = names("提升新能源汽车产业核心竞争力，力争产值突破2000亿元。")
    assert got["2000亿元"] == "新能源汽车产业产值"


@pytest.mark.parametrize("sentence, figure, name", [
    # 提高到每人每月 is the step and its basis, not part of the standard's name
    ("城乡居民基本养老保险基础养老金提高到每人每月150元。", "150元", "城乡居民基本养老保险基础养老金"),
    ("新农合补助标准提高到每人每年320元。", "320元", "新农合补助标准"),
])
def test_a_step_to_a_per_head_standard_is_no_part_of_its_name(sentence: str, figure: str, name: str) -> None:
    assert names(sentence)[figure] == name


def test_a_count_of_two_nouns_sharing_a_head_counts_both() -> None:
    got = names("开展智能制造行动，新建80个数字车间、数字工厂，培育工业互联网平台5个。")
    assert got["80个"] == "新建数字车间和数字工厂数"
    assert got["5个"] == "培育工业互联网平台数"  # a member with a figure of its own is not joined


def test_a_bare_verb_takes_the_object_the_report_gives_it_elsewhere() -> None:
    # the same verb right before a figure in the same unit, with one object elsewhere in the report
    got = names("全年中欧班列开行700列。推进陆港型物流枢纽建设，开行列数突破800列。")
    assert got["800列"] == "中欧班列开行数"
    got = names("全年棚户区安置住房基本建成30万套。继续推进城市更新行动，在保证质量的前提下，基本建成35万套。")
    assert got["35万套"] == "棚户区安置住房基本建成数"
    # two objects elsewhere: none is taken, the opening clause's is
    got = names("全年公租房基本建成3万套，安置房基本建成2万套。继续推进保障房建设，在保证质量的前提下，基本建成5万套。")
    assert got["5万套"] == "保障房基本建成数"


def test_an_amount_before_a_noun_of_kinds_stays_in_the_count_name() -> None:
    # 300亿产业链: chains of that size (a class); the count after them keeps the class
    got = names("力争培育百亿企业2家，新增300亿产业链1个，农产品加工产值超1500亿元。")
    assert got["1个"] == "新增300亿产业链数"
    assert names("其中30亿元以上项目80个。")["80个"] == "30亿元以上项目数"  # a class word after the amount: as before


def test_an_output_after_a_clause_of_the_crops_area_is_the_crops_output() -> None:
    # 总产 with its crop in the clause before, which names the area and yield: the crop's output
    assert names("油菜种植面积、单产实现“双增”，总产超12万吨。") == {"12万吨": "油菜总产量"}
