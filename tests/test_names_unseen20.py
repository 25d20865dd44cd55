"""Names after the unseen audit 20 (docs/audits/targets_20.md, fault class "names"): the commitment words
争取, 保持 and 稳定 are no part of what is measured, like 力争 and 确保. Sentences in the style of a
report, with wording and numbers altered."""
from __future__ import annotations

import pytest

from name_cases import names
from target_cases import targets


@pytest.mark.parametrize("sentence, figure, name", [
    # 争取 (strive to) before a verb: dropped; the verb and the thing stay
    ("推动制造业绿色转型，争取创建3家以上绿色工厂。", "3家", "创建绿色工厂数"),
    # 争取年内 (strive to, within the year) opening the clause
    ("加大闲置资产处置力度，争取年内资产盘活200亿元。", "200亿元", "资产盘活"),
    # 保持 (keep) opening the clause, and carried to the second member
    ("保持棉花播种面积在420万亩以上、产量不低于35万吨。", "420万亩", "棉花播种面积"),
    ("保持棉花播种面积在420万亩以上、产量不低于35万吨。", "35万吨", "棉花产量"),
    # 稳定 (held steady) before 达到 closing the name
    ("县城生活垃圾无害化处理率稳定达到95%以上。", "95%", "县城生活垃圾无害化处理率"),
])
def test_commitment_words_are_no_part_of_the_name(sentence: str, figure: str, name: str) -> None:
    assert names(sentence)[figure] == name


def test_zhengqu_before_funds_stays_the_action() -> None:
    """争取资金: with no verb after it, 争取 is the action on the money (funds obtained), not a commitment."""
    assert names("全年争取中央资金80亿元。")["80亿元"].startswith("争取")


# round two of the audit-20 names

def test_one_character_members_share_all_after_the_last_members_first() -> None:
    # 一、二、三产增加值分别…: 一产增加值, 二产增加值 (not 一增加值), keyed as the sectors' value added
    got = names("其中，一、二、三产增加值分别增长3.6%、2.2%、5.1%，规上工业增加值增长7.4%。")
    assert (got["3.6%"], got["2.2%"], got["5.1%"]) == ("一产增加值增长", "二产增加值增长", "三产增加值增长")


def test_sector_ordinals_are_keyed() -> None:
    t = targets("其中，一、二、三产增加值分别增长3.6%、2.2%、5.1%。", "其中一、二、三产增加值分别增长4%、6%、5%。")
    assert list(t.indicator_key) == ["primary_value_added_growth", "secondary_value_added_growth",
                                     "services_value_added_growth"]


def test_a_member_sharing_one_growth_keeps_only_its_own_words() -> None:
    # 社会消费品零售总额、固定资产投资增长N%: the first member whole with the growth, no character of the next
    t = targets("地区生产总值增长4.8%。", "社会消费品零售总额、固定资产投资增长5%左右。")
    assert list(t.indicator) == ["社会消费品零售总额增长", "固定资产投资增长"]


def test_a_member_that_is_only_a_verb_takes_the_thing_not_the_stage_before() -> None:
    # 续建安置房N套，新开工M套: the new starts are of 安置房, not of 续建安置房 (name_words.csv stage_verb)
    got = names("续建安置房6300套，新开工900套以上。")
    assert got["900套"] == "安置房新开工数"


def test_each_over_a_pair_joined_by_ji_gives_one_row_per_member() -> None:
    # 各 over A及B: one figure for each member, each its own row (not one row named A及B各…)
    t = targets("地区生产总值增长4%。", "年内建成省级示范性高中及特色高中各2所。")
    assert list(t.indicator) == ["省级示范性高中建成数", "特色高中建成数"]
    assert list(t.value) == [2, 2]


def test_units_reaching_a_state_after_a_goal_verb_are_named_by_the_state() -> None:
    # 力争N家工业企业X达到Y: the firms that reach the state, no topic phrase and no 力争
    got = names("推进“智改数转”，力争150家工业企业数字化水平达到三级以上。")
    assert got["150家"] == "数字化水平达到三级以上的工业企业数"


def test_a_part_after_qizhong_takes_the_scope_of_the_whole() -> None:
    # 其中工业项目: of the newly signed projects above the threshold, not all industrial projects
    got = names("年内新签投资1亿元以上项目超120个，其中工业项目超90个。")
    assert got["90个"] == "新签投资1亿元以上工业项目数"
    # a shared measure word (产量) or counter (批次) is no shared noun: the part keeps its own name
    got = names("汽车总产量达120万辆，其中新能源汽车产量超80万辆。")
    assert got["80万辆"] == "新能源汽车产量"


def test_an_opening_cut_inside_a_pair_is_no_subject() -> None:
    # 生态保护和修复深入实施，营造林N万亩: 生态保护和 (cut inside 保护和修复) is no subject of the next clause's figure
    assert names("生态保护和修复扎实推进，营造林85.3万亩。")["85.3万亩"] == "营造林面积"


def test_a_member_that_is_only_a_verb_takes_the_object_between_lead_and_tail() -> None:
    # 新增高标准农田建设N万亩、改造提升M万亩: the upgrade is of 高标准农田 (新增 and 建设 are the member before's), and
    # upgrading alone is no farmland built (key_vetoes.csv): no key
    t = targets("地区生产总值增长4%。", "新增高标准农田建设6.5万亩、改造提升2.8万亩。")
    assert t.loc["2.8万亩", "indicator"] == "高标准农田改造提升面积"
    assert not t.loc["2.8万亩", "indicator_key"]
