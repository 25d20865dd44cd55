"""Spot audits 36 (丹东, 张家口, 鞍山 2025), round fix90b: a baseline of another set refused (another utility's network,
projects for firms, another scheme quoted by name), and a review series named by its quoted brand taken for a target that
counts the series' noun."""
from __future__ import annotations

from target_cases import baseline_of, class_of, targets


def test_one_utilitys_network_is_no_baseline_of_anothers() -> None:
    # 丹东 L30 / L63 (row 53): the gas network's 165公里 is no baseline of heating's 164公里; heating's own 225公里 is
    review = "深化燃气安全专项整治，改造管网165公里。完成“冬病夏治”项目656个，改造供热管网225公里。"
    t = targets(review, "强化供热“冬病夏治”，改造管网164公里。")
    assert baseline_of(t, "164公里") == "225公里"
    t = targets("深化燃气安全专项整治，改造管网165公里。", "强化供热“冬病夏治”，改造管网164公里。")
    assert baseline_of(t, "164公里") == ""
    t = targets("深化燃气安全专项整治，改造管网165公里。", "深化燃气安全专项整治，改造管网150公里。")
    assert baseline_of(t, "150公里") == "165公里"  # the same network still matches


def test_projects_are_no_baseline_of_firms() -> None:
    # 张家口 L15 / L51 (row 43): 实施农产品加工项目112个 does not measure 规模以上农产品加工企业发展到115家
    review = "创建现代示范农场101家，实施农产品加工项目112个。"
    plan = "持续推进“一县一品”建设，规模以上农产品加工企业发展到115家。"
    assert baseline_of(targets(review, plan), "115家") == ""
    assert baseline_of(targets(review, "实施农产品加工项目120个。"), "120个") == "112个"


def test_another_scheme_quoted_by_name_is_no_baseline() -> None:
    # 鞍山 L18 / L58 (row 33): 58个 is the “高效办成一件事” scenes', not the “免证办” scenes'
    review = "开展政务服务综合窗口高效运行等五个攻坚专项行动，上线“高效办成一件事”主题场景58个。"
    plan = "强化电子证照赋能，新推出“高效办成一件事”主题场景34个和“免证办”场景35个。"
    t = targets(review, plan)
    assert baseline_of(t, "35个") == ""
    assert baseline_of(t, "34个") == "58个"


def test_a_series_named_by_its_brand_counts_its_noun() -> None:
    # 鞍山 L8 / L49 (row 5): 开展“乐购鞍山惠享美好”促消费系列活动400余场 is the baseline of 组织促消费活动430场
    review = "开展“乐购鞍山惠享美好”促消费系列活动400余场。"
    plan = "提振汽车、家电等大宗消费，组织促消费活动430场，举办各类展会100场。"
    t = targets(review, plan)
    assert baseline_of(t, "430场") == "400余场"
    assert class_of(t, "430场") == "modest"
    assert baseline_of(t, "100场") == ""
