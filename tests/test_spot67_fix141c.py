"""Held-out set 67 (日喀则, 昌都, 甘南, 甘孜, 迪庆 2023), round fix141c: baselines of another basis, scope or measure (a
natural-basis change named as the level's, an adjusted change read across its bracket, a herd counted in 存栏, a total's
change against the additions', a share of another rate word)."""
from __future__ import annotations

from target_cases import baseline_of, class_of, targets


def test_a_plain_goal_takes_the_natural_basis_change() -> None:
    # 迪庆 row 3: 自然口径增长1%，同口径（扣除增值税留抵退税因素）增长15.87% -> a plain goal's baseline is the 1%
    review = "完成地方一般公共预算收入16.27亿元，自然口径增长1%，同口径（扣除增值税留抵退税因素）增长15.87%；完成地方一般公共预算支出159.16亿元，增长9.21%。"
    t = targets(review, "地方一般公共预算收入增长5%。")
    assert baseline_of(t, "5%") == "1%"
    # only the adjusted change stated: still the baseline
    t = targets("完成地方一般公共预算收入16.27亿元，同口径（扣除增值税留抵退税因素）增长15.87%。", "地方一般公共预算收入增长5%。")
    assert baseline_of(t, "5%") == "15.87%"


def test_a_herd_in_stock_is_a_stock() -> None:
    # 昌都 row 22: 阿旺绵羊、牦牛、藏猪存栏量分别保持在36万只…以上 is the herd kept, met already
    t = targets("阿旺绵羊、牦牛、藏猪存栏分别达36万只、159万头、16万头。",
                "阿旺绵羊、牦牛、藏猪存栏量分别保持在36万只、159万头、16万头以上，并加大出栏力度。")
    row = t[t["text"] == "36万只"].iloc[0]
    assert row["indicator_key"] == "sheep_inventory" and row["indicator"] == "阿旺绵羊存栏量"
    assert baseline_of(t, "36万只") == "36万只" and class_of(t, "36万只") == "met_already"
    # sold for slaughter: a flow still
    t = targets("生猪出栏30万头。", "生猪出栏量保持在36万头以上，存栏稳定。")
    assert t[t["text"] == "36万头"].iloc[0]["indicator_key"] == "hogs_slaughtered"


def test_a_totals_change_is_not_the_additions_change() -> None:
    # 甘南 row 103: 市场主体总数较上年增加10% is not measured by 新增市场主体8415户，较上年增长33%
    t = targets("全州新增市场主体8415户，较上年增长33%。", "提升市场准入便利化水平，市场主体总数较上年增加10%。")
    assert baseline_of(t, "10%") == ""
    # the total's own change: the baseline
    t = targets("市场主体总数较上年增长8%。", "提升市场准入便利化水平，市场主体总数较上年增加10%。")
    assert baseline_of(t, "10%") == "8%"


def test_a_share_of_another_rate_word_is_another_measure() -> None:
    # 甘南 row 21: 农村生活垃圾无害化处置率75% is not 5G 城乡覆盖率分别达到98.8%和96.7%
    t = targets("建成5G基站1315个，城乡覆盖率分别达到98.8%和96.7%。", "城乡生活垃圾无害化处置率分别达到99.5%和75%以上。")
    assert baseline_of(t, "75%") == ""
    # 处理率 and 处置率 share a word: still alike
    t = targets("农村生活垃圾无害化处理率达到70%。", "农村生活垃圾无害化处置率达到75%以上。")
    assert baseline_of(t, "75%") == "70%"
    # the review name holds the target's rate word (处置利用率): alike (main_dalian_2024)
    t = targets("重点建设用地安全利用率、危险废物安全处置利用率保持100%。", "危险废物安全处置率保持100%。")
    assert baseline_of(t, "100%") == "100%"
