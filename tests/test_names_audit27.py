"""Names after audit 27 (docs/audits/targets_27.md, fault classes "names that say no measure" and "names: commitment
words kept, …"): sentences in the style of a report, with wording and numbers altered."""
from __future__ import annotations

from name_cases import names


def test_li_cu_is_a_commitment_word_and_no_part_of_the_name() -> None:
    """力促X达到N (like 力争X达到N): the commitment is no part of what is measured (WX24#20, #38, #62)."""
    assert names("开展强村富民行动，力促村均集体经济收入达到600万元。")["600万元"] == "村均集体经济收入"
    assert names("力促数字产业规模增幅达12%。")["12%"] == "数字产业规模增幅"


def test_zhong_deng_is_one_word_and_no_end_of_examples() -> None:
    """建设N所省优秀中等职业学校: 等 inside 中等 (data/name_words.csv deng_word) does not cut the noun after the count (WX24#75)."""
    assert names("推动出台职业教育条例，建设12所省优秀中等职业学校。")["12所"] == "建设省优秀中等职业学校数"
    assert names("新增高等职业院校3所。")["3所"] == "新增高等职业院校数"


def test_an_amount_before_the_goal_it_sets_is_named_by_that_goal() -> None:
    """完成YYYY年度N亿元X目标 and 完成N亿元的年度投资计划: with only a verb or a year before the amount, what it is the size
    of follows it (data/name_words.csv goal_end), not the year label or the topic before (corpus county_hailar_2019)."""
    assert names("确保按照时限要求，完成2022年度3.5亿元政府隐性债务化解目标。")["3.5亿元"] == "政府隐性债务化解"
    got = names("加快产业园等重点项目进度，做到开工一批、竣工一批，完成42亿元的年度投资计划。")["42亿元"]
    assert got == "年度投资"


def test_a_rating_between_a_count_and_its_noun_is_no_name() -> None:
    """N座M万千瓦X, N个A千伏和B千伏X: a rating of each thing counted (a unit of power or voltage) stands between the count
    and its noun, which names the count — not the places before it (QH26#11, NX26#23); a rating and a link left at the
    start of a name (750千伏和…) name nothing."""
    assert names("加快甲地、乙地2座20万千瓦光热电站和配套储能项目建设。")["2座"] == "光热电站数"
    assert names("新建18个500千伏和220千伏电网工程。")["18个"] == "新建电网工程数"
    assert names("新建500千伏和220千伏电网工程12个。")["12个"] == "电网工程新建数"


def test_a_share_after_a_task_completed_is_the_share_completed() -> None:
    """X完成规划任务N%以上, 完成X总任务的N%: the share of the task completed (NX26#27, #39)."""
    assert names("黄河治理攻坚战完成规划任务80%以上。")["80%"] == "黄河治理攻坚战规划任务完成比例"
    assert names("完成城乡教育布局调整总任务的60%，新增学位5000个。")["60%"] == "城乡教育布局调整总任务完成比例"


def test_a_count_of_a_list_and_what_is_done_with_it_keeps_both() -> None:
    """N个A、B附属空间对社会开放共享: the count is of the whole list and what is done with it, not of A (SH26#44); a second
    member holding a link or examples (N轮暴雨、秋汛和干旱) keeps the count's own noun."""
    assert names("推动30个机关、企事业单位附属空间对社会开放共享，完成80公里架空线入地。")["30个"] == "机关企事业单位附属空间对社会开放共享数"
    assert names("成功应对主汛期7轮强降雨、汉江秋汛和大范围持续高温干旱，有效开展排查。")["7轮"] == "强降雨次数"


def test_the_pace_of_the_work_is_no_part_of_what_is_counted() -> None:
    """加快N所X建设步伐: the schools are counted, not the pace (data/name_words.csv tail 步伐; WX24#72)."""
    assert names("优化中小学布局，加快3所优质高中建设步伐。")["3所"] == "优质高中建设数"


def test_a_coverage_of_places_only_takes_the_thing_the_clause_before_adds() -> None:
    """新增X N家，确保镇街覆盖率提升至M%: the coverage of towns and streets by X (WX24#78); a bare 覆盖率 with no places keeps
    its own name."""
    assert names("实施托育扩容行动，新增普惠托育机构15家，确保镇街覆盖率提升至80%以上。")["80%"] == "普惠托育机构镇街覆盖率"
    assert names("推进垃圾分类，覆盖率达到90%。")["90%"] == "覆盖率"
