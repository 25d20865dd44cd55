"""Held-out audit 63 (鹤壁, 阜新, 陇南, 白城, 石嘴山 2023), round fix135c: baselines refused by a counter gate or a near
synonym (a cooperative in 家 or 个, a household toilet in 座 or 户, 新发展 as 新增, 新增入规企业, 空气优良天数, a standard
scope 标准化, a rate kept with 增长 after it)."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from target_cases import baseline_of, targets


def test_a_cooperative_is_counted_in_jia_or_ge() -> None:
    # 陇南 row 72: 规范提升农民专业合作社1000家 against the review's 规范提升农民专业合作社986个
    t = targets("规范提升农民专业合作社986个。", "规范提升农民专业合作社1000家。", 2022)
    assert baseline_of(t, "1000家") == "986个"
    # no organisation in the name: 个 and 家 stay apart
    t = targets("建成示范点986个。", "建成示范点1000家。", 2022)
    assert baseline_of(t, "1000家") == ""


def test_a_household_toilet_is_counted_in_zuo_or_hu() -> None:
    # 陇南 row 77: 新改建农村户用卫生厕所7万座 against 新改建农村户用卫生厕所7.26万户
    t = targets("新改建农村户用卫生厕所7.26万户。", "新改建农村户用卫生厕所7万座。", 2022)
    assert baseline_of(t, "7万座") == "7.26万户"
    # public toilets are no household's: 座 and 户 stay apart
    t = targets("新建农村公共厕所726户。", "新建农村公共厕所700座。", 2022)
    assert baseline_of(t, "700座") == ""


def test_newly_developed_is_added_in_the_year() -> None:
    # 陇南 row 73: 新增家庭农场500家 against 新发展家庭农场467家
    t = targets("新发展家庭农场467家。", "新增家庭农场500家。", 2022)
    assert baseline_of(t, "500家") == "467家"
    # a count reached is still no baseline of those added
    t = targets("家庭农场达到4670家。", "新增家庭农场500家。", 2022)
    assert baseline_of(t, "500家") == ""


def test_firms_entering_the_size_line_are_firms_grown_above_it() -> None:
    # 陇南 row 26: 培育新增规上企业10户 against 新增入规企业30户
    t = targets("新增入规企业30户。", "培育新增规上企业10户。", 2022)
    assert baseline_of(t, "10户") == "30户"
    # another kind of firm (外贸企业) is no baseline
    t = targets("新增外贸企业30户。", "培育新增规上企业10户。", 2022)
    assert baseline_of(t, "10户") == ""


def test_good_air_days_without_quality() -> None:
    # 白城 row 58: 市区空气优良天数保持在95%以上 against 市区空气质量优良天数达到95.4%
    t = targets("市区空气质量优良天数达到95.4%。", "市区空气优良天数保持在95%以上。", 2022)
    assert baseline_of(t, "95%") == "95.4%"
    # another scope (县城) stays apart
    t = targets("县城空气质量优良天数达到95.4%。", "市区空气优良天数保持在95%以上。", 2022)
    assert baseline_of(t, "95%") == ""


def test_a_standard_is_no_narrower_scope() -> None:
    # 阜新 row 43: 新建、改扩建标准化规模养殖场30个 against 新建改扩建规模养殖场39个
    t = targets("新建改扩建规模养殖场39个。", "新建、改扩建标准化规模养殖场30个。", 2022)
    assert baseline_of(t, "30个") == "39个"
    # a scope that says which farms (智能化) still separates
    t = targets("新建改扩建智能化规模养殖场39个。", "新建、改扩建标准化规模养殖场30个。", 2022)
    assert baseline_of(t, "30个") == ""


def _kinds(text: str) -> dict[str, str]:
    q = extract_quantities(read_text(f"政府工作报告\n一、2022年工作回顾\n{text}\n二、2023年重点工作\n地区生产总值增长6%。\n"))
    return dict(zip(q["text"], q["kind"]))


def test_a_rate_kept_with_growth_after_it_is_a_growth() -> None:
    # 白城 row 10: 招商引资到位资金保持30%以上增长 is the growth of the funds, the baseline of 增长30%左右
    assert _kinds("招商引资到位资金保持30%以上增长。")["30%"] == "change"
    t = targets("招商引资到位资金保持30%以上增长。", "全年招商引资到位资金增长30%左右。", 2022)
    assert baseline_of(t, "30%") == "30%"
    # a share kept, its clause closed before 增长: still a share
    assert _kinds("森林覆盖率保持35%以上，增长势头良好。")["35%"] == "share"
