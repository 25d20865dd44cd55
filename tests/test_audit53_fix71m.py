"""Names after audit 53 (fix71m): what a list shares carried to its later members — a verb that puts idle land to use
(盘活利用, 淮南), a 新 before the list's verb (新引进, 淮南), the verb of a 各 pair with no measure of its own (打造, 淮南), the
scope or class of the first member (农村, 老旧, 连云港); beside each, the neighbouring right behaviour kept."""
from __future__ import annotations

from target_cases import targets

REVIEW = "地区生产总值增长5%。"
GOALS = "地区生产总值增长7%左右。"


def _names(plan: str) -> list[str]:
    return targets(REVIEW, GOALS + plan, 2023)["indicator"].tolist()


def test_idle_land_list_shares_its_verb() -> None:
    """盘活利用批而未供和闲置土地8000亩、低效工业用地2000亩、闲置厂房20万平方米 (淮南 rows 68, 69): each member put to use."""
    names = _names("盘活利用批而未供和闲置土地8000亩、低效工业用地2000亩、闲置厂房20万平方米。")
    assert "盘活利用低效工业用地面积" in names
    assert "盘活利用闲置厂房面积" in names


def test_new_before_the_list_verb_is_carried() -> None:
    """新引进亿元以上省外项目资金额570亿元以上、亿元以上工业项目240个以上 (淮南 row 11): the projects are new ones."""
    names = _names("新引进亿元以上省外项目资金额570亿元以上、亿元以上工业项目240个以上。")
    assert "新引进亿元以上工业项目数" in names


def test_new_is_not_carried_to_a_stage_or_a_total() -> None:
    """新开工…、竣工120个 (a stage of its own) and 新开通…、总量突破1.6万个 (the stock reached) take no 新 verb."""
    assert "亿元以上项目竣工数" in _names("新开工亿元以上项目170个以上、竣工120个以上。")
    assert "5G基站总量" in _names("新开通5G基站1500个、总量突破1.6万个。")


def test_each_pair_takes_its_verb_and_count() -> None:
    """打造完整社区、“一刻钟便民生活圈”各4个 (淮南 rows 87, 88): 打造…数 for each, not a bare noun."""
    names = _names("打造完整社区、“一刻钟便民生活圈”各4个。")
    assert "打造完整社区数" in names
    assert "打造“一刻钟便民生活圈”数" in names


def test_each_pair_keeps_its_level() -> None:
    """争创省级A、“星创天地”各1个 (巴中): the level stays with both members, the verb before it."""
    assert "争创省级“星创天地”数" in _names("争创省级科技助力乡村振兴先行村、“星创天地”各1个。")


def test_rural_scope_is_carried_to_the_last_member() -> None:
    """改造农村户厕13万余户、供水管网300公里 (连云港 row 76), 新改建农村公路300公里、桥梁20座 (row 80): rural too."""
    assert "农村供水管网改造长度" in _names("改造农村户厕13万余户、供水管网300公里。")
    assert "新改建农村桥梁数" in _names("新改建农村公路300公里、桥梁20座。")


def test_rural_scope_not_carried_to_another_tier_or_a_later_member() -> None:
    """新建农村公路…、高速公路… (a tier of its own); 打造定制公交5条、“农村客货邮融”试点1个、城际公交1条 (毕节: a member
    after another's scope)."""
    assert "高速公路新建长度" in _names("新建农村公路100公里、高速公路20公里。")
    assert "打造城际公交数" in _names("打造定制公交5条、“农村客货邮融”试点1个、城际公交1条。")


def test_old_class_is_carried_to_a_member_of_the_same_head() -> None:
    """改造老旧燃气管网74公里、供水管网48公里、二次供水设施18座 (连云港 row 62): old water pipes, not old facilities."""
    names = _names("改造老旧燃气管网74公里、供水管网48公里、二次供水设施18座。")
    assert "老旧供水管网改造长度" in names
    assert "二次供水设施改造数" in names
