"""Baselines after audit 39 (fix47b): footnote markers and （含子公司） asides in names, a plan list read against the review list
that names the same members (新增 and 新引进, 重大 no scope), 破零 firms counted as added, a 分别 list read member by member,
firms of another sector refused, a rank clause skipped before a bare growth, a safety slogan's tail (粮食安全) dropped."""
from __future__ import annotations

import pandas as pd

from govreport import extract_quantities, read_text
from govreport.extract.name_fillers import without_fillers
from govreport.tables.firm_sectors import other_sector
from govreport.tables.list_mates import core
from target_cases import targets

GOALS = "地区生产总值增长5%左右。"


def _base(t: pd.DataFrame, text: str, value: float | None = None) -> str:
    rows = t.loc[[text]]
    if value is not None:
        rows = rows[rows["value"].astype(float) == value]
    got = rows.iloc[0]["baseline_text"]
    return "" if pd.isna(got) else str(got)


def _names(text: str) -> dict[str, str]:
    q = extract_quantities(read_text("政府工作报告\n一、2023年工作回顾\n" + text + "\n"))
    return dict(zip(q["text"], q["indicator"]))


SANYA_REVIEW = ("全力推进投资促进“六大行动”[2]，举办招商活动105场，新设国内驻点招商机构和国际商务服务点10个，新增央企（含子公司）12家、"
                "“三类500强”企业[3]45家、持牌金融机构10家。")
SANYA_PLAN = "力争新引进10家央企（含子公司）、10家总部企业、10家持牌金融机构、50家“三类500强”企业。"


def test_a_footnote_marker_is_no_part_of_a_name() -> None:
    """“三类500强”企业[3]45家 (SY24#13): the marker [3] leaves the name."""
    assert without_fillers("新增三类500强企业[3]数") == "新增三类500强企业数"
    assert _names(SANYA_REVIEW)["45家"] == "新增三类500强企业数"


def test_a_list_member_takes_the_member_of_the_review_list_that_names_the_same_things() -> None:
    """力争新引进10家央企（含子公司）、…、50家“三类500强”企业 against 新增央企（含子公司）12家、“三类500强”企业[3]45家、持牌金融机构10家
    (SY24#10, #13): the two lists share 持牌金融机构, so 央企 takes 12家 and 三类500强企业 45家, 新增 and 新引进 alike."""
    assert core("引进央企(含子公司)数") == core("新增央企数")
    t = targets(SANYA_REVIEW, GOALS + SANYA_PLAN, 2023)
    assert _base(t, "10家", 10) in ("12家", "10家")  # (the first 10家 is 央企's; 持牌金融机构's stays 10家)
    rows = t.loc[["10家"]]
    assert rows[rows["indicator"].str.contains("央企")].iloc[0]["baseline_text"] == "12家"
    assert _base(t, "50家") == "45家"


def test_a_major_project_is_no_narrower_scope_in_a_list_alike() -> None:
    """新引进“三类500强”项目15个以上、湘商回郴项目100个以上、投资2亿元以上重大项目200个以上 against 新引进“三类500强”项目40个、
    湘商回郴项目196个、投资2亿元以上项目260个 (CZ24#51): 重大 names no other scope."""
    assert core("投资2亿元以上重大项目数") == core("投资2亿元以上项目数")
    t = targets("新引进“三类500强”项目40个、湘商回郴项目196个、投资2亿元以上项目260个，分别完成年度目标的333%、196%、130%。",
                GOALS + "新引进“三类500强”项目15个以上、湘商回郴项目100个以上、投资2亿元以上重大项目200个以上。", 2023)
    assert _base(t, "200个") == "260个"


def test_firms_that_break_zero_are_firms_added() -> None:
    """41家生产型企业实现外贸“破零” against 新增生产型外贸“破零”企业25家 (CZ24#18): a first in the year, a flow."""
    t = targets("开展外贸主体创新三大行动，41家生产型企业实现外贸“破零”，实体贸易增长47%。",
                GOALS + "做大锻铸造、稀贵金属综合回收利用、家居智造省级县域外贸特色产业集群，新增生产型外贸“破零”企业25家。", 2023)
    assert _base(t, "25家") == "41家"


def test_a_list_member_takes_its_own_members_figure() -> None:
    """力争省级及以上园区技工贸总收入、规模工业增加值、亩均税收分别增长15%、9%、18% against 省级及以上产业园区亩均税收19.35万元，
    增长31.1% (CZ24#34, #36): 31.1% is the third member's, not the first's; the city's 规模工业增加值增长 is not the parks'."""
    t = targets("规模工业增加值增长7.1%。省级及以上产业园区亩均税收19.35万元，增长31.1%。",
                GOALS + "力争省级及以上园区技工贸总收入、规模工业增加值、亩均税收分别增长15%、9%、18%。", 2023)
    assert _base(t, "15%") == ""
    assert _base(t, "9%") == ""
    assert _base(t, "18%") == "31.1%"


def test_firms_of_another_sector_are_no_baseline() -> None:
    """新增限上商贸企业271家、规上服务业企业92家 is no baseline of 规上工业企业120家 nor of 规上文化企业300家 (SY24#46, #28)."""
    assert other_sector("规上工业企业数", "新增规上服务业企业数") and other_sector("培育规上文化企业数", "新增规上服务业企业数")
    assert not other_sector("服务业企业数", "新增规上服务业企业数") and not other_sector("规上企业数", "新增规上服务业企业数")
    t = targets("新增限上商贸企业271家、规上服务业企业92家。",
                GOALS + "积极培育“四上”企业，新增限上商贸企业150家，规上工业企业120家，服务业企业60家。"
                "培育营收亿元以上龙头企业5家、规上文化企业300家。", 2023)
    assert _base(t, "120家") == ""
    assert _base(t, "300家") == ""


def test_a_rank_clause_is_skipped_before_a_bare_growth() -> None:
    """实际使用外资1.6亿美元，总量居全省第二位，增长50.12% (CZ24#52): the growth of 实际使用外资, the baseline of 实际使用外资增长10%."""
    assert _names("实际使用外资1.6亿美元，总量居全省第二位，增长50.12%。")["50.12%"] == "实际使用外资增长"
    t = targets("实际使用外资1.6亿美元，总量居全省第二位，增长50.12%。",
                GOALS + "积极参与跨国公司湖南行、“欧洽周”等招商活动，力争实际使用外资增长10%。", 2023)
    assert _base(t, "10%") == "50.12%"


def test_a_safety_slogan_names_its_thing() -> None:
    """守牢粮食安全，产量稳定在16.5亿斤以上 (SY24#21): 粮食产量, the baseline of 粮食播种面积与产量稳定在318万亩、16.5亿斤以上;
    统筹发展和安全 keeps its pair."""
    assert _names("守牢粮食安全，产量稳定在16.5亿斤以上。")["16.5亿斤"] == "粮食产量"
    t = targets("守牢粮食安全，产量稳定在16.5亿斤以上。",
                GOALS + "坚持稳面积、增单产，粮食播种面积与产量稳定在318万亩、16.5亿斤以上。", 2023)
    assert _base(t, "16.5亿斤") == "16.5亿斤"
