"""Held-out audit 41 (黄冈, 曲靖, 呼伦贝尔, 通化 2023), round fix104b: filters that dropped real plan-year targets (a
floor read as a threshold, a year's work read as a project's size) or kept a set worked on as a goal."""
from __future__ import annotations

from govreport.tables.classing import qualifier_after
from target_cases import targets

REVIEW = "地区生产总值增长4%。"


def _kept(plan: str, text: str, review: str = REVIEW) -> bool:
    """Whether the plan figure written ``text`` is a target row."""
    return text in targets(review, plan, 2022).index


def test_a_floor_with_no_noun_after_it_is_a_goal() -> None:
    # 呼伦贝尔: 新增体育场地面积20万平方米以上（牵头责任单位：市体育局）: a bracket after 以上, no firms classed
    assert _kept("新增体育场地面积20万平方米以上（牵头责任单位：市体育局）。", "20万平方米")
    # a threshold naming the firms a measure covers stays no goal
    assert not _kept("将年综合能耗5000吨标煤以上用能企业纳入重点监管。", "5000吨")


def test_people_counted_a_long_way_after_the_floor() -> None:
    # 呼伦贝尔: 为100名以上低收入困难家庭白内障患者免费实施复明手术
    assert _kept("为100名以上低收入困难家庭白内障患者免费实施复明手术。", "100名")
    # a count of people that classes the firms after it stays a threshold
    assert not _kept("支持1000人以上企业建设职工食堂。", "1000人")
    # households counting the villages between stay a threshold (完成…50户以上木质房屋连片村寨农户“电改”)
    assert not _kept("完成3.5万户50户以上木质房屋连片村寨农户“电改”。", "50户")
    assert _kept("为3000户以上特殊困难老年人家庭开展适老化改造。", "3000户")


def test_new_capacity_connected_is_the_years_amount() -> None:
    # 呼伦贝尔: 组织做好184万千瓦新增电源并网工作
    assert _kept("组织做好184万千瓦新增电源并网工作。", "184万千瓦")
    # a capacity in a project's name stays no goal
    assert not _kept("加快华能5万千瓦风电项目前期工作。", "5万千瓦")


def test_an_area_of_protection_work_is_the_years_amount() -> None:
    # 呼伦贝尔: 实施650万亩黑土地保护工程
    assert _kept("新建81万亩高标准农田，实施650万亩黑土地保护工程。", "650万亩")
    # the size in the name of a project carried on stays no goal
    assert not _kept("推进200万亩整区域工程化建设高标准农田项目。", "200万亩")


def test_duo_forming_a_word_is_no_qualifier() -> None:
    # 曲靖: 信义20万吨多晶硅一期等项目建设: 多晶硅 is the product, the capacity is in the project's name
    assert not _kept("加快推进信义20万吨多晶硅一期等项目建设。", "20万吨")
    # a 多 (or 余, 以上) of more-than still opens a qualifier, no name
    assert not qualifier_after("多晶硅一期") and qualifier_after("多，") and qualifier_after("多的") and qualifier_after("以上")


def test_a_size_after_a_projects_phase() -> None:
    # 曲靖: 推动锦鸿30万吨再生铝二期、格威二期50万套摩托车发动机壳体等项目建成投产
    assert not _kept("推动格威二期50万套摩托车发动机壳体等项目建成投产。", "50万套")
    # a count after a verb is the year's amount
    assert _kept("新建50万套保障性住房。", "50万套")


def test_a_set_supported_or_pushed_to_grow() -> None:
    # 通化: 重点支持30户限上企业发展壮大; 促进65个在研产品形成新增量; 推进35个产值亿元以上产品扩大市场
    assert not _kept("重点支持30户限上企业发展壮大。", "30户")
    assert not _kept("促进65个在研产品形成新增量。", "65个")
    assert not _kept("推进35个产值亿元以上产品扩大市场。", "35个")
    # firms to be brought in or made are goals
    assert _kept("培育30户限上企业。", "30户")
    assert _kept("推动30家企业上市。", "30家")


def test_a_numbered_item_raising_what_a_set_can_do() -> None:
    # 呼伦贝尔: 46.改造提升6个边境旗县广播电视传输网络覆盖能力
    assert not _kept("46.改造提升6个边境旗县广播电视传输网络覆盖能力。", "6个")
    # places newly covered are a goal
    assert _kept("46.新建6个边境旗县广播电视传输站。", "6个")


def test_a_set_started_last_year_carried_on() -> None:
    # 黄冈: review 启动20个乡村振兴示范片区建设, plan 持续推进20个乡村振兴示范片区建设
    review = "启动20个乡村振兴示范片区建设。"
    assert not _kept("持续推进20个乡村振兴示范片区建设。", "20个", review)
    # another count: a new set, kept
    assert _kept("持续推进30个乡村振兴示范片区建设。", "30个", review)
