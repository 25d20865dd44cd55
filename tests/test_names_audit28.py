"""Names after audit 28 (docs/audits/targets_28.md, fault class "names that say no measure"): paraphrased sentences
run through the real reader and extractor."""
from __future__ import annotations

from govreport import extract_quantities, read_text


def names(text: str) -> dict[str, str]:
    q = extract_quantities(read_text(text))
    return dict(zip(q["text"], q["indicator"]))


def test_a_later_member_of_a_list_of_periods_is_the_same_measure_in_its_period() -> None:
    """开工率一季度达到a、二季度达到b、三季度c以上: 二季度 alone is the rate in the second quarter (WZ24#43, #44)."""
    n = names("确保重点项目开工率一季度达到25%、二季度达到55%、三季度80%以上。")
    assert n["55%"] == "重点项目开工率二季度"
    assert n["80%"] == "重点项目开工率三季度"


def test_an_aid_word_after_an_amount_per_head_is_its_head() -> None:
    """…患病妇女给予每人N元救助: the aid per person of the people given it, not 每人…给予 (NM26#55)."""
    n = names("实施免费手术1000例、“两癌”患病妇女给予每人8000元救助。")
    assert n["8000元"] == "两癌患病妇女每人救助"
    n = names("对符合条件的困难学生给予每人3000元补助。")
    assert n["3000元"] == "困难学生每人补助"


def test_a_bare_number_after_a_ratio_word_and_a_level_change_is_a_ratio() -> None:
    """城乡居民收入倍差缩小至1.86左右: a ratio without unit, a target with the review's ratio as baseline (WZ24 #97)."""
    import sys
    sys.path.insert(0, __file__.rsplit("/", 1)[0])
    from target_cases import targets
    t = targets("城乡居民收入倍差缩小至1.92。", "地区生产总值增长5%左右，城乡居民收入倍差缩小至1.88左右。", review_year=2023)
    assert t.loc["1.88", "indicator"] == "城乡居民收入倍差"
    assert t.loc["1.88", "baseline_text"] == "1.92"
    q = extract_quantities(read_text("落实“1262”机制。"))
    assert list(q["role"]) == ["label"]  # a bare number without a ratio word before it stays a label


def test_ba_counts_pieces() -> None:
    """投用充电枪3万把以上: 把 is a counter (WZ24 #88, missed); 把 as a verb after a number is not read (把…作为)."""
    n = names("建设公共充电站，投用充电枪3万把以上。")
    assert n["3万把"] == "投用充电枪数"
    q = extract_quantities(read_text("用3年时间把产业园建成示范园区。"))
    assert "3年" in set(q["text"]) and not any(x.endswith("把") for x in q["text"])


def test_a_capacity_built_of_a_class_of_projects_is_a_target_named_for_the_class() -> None:
    """在…地区布局建设N万千瓦新型储能项目: the size to build, named 布局建设新型储能装机容量 (NM26 #17, missed); a capacity in a
    named plant's name (XX发电厂2×35万千瓦热电联产项目) is no such target."""
    import sys
    sys.path.insert(0, __file__.rsplit("/", 1)[0])
    from target_cases import targets
    t = targets("新增风电装机300万千瓦。", "地区生产总值增长5%左右。在负荷中心、新能源富集地区布局建设500万千瓦新型储能项目。", review_year=2025)
    assert t.loc["500万千瓦", "indicator"] == "布局建设新型储能装机容量"
    t = targets("新增风电装机300万千瓦。", "地区生产总值增长5%左右。推进东山发电厂2×35万千瓦热电联产项目建设。", review_year=2025)
    assert "35万千瓦" not in t.index
    # a plant's output capacity before a product's project is that one project's size, no target (audit 29 text, 建设N万吨…铝材项目)
    t = targets("新增风电装机300万千瓦。", "地区生产总值增长5%左右。有色产业，建设30万吨高端轻量化铝材项目，支持冶炼企业扩大规模。", review_year=2025)
    assert "30万吨" not in t.index


def test_bare_funds_before_the_works_they_pay_for_are_those_works_funds() -> None:
    """安排资金N亿元，办好M项民生实事 and 投入N亿元办好“a+b”项民生实事: 民生实事资金, not 资金 / 投入 (XZ26#42, name only)."""
    assert names("坚持民生为大，安排资金120亿元，办好30项民生实事。")["120亿元"] == "民生实事资金"
    assert names("投入160亿元办好“20+8”项民生实事。")["160亿元"] == "民生实事资金"
    assert names("安排资金120亿元，支持企业技术改造。")["120亿元"] != "民生实事资金"
