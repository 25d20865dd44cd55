"""Round 170, fix170g (held-out set 88 汕头 2022, 通辽 2021): plan targets dropped as thresholds or named-example sets
(a share after a whole-place word, a head count of qualified people, 打通…等N条路), and figures that are no targets taken
as ones (a capacity inside the last example of a 等项目 list, a length fused into a name whose quality is raised, a total
after the year's 新增, an amount paid per item). Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

from target_cases import targets

_REVIEW = "全市地区生产总值增长6%。"


def _texts(plan: str) -> set[str]:
    return set(targets(_REVIEW, plan, 2021)["text"])


def test_a_share_after_a_whole_place_word_is_a_goal() -> None:
    # 全市60%以上自然村建成美丽宜居村 (14278): the share of the villages, a goal
    assert "60%" in _texts("农村生活污水治理率达90%以上，全市60%以上自然村建成美丽宜居乡村。")
    # boundary: a measure before the share classes the firms (资产负债率70%以上企业)
    assert "70%" not in _texts("严控资产负债率70%以上企业新增债务。")


def test_a_head_count_of_qualified_people_is_a_goal() -> None:
    # 每年为2.7万名以上…、14周岁以下初中女生免费接种…疫苗 (20653)
    plan = "从明年起，每年为3万名以上本省学籍、14周岁以下初中女生免费接种国产疫苗，提高女性健康水平。"
    assert "3万名" in _texts(plan)
    # boundary: 的 before the noun keeps a threshold (拥有100名以上员工的企业)
    assert "100名" not in _texts("支持拥有100名以上员工的企业建设职工宿舍。")


def test_named_roads_opened_are_a_goal() -> None:
    # 打通A路段，B、C路段，…等8条“断头路” (19869): the works to finish
    plan = "打通滨江路东延二期路段，长安路、富兴街路段，龙滨路延伸段等6条“断头路”，破除道路瓶颈。"
    assert "6条" in _texts(plan)
    # boundary: a list of projects sped up stays a set (加快…等20个医疗卫生项目)
    assert "20个" not in _texts("加快市中心医院、公共卫生医学中心、国际眼科中心等20个医疗卫生项目新改扩建。")


def test_a_capacity_in_the_last_example_of_a_project_list_is_a_label() -> None:
    # …、牧原食品400万口生猪屠宰等项目开工建设 (通辽 6996)
    plan = "重点推进星河生物合成氨、华康药业医药原料、祥瑞集团肉牛全产业链、牧丰食品300万口生猪屠宰等项目开工建设。"
    assert "300万口" not in _texts(plan)
    # boundary: members opening with their counts are amounts (新建5条主干道路、2台热水锅炉等项目)
    assert {"5条", "2台"} <= _texts("新建5条主干道路、2台热水锅炉等项目。")
    # boundary: a count joined by 和 opens a member of its own, the projects counted (…站房和4个普通国省干线等项目)
    assert "4个" in _texts("开工建设城际铁路东站、西站站房和4个普通国省干线等项目。")


def test_a_length_fused_into_a_name_whose_quality_is_raised_is_a_label() -> None:
    # 提升科尔沁500公里风景大道配套服务水平 (通辽 7978)
    assert "400公里" not in _texts("加强与企业合作，提升草原400公里风景大道配套服务水平，支持景区创建5A级景区。")
    # boundary: a length built stays a goal
    assert "400公里" in _texts("新改建农村公路400公里，提升道路通行水平。")


def test_a_total_after_the_years_addition_is_no_flow() -> None:
    # 新增解决…20.5万户…，全面满足中心城区29万户…正常用水需求 (19948)
    plan = "全面完成供水提压改造项目。新增解决中心城区18万户水压过低的问题，全面满足中心城区30万户老旧小区居民正常用水需求。"
    got = _texts(plan)
    assert "18万户" in got and "30万户" not in got
    # boundary: no 新增 before it, the coverage is the goal
    assert "30万户" in _texts("全面满足中心城区30万户老旧小区居民正常用水需求。")


def test_an_amount_paid_per_item_is_a_standing_rule() -> None:
    # 加装一部电梯财政给予奖补10万元 (20786)
    plan = "推进既有住宅加装电梯工作，加装一部电梯财政给予奖补8万元，今年计划完成既有住宅加装电梯120部。"
    got = _texts(plan)
    assert "8万元" not in got and "120部" in got
    # boundary: a raised standard stays a goal
    assert "100元" in _texts("人均基本公共卫生服务经费补助标准提高到100元。")
