"""Names of 分别 list members after audit 46 (fix58n): the measure the last member states after its subject is every
member's, past a goal word before 分别 (徐州 集成电路与ICT、医药健康规模力争分别…) and before a change (徐州经开区、徐州高新区
工业开票销售收入分别增长…); a bound word after 分别 (超过) is no part of a name (衢州 市属国企资产、营业收入分别超过…)."""
from __future__ import annotations

from name_cases import names

XUZHOU_SCALE = "培育壮大新兴产业，开工建设26个重大项目，集成电路与ICT、医药健康规模力争分别达到450亿元和430亿元，安全应急产值增长10%以上。"
XUZHOU_ZONES = "做强国家级开发区，徐州经开区、徐州高新区工业开票销售收入分别增长13%和18%，确保全国排名双进位。"
QUZHOU_FIRMS = "力争市属国企资产、营业收入分别超过3500亿元、300亿元。"


def test_a_goal_word_before_each_leaves_the_shared_measure_to_the_first_member() -> None:
    """集成电路与ICT、医药健康规模力争分别达到450亿元和430亿元: the first member's size too, not a bare 集成电路与ICT."""
    got = names(XUZHOU_SCALE)
    assert got["450亿元"] == "集成电路与ICT规模"
    assert got["430亿元"] == "医药健康规模"


def test_a_subject_list_before_a_long_measure_and_a_change() -> None:
    """徐州经开区、徐州高新区工业开票销售收入分别增长13%和18%: each zone's invoiced sales, the change last."""
    got = names(XUZHOU_ZONES)
    assert got["13%"] == "徐州经开区工业开票销售收入增长"
    assert got["18%"] == "徐州高新区工业开票销售收入增长"


def test_members_whose_subjects_end_unlike_take_the_registered_measure_only() -> None:
    """吉利商用车、能投化学、三环电子产值分别突破…: the neighbouring right behaviour, 产值 alone (the subjects differ in length)."""
    got = names("力争吉利商用车、能投化学、三环电子产值分别突破80亿元、60亿元、35亿元。")
    assert [got["80亿元"], got["60亿元"], got["35亿元"]] == ["吉利商用车产值", "能投化学产值", "三环电子产值"]


def test_a_bound_after_each_is_no_part_of_the_names() -> None:
    """市属国企资产、营业收入分别超过3500亿元、300亿元: 市属国企资产, not 市属国企资产超过."""
    got = names(QUZHOU_FIRMS)
    assert got["3500亿元"] == "市属国企资产"
    assert not got["300亿元"].endswith("超过")


def test_a_change_after_each_stays_in_the_names() -> None:
    """城镇、农村常住居民人均可支配收入分别增长…: the change word is kept (the neighbouring right behaviour)."""
    got = names("城镇、农村常住居民人均可支配收入分别增长5%和7%。")
    assert all(n.endswith("增长") for n in (got["5%"], got["7%"]))


def test_a_member_with_its_own_measure_keeps_it_before_a_change() -> None:
    """新能源产业产值、文旅创意产业营业收入分别增长32.5%和10% (厦门): 新能源产业产值增长, no 营业收入 added."""
    got = names("新能源产业产值、文旅创意产业营业收入分别增长32.5%和10%。")
    assert got["32.5%"] == "新能源产业产值增长"
