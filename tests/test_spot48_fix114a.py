"""Held-out audits 46-48 (2023 city reports), round fix114a: names of list members and per-unit counts — a subject list
sharing one rate, a manner word of an 各 list's first kind, a per-household standard, dwellings counted after projects,
a projects' 投资总额, and a member with its own verb that takes no verb of the member before it."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from target_cases import baseline_of, targets


def _names(plan: str) -> list[tuple[str, str]]:
    """(text, indicator) of each figure of ``plan`` (a plan part)."""
    text = f"政府工作报告\n一、2022年工作回顾\n粮食增产。\n二、2023年重点工作\n{plan}\n"
    q = extract_quantities(read_text(text))
    return [(x, n) for x, n in zip(q["text"], q["indicator"]) if not str(x).endswith("年")]


def test_a_list_of_subjects_sharing_one_rate_is_a_row_each() -> None:
    # 洛阳 row 0: 地区生产总值、人均GDP、全员劳动生产率增长7% — each subject its growth, GDP with its baseline
    t = targets("预计全年经济增长3.5%左右。", "主要预期目标是：地区生产总值、人均GDP、全员劳动生产率增长7%。", 2022)
    assert list(t["indicator"]) == ["地区生产总值增长", "人均GDP增长", "全员劳动生产率增长"]
    assert baseline_of(t, "7%") == "" and t.iloc[0]["baseline_text"] == "3.5%"
    # a list of counts without 各/均 stays one sum
    t = targets("新增学位1万个。", "新增学位、床位2万个。", 2022)
    assert len(t) == 1


def test_a_manner_word_of_the_first_kind_reaches_every_kind_of_an_each_list() -> None:
    # 怒江 G1: 打造标准化生猪、肉羊、肉牛养殖基地各2个
    t = targets("粮食增产。", "打造标准化生猪、肉羊、肉牛养殖基地各2个。", 2022)
    assert list(t["indicator"]) == ["标准化生猪养殖基地数", "标准化肉羊养殖基地数", "标准化肉牛养殖基地数"]
    assert not any(t["indicator_key"].fillna(""))
    # two kinds that share no head keep their own words
    t = targets("粮食增产。", "新培育数字化车间、智能工厂各3家。", 2022)
    assert list(t["indicator"]) == ["新培育数字化车间数", "新培育智能工厂数"]


def test_a_per_household_count_keeps_its_per_unit_word() -> None:
    # 怒江 G5: 实现有劳动力的搬迁家庭户均2人稳定就业 — a standard per household, no total as its baseline
    t = targets("搬迁家庭稳定就业3000人。", "实现有劳动力的搬迁家庭户均2人稳定就业。", 2022)
    assert t.loc["2人", "indicator"] == "搬迁家庭户均稳定就业人数" and baseline_of(t, "2人") == ""
    # a count with no per-unit word before it is a total as before
    assert ("2000人", "稳定就业人数") in _names("实现2000人稳定就业。")


def test_dwellings_counted_after_projects_are_the_units() -> None:
    # 漯河 G4: 新开工棚户区改造项目5个、3425套
    names = _names("新开工棚户区改造项目5个、3425套。")
    assert names == [("5个", "新开工棚户区改造项目数"), ("3425套", "新开工棚户区改造套数")]
    # projects counted in 个 stay projects
    assert _names("实施城市更新项目12个。") == [("12个", "实施城市更新项目数")]


def test_a_total_investment_after_projects_is_theirs() -> None:
    # 漯河 G5: 全年新签约超亿元项目200个以上、投资总额800亿元以上
    names = dict(_names("全年新签约超亿元项目200个以上、投资总额800亿元以上。"))
    assert names["800亿元"] == "新签约超亿元项目投资总额"
    # 投资总额 of a named subject is its own
    assert dict(_names("外商投资总额达5亿美元。"))["5亿美元"] == "外商投资总额"


def test_a_member_with_its_own_count_verb_takes_no_verb_of_the_member_before() -> None:
    # 哈密 G4: 投入援疆资金4.26亿元、实施援疆项目49个 -> 实施援疆项目数, not 实施援疆项目投入数
    names = dict(_names("力争投入援疆资金4.26亿元、实施援疆项目49个。"))
    assert names["49个"] == "实施援疆项目数"
    # a bare member still takes it: 生猪出栏…、肉牛…
    names = dict(_names("生猪出栏10万头、肉牛2万头。"))
    assert names["2万头"] == "肉牛出栏量"
