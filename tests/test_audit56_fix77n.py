"""Audit 56 leftovers of list members' names (round fix77n): a herd's size is a stock, levels counted after a 、 list
(市、县两级) split level by level, 稳定…在 round a level held cut off."""
from govreport.extract.indicators import list_members
from govreport.extract.keys import indicator_key
from govreport.extract.name_owners import own_words


def test_herd_size_is_a_stock() -> None:
    # 淮北: 全市肉牛养殖规模达7.4万头 — cattle in stock, not cattle sold for slaughter
    assert indicator_key("全市肉牛养殖规模", "头", "up") == "cattle_inventory"
    assert indicator_key("肉牛", "头", "up") == "cattle_slaughtered"


def test_levels_counted_after_a_list() -> None:
    # 贺州: 推动市、县两级财政科技支出占一般公共预算支出比重分别达到2%、1%
    assert list_members("推动市、县两级财政科技支出占一般公共预算支出比重分别达到", 2) == [
        "市级财政科技支出占一般公共预算支出比重", "县级财政科技支出占一般公共预算支出比重"]


def test_held_level_loses_its_frame() -> None:
    # 贺州: 稳定水果种植面积在96万亩左右
    assert own_words("稳定水果种植面积") == "水果种植面积"
    assert own_words("稳定就业人数") == "稳定就业人数"
    assert own_words("稳定耕地保有量") == "稳定耕地保有量"  # 稳定耕地: a class of land (咸宁), no verb


def test_two_industries_pair_with_two_figures() -> None:
    # 贺州: 力争培育黄金珠宝、电子信息产业规上工业企业5家、8家 (no 分别: the figures in the members' order)
    from govreport.extract.value_lists import listed_clause
    first, rest = listed_clause((), "力争培育黄金珠宝、电子信息产业规上工业企业", 2, False)
    assert first == "力争培育黄金珠宝产业规上工业企业"
    assert rest == ("力争培育电子信息产业规上工业企业",)
    assert listed_clause((), "新增省级、市级农业产业化龙头企业", 2, False) == ("新增省级、市级农业产业化龙头企业", ())
