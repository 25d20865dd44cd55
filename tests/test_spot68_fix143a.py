"""Held-out audit 68 (黔西南, 黔南 2023), round fix143a: a 、 list of subjects sharing one measure, each member named by its
own subject and the shared measure, never the members glued together."""
from __future__ import annotations

from target_cases import names_by_text

REVIEW = "全州地区生产总值增长5%。"


def _names(plan: str) -> dict[str, list[str]]:
    """The indicator names of each target text of ``plan`` (a 2023 plan after a 2022 review)."""
    return names_by_text(REVIEW, plan, 2022)


def test_and_related_joins_within_one_member() -> None:
    # 黔西南 rows 61/62: 旅游及相关产业增加值 is one member (及相关: and related), not two
    got = _names("力争实现旅游及相关产业增加值、游客人均消费分别增长10%、8%。")
    assert got["10%"] == ["旅游及相关产业增加值增长"] and got["8%"] == ["游客人均消费增长"]
    # a 及 joining two members still splits them (unchanged)
    got = _names("规模以上工业增加值及固定资产投资分别增长10%、8%。")
    assert got["10%"] != got["8%"]


def test_a_commitment_before_each_is_no_members_word() -> None:
    # 黔南 rows 136/137: 确保分别完成交通、水利投资80亿元、70亿元
    got = _names("确保分别完成交通、水利投资80亿元、70亿元，基础设施投资同比增长10%以上。")
    assert got["80亿元"] == ["交通投资"] and got["70亿元"] == ["水利投资"]
    # with no commitment: as before
    got = _names("分别完成交通、水利投资80亿元、70亿元。")
    assert got["80亿元"] == ["交通投资"] and got["70亿元"] == ["水利投资"]


def test_one_investment_shared_by_a_work_and_an_investment() -> None:
    # 黔西南 row 73: 城市基础设施建设、房地产投资分别完成120亿元: 120亿元 each
    got = _names("城市基础设施建设、房地产投资分别完成120亿元。")
    assert got["120亿元"] == ["城市基础设施建设投资", "房地产投资"]
    # 黔南 row 132: 双双突破百亿元, 双双 no word of either name
    got = _names("力争新能源电池材料、新能源产业投资双双突破百亿元。")
    assert got["百亿元"] == ["新能源电池材料投资", "新能源产业投资"]
    # a first member with a measure of its own takes no investment: left to the other rules
    got = _names("规上工业增加值、工业投资均增长10%。")
    assert all("增加值投资" not in n for n in got["10%"])


def test_a_shared_total_growth_is_each_subjects() -> None:
    # 黔南 row 164: 市场主体、企业总量增速均保持10%以上
    got = _names("力争全州市场主体、企业总量增速均保持10%以上。")
    assert got["10%"] == ["市场主体总量增速", "企业总量增速"]
