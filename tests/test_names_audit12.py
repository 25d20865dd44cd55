"""Names of target rows (issue 11, the name faults of docs/audits/targets_3.md): a count of things
built, opened or signed keeps the action (建成, 开通, 完工, 签约), also before examples ending in 等
and in the 、 members after the first; a frame around a sentence's topic (加快…步伐) and a bare
planned investment take what they are of. Sentences are written in the style of a report, with
wording, places and numbers altered; the expected names were checked by reading them."""
from __future__ import annotations

import pytest

from govreport import extract_quantities, read_text
from name_cases import names


@pytest.mark.parametrize("sentence, figure, name", [
    # the verb a list of examples before 等 starts with, in the clause's own order (a heavy verb
    # such as 建成 is not yet moved after its object), also after an adverb of two characters
    ("建成滨江大道、青山路北延线等12条骨干道路。", "12条", "建成骨干道路数"),
    ("集中打造老街、水巷等9个夜间消费集聚区。", "9个", "打造夜间消费集聚区数"),
    ("建成湖滨大道等18公里月季花带快速路。", "18公里", "建成月季花带快速路长度"),
    ("新开工建设7号线等4条地铁。", "4条", "新开工建设地铁数"),
])
def test_the_verb_before_examples_is_kept(sentence: str, figure: str, name: str) -> None:
    assert names(sentence)[figure] == name


@pytest.mark.parametrize("sentence, figure, name", [
    # 完工, 开通, 启动, 遴选, 修缮, 投运 are action verbs (data/verbs.csv): the count is of things done so
    ("加快电网建设，完工18个变电站项目。", "18个", "完工变电站项目数"),
    ("年内开通2条地铁新线。", "2条", "开通地铁新线数"),
    ("遴选12个揭榜挂帅项目。", "12个", "遴选揭榜挂帅项目数"),
    ("启动东城、南湖等5个营商环境改革试点。", "5个", "启动营商环境改革试点数"),
    ("修缮改造东里、西巷等6处历史建筑。", "6处", "修缮改造历史建筑数"),
])
def test_actions_of_things_counted_are_verbs(sentence: str, figure: str, name: str) -> None:
    assert names(sentence)[figure] == name


def test_list_members_share_the_action_the_first_starts_with() -> None:
    got = names("打造本市精品30个、省级精品15个，推动产业升级。")
    assert got["30个"] == "打造本市精品数"
    assert got["15个"] == "打造省级精品数"
    got = names("签约30亿元以上工业项目40个、百亿元以上产业项目25个。")
    assert got["25个"] == "签约百亿元以上产业项目数"
    # a member with a verb of its own keeps it; 新增 is shared as before
    got = names("培育专精特新企业400家、新建数字化车间60个。")
    assert got["60个"] == "数字化车间新建数"  # not 培育…
    got = names("新增上市企业8家、私募基金管理机构20家以上。")
    assert got["20家"] == "新增私募基金管理机构数"


def test_a_list_of_project_classes_keeps_its_verb() -> None:
    got = names("储备实施60个百亿元级、800个十亿元级、1500个亿元级项目。")
    assert got["60个"] == "储备实施百亿元级项目数"
    assert got["800个"] == "储备实施十亿元级项目数"
    assert got["1500个"] == "储备实施亿元级项目数"


@pytest.mark.parametrize("sentence, figure, name", [
    # 加快…步伐, 加大…力度 frame the topic: what is done is the subject inside
    ("加快老旧小区改造步伐，年内完成2600户。", "2600户", "老旧小区改造完成户数"),
    ("加大社区便民菜店建设力度，年内完成15个。", "15个", "社区便民菜店建设完成数"),
])
def test_a_frame_around_the_topic_names_nothing(sentence: str, figure: str, name: str) -> None:
    assert names(sentence)[figure] == name


def test_a_planned_investment_is_of_the_sentences_topic() -> None:
    got = names("全力建设中欧商贸物流园区，全年计划投资5亿元，用于基础设施建设。")
    assert got["5亿元"] == "中欧商贸物流园区计划投资"


@pytest.mark.parametrize("sentence, figure, name", [
    # a count after all its members named (no 等) keeps the verb they start with
    ("开通东湖线、南湖线及西湖线3条轨道交通线。", "3条", "开通轨道交通线数"),
    ("建成东山、西山、南山3个职业技能培训基地。", "3个", "建成职业技能培训基地数"),
    # two verbs joined by 和 before a count are both kept
    ("优化重组和新建6家全国重点实验室。", "6家", "优化重组和新建全国重点实验室数"),
])
def test_the_verb_before_a_listed_count_is_kept(sentence: str, figure: str, name: str) -> None:
    assert names(sentence)[figure] == name


@pytest.mark.parametrize("sentence, figure, not_in_name", [
    # a 、 that a verb of its own follows: the list is no list of members (惠及 is what the policy does)
    ("实施学前免费教育政策、惠及120万名儿童。", "120万名", "实施"),
    # a verb and a name joined by 和 (正阳 and 建设 are the offices' names) are no two verbs
    ("启动东城和建设2个办事处文体中心项目。", "2个", "东城"),
])
def test_no_verb_is_borrowed_across_a_predicate_or_a_name(sentence: str, figure: str, not_in_name: str) -> None:
    assert not_in_name not in names(sentence)[figure]


@pytest.mark.parametrize("sentence, figure, name", [
    # 事项, 专项 are things counted: the count of them is …数
    ("新增25项涉企经营许可告知承诺制事项。", "25项", "新增涉企经营许可告知承诺制事项数"),
    ("实施18个市科技重大专项。", "18个", "实施市科技重大专项数"),
])
def test_items_are_counted(sentence: str, figure: str, name: str) -> None:
    assert names(sentence)[figure] == name


@pytest.mark.parametrize("sentence, figure, name", [
    # a second noun after 和 that ends the clause is counted too
    ("新增60家市级以上农民合作社示范社和家庭农场，建好4个产业园。", "60家", "新增市级以上农民合作社示范社和家庭农场数"),
    ("修缮改造东里、西巷等6处特色里份和历史建筑。", "6处", "修缮改造特色里份和历史建筑数"),
])
def test_a_pair_of_nouns_after_a_count_is_counted_whole(sentence: str, figure: str, name: str) -> None:
    assert names(sentence)[figure] == name


def test_no_second_noun_with_a_verb_or_a_vague_quantity() -> None:
    assert names("建成5个示范区和一批特色街区。")["5个"] == "建成示范区数"
    assert names("新建8个公园和改造绿地。")["8个"] == "新建公园数"


def test_a_count_after_an_amount_its_class_passes_is_of_that_class() -> None:
    got = names("营业收入超亿元的民营企业达到15家。")
    assert got["15家"] == "营业收入超亿元的民营企业数"


def test_two_kinds_before_a_shared_head_are_both_named() -> None:
    # 樱花、紫薇特色路: the first member is a bare kind (two characters) of the head the second names
    assert names("实施滨湖路等18条樱花、桂花特色路改造。")["18条"] == "实施樱花和桂花特色路改造数"


def test_a_planned_investment_with_no_topic_is_the_paragraphs_task() -> None:
    text = "全面加快南山组团建设。坚持规划先行，高质量推进组团建设。年内计划投资32.5亿元，实施重点项目18个。"
    assert names(text)["32.5亿元"] == "南山组团建设计划投资"
    # a principle or a statement opening the paragraph is no task
    assert names("一是全面坚持高标准建设。年内计划投资9亿元，推进棚户区改造。")["9亿元"] == "计划投资"
    assert names("民生投入持续加大。年内计划投资3亿元，建设学校。")["3亿元"] == "计划投资"


def test_short_members_before_a_head_word_share_the_head() -> None:
    # 氢能、…低空经济产业营业收入分别增长: one row per member, each with the head from 产业
    from govreport.tables import build_targets
    text = ("政府工作报告\n一、2024年工作回顾\n全市新增就业10万人。\n二、2025年重点工作\n"
            "力争氢能、生物制造、卫星互联网产业营业收入分别增长15%以上。\n")
    names_ = list(build_targets(extract_quantities(read_text(text))).indicator)
    assert names_ == ["氢能产业营业收入增长", "生物制造产业营业收入增长", "卫星互联网产业营业收入增长"]


def test_cancelled_items_keep_the_action() -> None:
    # 取消, 下放 are action verbs: the modal and adverb before them are dropped
    assert names("今年要再取消和下放行政审批事项150项以上。")["150项"] == "取消和下放行政审批事项数"


def test_a_class_named_once_for_two_lists_of_examples() -> None:
    # the noun is named once, after the second class; the second list has no verb of its own
    got = names("新开工甲基地、乙园区等12个30亿元以上，丙项目、丁工厂等200个亿元以上工业项目。")
    assert got["12个"] == "新开工30亿元以上工业项目数"
    assert got["200个"] == "新开工亿元以上工业项目数"


def test_broken_through_and_examples_sharing_an_ending() -> None:
    # 突破 is an action verb: the technologies broken through
    assert names("突破车路协同计算平台等8项关键核心技术。")["8项"] == "突破关键核心技术数"
    # examples before 等 with no noun after the count: the ending they share (up to four characters)
    assert names("建成东湖服务驿站、南湖服务驿站等12个。")["12个"] == "建成服务驿站数"


def test_a_bare_output_after_a_count_of_firms_is_theirs() -> None:
    text = "完成起步区3公里路网等配套设施，年内入驻企业达到9家，实现产值3亿元。"
    assert names(text)["3亿元"] == "入驻企业产值"
