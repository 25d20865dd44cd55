"""Baselines after audit 46 (fix58c): review 分别 pairs named member by member (徐州 城乡 income, 制造业/普惠小微 loans), a 总数 after a
rate of change of additions (徐州 经营主体), and a list's opening level carried to a later member (衢州 未来乡村)."""
from __future__ import annotations

from target_cases import baseline_of as _base, class_of as _class, targets

GOALS = "地区生产总值增长5.5%左右。"


def test_a_bare_change_after_a_fenbie_list_goes_member_by_member() -> None:
    """城乡居民人均可支配收入分别达到4.5万元、2.7万元，增长5.1%和7.4% (徐州 L13): 7.4% is rural growth, the baseline of 7%以上."""
    t = targets("城乡居民人均可支配收入分别达到4.5万元、2.7万元，增长5.1%和7.4%。",
                GOALS + "城镇居民人均可支配收入增长5.5%，农村居民人均可支配收入增长7%以上。", 2023)
    assert _base(t, "7%") == "7.4%"
    assert _class(t, "7%") == "below_last_year"
    assert _base(t, "5.5%") == "5.1%"


def test_a_second_fenbie_list_still_names_its_members() -> None:
    """The neighbour kept: 收入分别为A元、B元，分别增长x%、y% (audit 28 WZ24#1, #2)."""
    t = targets("城乡居民人均可支配收入分别为68000元、39000元，分别增长5.8%、7.4%，增速居前列。",
                GOALS + "城乡居民人均可支配收入分别增长6%、7%。", review_year=2023)
    assert _base(t, "6%") == "5.8%"
    assert _base(t, "7%") == "7.4%"


def test_the_member_whose_own_name_says_the_thing() -> None:
    """其中制造业、普惠小微贷款余额分别增长22%和29% (徐州 L11): 普惠小微贷款增长20% takes 29%; 制造业贷款 keeps 22%."""
    t = targets("金融机构贷款余额过万亿，其中制造业、普惠小微贷款余额分别增长22%和29%，获批中央财政支持普惠金融发展示范区。",
                GOALS + "制造业贷款增长15%，普惠小微贷款增长20%。", 2023)
    assert _base(t, "20%") == "29%"
    assert _base(t, "15%") == "22%"
    assert t.loc[["20%"]].iloc[-1]["baseline_indicator"] == "普惠小微贷款余额增长"


def test_a_total_after_a_rate_of_additions_is_the_stock_added_to() -> None:
    """新登记经营主体增长8.2%，总数突破140万户 (徐州 L11): 经营主体总数, the baseline of 经营主体突破150万户 (L24)."""
    t = targets("开展服务企业活动，累计“减免退补”各类税费158.6亿元，帮助经营主体恢复元气、提振信心，新登记经营主体增长8.2%，总数突破140万户。",
                GOALS + "经营主体突破150万户。", 2023)
    assert _base(t, "150万户") == "140万户"
    assert _class(t, "150万户") == "modest"


def test_a_total_after_a_count_of_additions_is_kept() -> None:
    """The neighbour kept: 净增高新技术企业120家，总数550家 (audit 45 XN20) is the stock of 高新技术企业."""
    t = targets("高新技术产业增加值增长10%，净增高新技术企业120家，总数550家。", GOALS + "高新技术企业达620家。", 2023)
    assert _base(t, "620家") == "550家"


def test_a_lists_opening_level_is_a_later_members() -> None:
    """创建省级和美乡村示范县1个、示范乡镇8个、未来乡村20个以上 (衢州 L22) vs 新增省级未来乡村22个 (L7): below_last_year."""
    t = targets("圆满完成全国学习运用“千万工程”经验现场推进会承办任务，新增省级未来乡村22个，集体林权制度改革入选全国林业改革发展综合试点。",
                GOALS + "加快和美乡村建设，推进未来乡村组团连片发展，创建省级和美乡村示范县1个、示范乡镇8个、未来乡村20个以上，和美乡村覆盖率达到40%以上。",
                2023)
    assert _base(t, "20个") == "22个"
    assert _class(t, "20个") == "below_last_year"


def test_a_level_named_for_a_later_member_still_narrows() -> None:
    """The neighbour kept: 新增企业研发机构350家、省级企业技术中心10家 (audit 28 WZ24#19): 省级企业研发机构135家 is no baseline of 350家."""
    t = targets("新增省级企业研发机构135家。", GOALS + "新增企业研发机构350家、省级企业技术中心10家。", 2023)
    assert _base(t, "350家") == ""


def test_a_list_of_industries_keeps_its_own_member() -> None:
    """The neighbour kept: 其中一二三产分别增长4.5%、3.2%、3.3% (铜仁): 一产 5% takes 4.5%, not the 三产 member whose name holds 三产."""
    t = targets("全年地区生产总值增长3.6%，较上年提升3.3个百分点，其中一二三产分别增长4.5%、3.2%、3.3%，二产实现扭负为正。",
                "主要预期目标是：全市地区生产总值增长6%左右，其中一、二、三产分别增长5%、8%、5.8%；", 2023)
    assert _base(t, "5%") == "4.5%"
