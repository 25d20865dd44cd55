"""Held-out set 66 (伊犁, 博尔塔拉, 西双版纳 2023), round fix140c: figures that are no plan-year targets (an idiom holding a
share, a length in a listed route's name, an existing fund's size put to use, an approved set under way pushed)."""
from __future__ import annotations

from target_cases import targets


def _texts(review: str, plan: str) -> set[str]:
    """The target texts of a review part and a plan part."""
    return set(targets(review, plan)["text"])


def test_an_idiom_holding_a_share_is_no_target() -> None:
    # 西双版纳 row 19: 只要有百分之一的希望就付出百分之百的努力
    got = _texts("实际利用外资增长15%。",
                 "精准出击，只要有百分之一的希望就付出百分之百的努力，实现实际利用外资增长20%以上。")
    assert "百分之一" not in got and "20%" in got
    # a share in words that opens no idiom stays a goal
    assert "百分之五" in _texts("实际利用外资增长15%。", "实际利用外资增长百分之五。")


def test_a_length_in_a_listed_routes_name_is_no_target() -> None:
    # 博尔塔拉 row 40: 打造G219、环博800公里北线、夏尔希里和艾比湖旅游公路等自驾线路
    got = _texts("新建自驾营地4座。",
                 "打造G219、环博800公里北线、夏尔希里和艾比湖旅游公路等自驾线路，新建自驾营地6座。")
    assert "800公里" not in got and "6座" in got
    # a length built, a verb before it, stays a goal
    assert "300公里" in _texts("新建农村公路200公里。", "建成300公里环线。")


def test_an_existing_funds_size_put_to_use_is_no_target() -> None:
    # 博尔塔拉 row 72: 用好10亿元汇鑫产业发展基金 (no 的 between the amount and the fund's name)
    got = _texts("设立产业发展基金5亿元。", "用好10亿元汇鑫产业发展基金，撬动更多社会资本投向实体经济。")
    assert "10亿元" not in got
    # a fund set up this year stays a goal
    assert "10亿元" in _texts("设立产业发展基金5亿元。", "设立产业发展基金10亿元。")


def test_an_approved_set_under_way_pushed_is_no_target() -> None:
    # 伊犁 row 32: 加快州直3个“十三五”已核准年产870万吨煤矿项目建设
    got = _texts("建成煤矿项目2个。",
                 "加快州直3个“十三五”已核准年产870万吨煤矿项目建设，推动塔城地区5个年产120万吨及以上煤矿项目建设。")
    assert "3个" not in got and "5个" in got
    # approved projects to start this year stay a goal
    assert "3个" in _texts("建成煤矿项目2个。", "新开工3个已核准煤矿项目。")
