"""Names of target rows (issue 11, the name faults audits 6 and 7 left open: national 2013, 2015,
2019 …). Each rule is general; sentences are written in the style of a report, with wording,
places and numbers altered; the expected names were checked by reading them."""
from __future__ import annotations

import pytest

from name_cases import names


@pytest.mark.parametrize("sentence, figure, name", [
    # a link to the level right after it (在, 定在: data/name_words.csv kind level_link) names nothing
    ("今年增加赤字后，赤字率在2.5%左右，总体上处于安全水平。", "2.5%", "赤字率"),
    ("城镇新增就业1300万人，调查失业率在5.1%以下。", "5.1%", "调查失业率"),
    ("把增长预期目标定在6.5%左右。", "6.5%", "增长预期目标"),
    # the period before the verb of the level names nothing either (the row's year says it)
    ("城镇新增就业1000万人以上，城镇调查失业率全年控制在5.6%以内。", "5.6%", "城镇调查失业率"),
    # not inside a trailing verb that is all the clause has (稳定在, 保持在 stay as they were)
    ("农作物秸秆综合利用率、废旧农膜回收率分别稳定在88%、82%以上。", "88%", "农作物秸秆综合利用率"),
])
def test_a_link_to_the_level_ends_no_name(sentence: str, figure: str, name: str) -> None:
    assert names(sentence)[figure] == name


@pytest.mark.parametrize("sentence, figure, name", [
    # a short clause that is, whole, a wording of the registry (造林) names its own measure: it takes
    # no topic from the clause before (not 新增退耕还林还草造林面积)
    ("今年新增退耕还林还草50万公顷，造林550万公顷。", "550万公顷", "造林面积"),
    ("棉花总产600万吨、占全国90%，蔬菜2000万吨。", "2000万吨", "蔬菜量"),
    # a list member after 、 still shares what the list does (新建改造绿道…、碧道…: 新建改造碧道)
    ("新建改造绿道300公里、碧道90公里。", "90公里", "新建改造碧道长度"),
])
def test_a_registered_word_alone_names_its_own_measure(sentence: str, figure: str, name: str) -> None:
    assert names(sentence)[figure] == name


@pytest.mark.parametrize("sentence, figure, name", [
    # a 、 member that opens with a verb of its own (新开工) shares the subject of the member before
    # it, not that member's verb and its adverb (基本建成: data/name_words.csv kind done_adverb)
    ("今年城镇保障性住房基本建成400万套、新开工600万套。", "600万套", "城镇保障性住房新开工数"),
    ("今年保障房全部竣工400万套、新开工600万套。", "600万套", "保障房新开工数"),  # a result verb (竣工) too
])
def test_a_member_with_its_own_verb_shares_only_the_subject(sentence: str, figure: str, name: str) -> None:
    assert names(sentence)[figure] == name


@pytest.mark.parametrize("sentence, figure, name", [
    # a programme (计划, 行动, 工程: data/name_words.csv kind programme_end) named by the one registered
    # measure it works on (棚改, short for 棚户区改造) is, before a bare verb, that measure
    ("启动新一轮三年棚改攻坚计划，今年开工500万套。", "500万套", "棚户区改造开工数"),
    ("实施新一轮棚改攻坚行动，年内开工3000套。", "3000套", "棚户区改造开工数"),
    ("实施国土绿化行动，完成300万亩。", "300万亩", "造林完成面积"),  # the registry's name, less its measure
    # a task with no programme word keeps its own subject (蔬菜 is a registered wording too)
    ("加大社区平价蔬菜超市建设力度，年内完成20个。", "20个", "社区平价蔬菜超市建设完成数"),
])
def test_a_programme_named_by_its_measure_is_that_measure(sentence: str, figure: str, name: str) -> None:
    assert names(sentence)[figure] == name


@pytest.mark.parametrize("sentence, figure, name", [
    # an editor's note in brackets (（注：…）) is no part of the name, and the clause before it goes on,
    # even after a letter or digit (M2)
    ("广义货币M2（注：M2为M右下角加2）预期增长11%左右，实际执行中可略高些。", "11%", "广义货币M2增长"),  # 预期: name_subjects
    ("今年广义货币M2（注：货币供应量）增长13%。", "13%", "广义货币M2增长"),
])
def test_an_editors_note_is_no_part_of_a_name(sentence: str, figure: str, name: str) -> None:
    assert names(sentence)[figure] == name


@pytest.mark.parametrize("sentence, figure, name", [
    # a count after 在 before the places' noun and 进行/开展 (data/name_words.csv kind done_in) is of the
    # places where what follows the verb is done
    ("在80个地级以上城市进行公立医院改革试点，破除以药补医。", "80个", "公立医院改革试点地级以上城市数"),
    ("在200个县开展电子商务进农村综合示范。", "200个", "电子商务进农村综合示范县数"),
    ("在3000个小区设置智能回收机。", "3000个", "设置智能回收机小区数"),  # another verb: as before
])
def test_places_where_a_pilot_is_done_are_named_by_it(sentence: str, figure: str, name: str) -> None:
    assert names(sentence)[figure] == name


@pytest.mark.parametrize("sentence, figure, name", [
    # a 、 member with no verb of its own after one that starts with a verb that retires things
    # (淘汰: data/name_words.csv kind retire) is retired too, whatever its unit
    ("今年要淘汰钢铁2000万吨、水泥4000万吨、平板玻璃3000万标准箱。", "3000万标准箱", "淘汰平板玻璃量"),
    ("五年累计，共淘汰落后炼铁产能1亿吨、炼钢产能7000万吨。", "7000万吨", "淘汰炼钢产能"),  # 产能 is the measure, no 量 after it (fix61a)
])
def test_a_list_member_is_retired_as_the_member_before(sentence: str, figure: str, name: str) -> None:
    assert names(sentence)[figure] == name


@pytest.mark.parametrize("sentence, figure, name", [
    # 任务 after what is done to the things counted (data/name_words.csv kind task_tail) names the work,
    # not what is counted; tasks counted as such (no verb before 任务) keep it
    ("年内完成胜利村、新华村等6个现代牧场建设任务。", "6个", "现代牧场建设数"),
    ("完成1800万人次以上农民工职业技能提升培训任务。", "1800万人次", "农民工职业技能提升培训人次"),
    ("完成好60个年度重点项目建设任务。", "60个", "年度重点项目建设数"),
    ("280项年度重点任务全面完成。", "280项", "年度重点任务完成数"),
])
def test_a_task_is_no_part_of_what_is_counted(sentence: str, figure: str, name: str) -> None:
    assert names(sentence)[figure] == name


@pytest.mark.parametrize("sentence, figure, name", [
    # a 、 member that opens with a word of its own action (新增: KEEP_LEADING) does not take the verb
    # the member before moved to its end (引进产业项目…、新增到位资金…: not 新增到位资金引进)
    ("引进产业项目500个、新增到位资金400亿元。", "400亿元", "新增到位资金"),
    ("出栏生猪100万头、肉牛5万头。", "5万头", "肉牛出栏量"),  # a member with no verb still shares it
])
def test_a_member_with_its_own_action_keeps_no_verb_of_the_one_before(sentence: str, figure: str, name: str) -> None:
    assert names(sentence)[figure] == name
