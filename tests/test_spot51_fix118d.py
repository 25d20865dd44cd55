"""Held-out audits 51 (娄底, 晋中, 商丘, 江门, 玉溪 2023), round fix118d: names of list members and clause debris — a later
member with only a scope takes the first's measure, each member keeps its own class or noun, a shared tail reaches both
members of a pair, and a qualifier, a full-width mark or a figureless member before the count is no part of a name."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from target_cases import targets


def _names(plan: str) -> dict[str, str]:
    """The indicator of each figure of ``plan`` (a plan part), by its text."""
    text = f"政府工作报告\n一、2022年工作回顾\n地区生产总值增长5%。\n二、2023年重点工作\n{plan}\n"
    q = extract_quantities(read_text(text))
    return dict(zip(q["text"], q["indicator"]))


def _target_names(plan: str) -> dict[str, str]:
    """The indicator of each target row of ``plan``, by its text."""
    t = targets("地区生产总值增长5%。", plan, 2022)
    return dict(zip(t["text"], t["indicator"]))


def test_a_later_level_member_takes_the_first_members_measure() -> None:
    # 娄底 row 19: 国家级园区亩均税收达到25万元以上、省级园区15万元以上
    names = _names("力争国家级园区亩均税收达到25万元以上、省级园区15万元以上。")
    assert names["15万元"] == "省级园区亩均税收"
    # a member naming a noun of its own keeps it
    assert _names("国家级园区亩均税收达到25万元以上、省级开发区15万元以上。")["15万元"] == "省级开发区"


def test_a_first_member_with_its_own_amount_takes_no_later_measure() -> None:
    # 晋中 row 27: 年度工业投资、规上工业增加值分别增长20%、15%以上
    names = _names("力争年度工业投资、规上工业增加值分别增长20%、15%以上。")
    assert names["20%"] == "年度工业投资增长" and names["15%"] == "规上工业增加值增长"
    # members with no amount of their own still share it
    names = _names("吉利商用车、吉利乘用车产值分别增长10%、15%。")
    assert names["10%"] == "吉利商用车产值增长"


def test_a_capacity_closing_a_pair_is_of_both() -> None:
    # 晋中 row 12: 全力释放20万台乘用车和1万台重卡产能
    names = _names("全力释放20万台乘用车和1万台重卡产能。")
    assert names["20万台"].startswith("乘用车产能")
    # another noun after the second count is no shared tail
    assert "产能" not in _names("生产20万台乘用车和1万台重卡。")["20万台"]


def test_each_count_keeps_its_own_money_class() -> None:
    # 商丘 rows 35-37: 推进40个40亿元以上项目、50个20亿元以上项目、100个10亿元以上项目
    names = _target_names("推进40个40亿元以上项目、50个20亿元以上项目、100个10亿元以上项目，完成投资2500亿元以上。")
    assert names["40个"] == "推进40亿元以上项目数" and names["50个"] == "20亿元以上项目数" and names["100个"] == "10亿元以上项目数"
    # 江门 row 15, 20: a name cut at 超 takes the amount and the noun
    names = _target_names("争取新增3家以上产值超50亿企业、5家以上产值超10亿企业，发挥作用。")
    assert names["3家"] == "新增产值超50亿企业数" and names["5家"] == "新增产值超10亿企业数"  # (争取 dropped, 新增 kept: fix152d)
    # a class before the count is read as before
    assert _target_names("新开工亿元以上项目50个。")["50个"] == "新开工亿元以上项目数"


def test_a_lead_added_reaches_an_output_member_in_another_counter() -> None:
    # 商丘 row 63: 新增生猪35万头、肉牛2万头、奶产量1万吨
    assert _names("新增生猪35万头、肉牛2万头、奶产量1万吨。")["1万吨"] == "新增奶产量"
    # no 新增 lead: the output stays as it is
    assert _names("粮食产量稳定在50万吨、蔬菜产量100万吨。")["100万吨"] == "蔬菜产量"


def test_a_done_work_after_the_counted_firms_names_them() -> None:
    # 江门 row 27: 推动不少于220家企业完成数字化改造
    assert _names("推动不少于220家企业完成数字化改造，培育30个标杆示范。")["220家"] == "企业完成数字化改造数"
    # a long work of another kind is still left out
    assert _names("推动220家企业完成年度目标任务。")["220家"] == "企业数"


def test_a_short_member_noun_replaces_its_siblings() -> None:
    # 江门 row 30: …具有示范引领、辐射带动作用的初中2所、高中1所
    names = _names("每个县（市、区）重点培育具有示范引领、辐射带动作用的初中2所、高中1所。")
    assert names["1所"].endswith("作用的高中数") and "初中" not in names["1所"]
    # members of other ends are not swapped
    assert _names("新建幼儿园5所、小学3所。")["3所"] == "小学新建数"


def test_a_head_after_kinds_and_de_is_counted() -> None:
    # 晋中 row 81: 建成100个不同类型的基础教育共同体
    assert _names("建成100个不同类型的基础教育共同体。")["100个"] == "建成基础教育共同体数"


def test_an_approximate_next_figure_and_an_exclamation_end_the_noun() -> None:
    # 晋中 rows 85, 56: 提升15个乡镇约33万人供水保障标准; 18所高校师生免首道门票！
    assert _names("提升15个乡镇约33万人供水保障标准。")["15个"] == "乡镇数"
    assert _names("全市A级景区对驻地18所高校师生免首道门票！我们要打破依赖。")["18所"] == "高校师生免首道门票数"
    # a noun ending in 近 of its own is not cut before another character
    assert _names("新建15个乡镇卫生院。")["15个"].endswith("乡镇卫生院数")


def test_a_member_with_its_own_adverb_and_verb_takes_no_carried_verb() -> None:
    # 玉溪 row 43: 开工建设工业项目117个，抓紧推进续建项目64个
    names = _names("开工建设工业项目117个，抓紧推进续建项目64个。")
    assert "开工建设" not in names["64个"] and names["64个"].endswith("推进续建项目数")


def test_a_share_before_units_reaching_an_amount_is_of_those_units() -> None:
    # 玉溪 row 77: 壮大村集体经济，65%行政村集体经营性收入达10万元以上
    names = _names("打造一批具有一定规模的种植示范基地，壮大村集体经济，65%行政村集体经营性收入达10万元以上。")
    assert names["65%"] == "行政村集体经营性收入达10万元比例"


def test_a_figureless_programme_member_is_no_part_of_the_count() -> None:
    # 玉溪 row 100: 实施“十县百乡千村万户”示范引领工程、少数民族优秀文化保护传承项目30个
    assert _names("实施“十县百乡千村万户”示范引领工程、少数民族优秀文化保护传承项目30个。")["30个"] == "实施少数民族优秀文化保护传承项目数"
    # members sharing the head stay whole
    assert _names("实施乡村振兴示范工程、城市更新工程30个。")["30个"] != "实施城市更新工程数"
