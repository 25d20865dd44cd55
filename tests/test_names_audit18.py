"""Names that lost their subject or kept a tail (issue 11, audit 9 group 5: names on reports from
outside the corpus). The rules are general (extract/name_subjects.py, data/name_subjects.json);
sentences are written in the style of a report, with wording, sums, crops and numbers altered;
the expected names were checked by reading them."""
from __future__ import annotations

import pytest

from name_cases import names


@pytest.mark.parametrize("sentence, figure, name", [
    # 拟 before a fund verb is a modal; 增长目标 closing a name is the word for a goal
    ("中央财政拟安排奖励资金300亿元。", "300亿元", "中央财政奖励资金"),  # (安排 too since audit 10)
    ("今年广义货币M2增长目标为15%左右。", "15%", "广义货币M2增长"),
    ("省政府拟新增专项债券500亿元。", "500亿元", "省政府新增专项债券"),
])
def test_a_modal_or_goal_word_is_no_part_of_the_name(sentence: str, figure: str, name: str) -> None:
    assert names(sentence)[figure] == name


def test_a_purpose_after_the_amount_names_it() -> None:
    assert names("今年中央财政拟投入500亿元用于促进创业。")["500亿元"] == "中央财政促进创业投入"


def test_a_payer_alone_takes_the_fund_noun_of_the_clause_before() -> None:
    got = names("各级政府要继续增加教育投入，中央财政拟安排2000亿元。")
    assert got["2000亿元"] == "中央财政教育投入"


@pytest.mark.parametrize("sentence, figure, name", [
    ("高技术制造业增加值占规上工业增加值比重达15%。", "15%", "高技术制造业增加值占规上工业增加值比重"),
    # a name with the whole already (占…的比重) is left as the namer gives it
    ("非公经济增加值占地区生产总值的比重达到60%。", "60%", "非公经济增加值占地区生产总值的比重"),
    # no subject before 占: the level of the figure before, without its change
    ("现代服务业增加值增长6%，占服务业增加值比重70%。", "70%", "现代服务业增加值占服务业增加值比重"),
])
def test_a_share_with_its_ratio_word_names_the_part(sentence: str, figure: str, name: str) -> None:
    assert names(sentence)[figure] == name


def test_adjectives_before_de_are_no_name_the_noun_after_is() -> None:
    assert names("打造30个辐射力强、影响面广的夜间消费街区。")["30个"] == "打造夜间消费街区数"
    # not phrases that are no adjectives: 56个民族 … 的家园 keeps its own name
    assert names("建设56个民族共同团结奋斗、共同繁荣发展的美好家园。")["56个"] != "建设美好家园数"


def test_a_pair_with_distributive_gives_the_first_head_to_the_second() -> None:
    got = names("棉花播种面积和产量分别稳定在100万亩和20亿斤以上。")
    assert got == {"100万亩": "棉花播种面积", "20亿斤": "棉花产量"}


def test_a_qualifier_alone_is_no_name() -> None:
    assert names("筹建公共租赁住房2万套（间）以上。")["2万套"] == "筹建公共租赁住房数"


def test_a_share_of_places_doing_something() -> None:
    got = names("在50%政府举办的乡镇卫生院实施家庭医生签约制度。")
    assert got["50%"] == "乡镇卫生院实施家庭医生签约制度比例"


def test_a_bracketed_output_verb_takes_the_object_of_the_opening_clause() -> None:
    got = names("实施新一轮农村公路改造行动，新（改）建5000公里。")
    assert got["5000公里"] == "农村公路新(改)建长度"


def test_a_standard_shared_by_a_distributive_list_reaches_the_first_member() -> None:
    got = names("城乡特困人员、孤儿基本生活年标准分别提高到1.2万元和2.4万元。")
    assert got["1.2万元"] == "城乡特困人员年标准"


def test_a_basis_before_a_change_is_no_part_of_the_name() -> None:
    # 每50公斤 is the basis of the step (a figure of its own); 每增长 with no number keeps 每
    assert names("玉米每50公斤提高4元。")["4元"] == "玉米提高"


def test_a_member_after_a_shared_lead_takes_no_noun_of_the_member_before() -> None:
    got = names("新增街心花园40个、绿地150公顷。")
    assert got == {"40个": "新增街心花园数", "150公顷": "新增绿地面积"}
    # a total or a change after the 、 is the member before's own
    assert names("新增充电桩3万个、累计25万个。")["25万个"] != "新增累计数"


def test_a_bare_step_takes_the_head_raised_in_the_opening_clause() -> None:
    got = names("进一步提高稻谷最低收购价，早籼稻、粳稻每50公斤分别提高3元、10元，小麦每50公斤提高4元。")
    assert got["3元"] == "早籼稻最低收购价提高"
    assert got["10元"] == "粳稻最低收购价提高"
    assert got["4元"] == "小麦最低收购价提高"


def test_a_network_takes_its_kind_from_the_clause_before() -> None:
    assert names("深化城镇供热安全隐患排查整治，更新改造老旧管网50公里。")["50公里"] == "更新改造老旧供热管网长度"
    assert names("更新改造老旧管网50公里。")["50公里"] == "更新改造老旧管网长度"  # no kind said: as before
