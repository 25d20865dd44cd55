"""Round fix175e (held-out set 92, 株洲 2021 and 锦州 2022): what a 100% goal reaches (实现100%委托照料 -> 委托照料率), the
register a 入库 count entered (…培育库，入库企业 -> …培育库入库企业数), 研究与试验发展 kept whole, a bare institution noun with a
% (…机构达到80% -> …机构比例), and 获评 after a review count as the year's titles won, no stock."""
from __future__ import annotations

import pytest

from target_cases import targets

GOALS = "地区生产总值增长7%。"
REVIEW = "地区生产总值增长6%。"


def _name(plan: str, text: str, review: str = REVIEW) -> str:
    t = targets(review, GOALS + plan)
    return str(t.loc[[text]].iloc[0]["indicator"])


@pytest.mark.parametrize(("plan", "text", "name"), [
    ("完善特困人员救助供养制度，确保分散供养特困人员实现100%委托照料。", "100%", "分散供养特困人员委托照料率"),
    ("有集中供养需求的生活不能自理特困人员实现100%集中供养。", "100%", "有集中供养需求的生活不能自理特困人员集中供养率"),
    ("建立“爆品”“双五”“深科技”等高成长科技企业培育库，入库企业达到50家。", "50家", "高成长科技企业培育库入库企业数"),
    ("全社会研究与试验发展（R&D）经费支出占GDP比重同比提升0.3个百分点。", "0.3个百分点", "全社会研究与试验发展(R&D)经费支出占GDP比重提升"),
    ("老年友善医疗卫生机构达到80%以上。", "80%", "老年友善医疗卫生机构比例"),
])
def test_set92_names(plan: str, text: str, name: str) -> None:
    """Rows 32, 33 (株洲), 7, 12, 35 (锦州): the measure after the %, the register, the whole term, the share of the institutions."""
    assert _name(plan, text) == name


@pytest.mark.parametrize(("plan", "text", "name"), [
    ("推进政务服务事项实现100%进驻。", "100%", "政务服务事项进驻率"),  # a short state reached, as before
    ("支持光学电子供应链产业园建设，新进驻项目6个。", "6个", "光学电子供应链产业园新进驻项目数"),  # a park entered, as before
    ("智能化煤矿达到80%以上。", "80%", "智能化煤矿比例"),  # things of another kind, as before
    ("城市建成区绿化覆盖率达到40%以上。", "40%", "城市建成区绿化覆盖率"),  # a rate named already: no 比例 added
])
def test_near_misses_keep_their_names(plan: str, text: str, name: str) -> None:
    """Neighbouring right behaviour the rules above leave as it was."""
    assert _name(plan, text) == name


def test_titles_won_in_the_year_are_no_stock() -> None:
    """锦州 row 5: 11户企业获评省级专精特新中小企业 is a year's titles, not set aside as a stock (the tier still decides)."""
    review = REVIEW + "拓新电力等14户企业获评国家和省级专精特新“小巨人”企业，集信高温等11户企业获评省级专精特新中小企业。"
    row = targets(review, GOALS + "新增“专精特新”企业10户以上。").loc[["10户"]].iloc[0]
    assert row["measure"] == "flow" and "a stock or a gross count" not in str(row["match_reason"])


def test_a_count_reached_after_titles_stays_a_stock() -> None:
    """Near miss: a count reached (专精特新企业达到60户) is still no baseline of a year's addition."""
    review = REVIEW + "全市专精特新企业达到60户。"
    row = targets(review, GOALS + "新增“专精特新”企业10户以上。").loc[["10户"]].iloc[0]
    assert row["match"] == "none"
