"""Held-out audit 64 (朝阳, 楚雄, 红河 2023), round fix137b: names of list members and pairs (a 、 pair of rates with a 、
pair of values, the head a 分别 list's members share, 均 debris, the 每… quota of a weak village or 县（市）区, the size class
a later bare member shares)."""
from __future__ import annotations

from target_cases import targets


def _names(plan: str, review: str = "地区生产总值增长4%。") -> dict[str, str]:
    """The indicator of each target text of a plan sentence."""
    t = targets(review, plan)
    return dict(zip(t["text"], t["indicator"]))


def test_a_pair_of_rates_with_a_pair_of_values_goes_member_by_member() -> None:
    # 红河 46–47: 确保全州农村卫生户厕覆盖率、生活垃圾设施覆盖率达70%、90%以上
    got = _names("确保全州农村卫生户厕覆盖率、生活垃圾设施覆盖率达70%、90%以上。")
    assert got == {"70%": "农村卫生户厕覆盖率", "90%": "农村生活垃圾设施覆盖率"}
    # not a rate and a change (城镇调查失业率、居民消费价格涨幅…: no rate pair, left as it was)
    got = _names("城镇调查失业率、居民消费价格涨幅控制在5.5%、3%以内。")
    assert "城镇调查失业率" != got["3%"]


def test_a_later_member_of_a_body_shares_its_head() -> None:
    # 红河 16 and 29: 旅游接待人数、总收入分别增长7%、10%; 每千人拥有市场主体数量、企业数量分别达97户、21家
    assert _names("全州旅游接待人数、总收入分别增长7%、10%。",
                  "旅游接待人数、总收入分别增长34.48%、39.64%。")["10%"] == "旅游总收入增长"
    assert _names("力争每千人拥有市场主体数量、企业数量分别达97户、21家。")["21家"] == "每千人拥有企业数量"
    # a member with its own subject keeps it
    assert _names("全市旅游人数、旅游收入分别增长7%、10%。")["10%"] == "旅游收入增长"


def test_each_of_a_list_or_group_is_no_part_of_the_name() -> None:
    # 红河 40: 确保全州口岸进出口货运量、值均增长20%以上; 楚雄 79/80: 确保州级两大集团均实现资产规模达500亿元以上
    assert "均" not in _names("确保全州口岸进出口货运量、值均增长20%以上。")["20%"]
    got = _names("确保州级两大集团均实现资产规模达500亿元以上、净资产规模达260亿元以上。")
    assert got["500亿元"] == "州级两大集团各自资产规模" and got["260亿元"] == "州级两大集团各自净资产规模"
    # an average (年均, 人均) stays
    assert _names("规模以上工业增加值年均增长8%。")["8%"] == "规模以上工业增加值年均增长"


def test_a_quota_of_each_weak_village_or_county_city_district() -> None:
    # 楚雄 65, 红河 69: 每个经济发展薄弱村重点培养3名至5名致富带头人; 朝阳 26: 每个县（市）区建设2个以上数字产业项目
    for band in ("3名至5名", "3至5名"):
        assert _names(f"每个经济发展薄弱村重点培养{band}致富带头人。")[band].startswith("每个经济发展薄弱村")
    assert _names("每个县（市）区建设2个以上数字产业项目。")["2个"].startswith("每个县(市)区")
    # a total with no 每 stays a total
    assert not _names("重点培养致富带头人500名。")["500名"].startswith("每")


def test_a_later_sector_member_shares_the_size_class() -> None:
    # 楚雄 86: 新增规模以上工业企业20户以上、服务业企业12户以上
    assert _names("新增规模以上工业企业20户以上、服务业企业12户以上。")["12户"] == "新增规模以上服务业企业户数"
    # a class of its own (高新技术企业) takes no size class
    assert _names("新增规模以上工业企业20户以上、高新技术企业12户以上。")["12户"] == "新增高新技术企业户数"
