"""Round 155, fix155e (held-out set 76): a sentence's sector lead (X方面，) scopes its generic project counts, which then
carry no city-wide key; a name cut after a period figure (3个月内入库率) takes the subject before the period; a share whose
name ends in an act (利用) or an outlay (支出) takes 率 / 占比; a carried member's commitment word (力争) leaves the name.
Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

from tests.target_cases import names_by_text, targets

_REVIEW = "全年地区生产总值增长4%。"


def test_a_sector_lead_scopes_its_project_counts() -> None:
    plan = "能源储运方面，建成甲管廊、乙储气设施等12个项目，开工丙接收站、丁储备基地等9个项目，加快打造能源枢纽。"
    t = targets(_REVIEW, plan)
    assert t.loc["12个", "indicator"] == "能源储运建成项目数"
    assert t.loc["9个", "indicator"] == "能源储运开工项目数" and t.loc["9个", "indicator_key"] != "projects_started"


def test_a_sector_lead_leaves_a_specific_count_alone() -> None:
    # near miss: 5G基站 says what is counted; the lead only says where it sits
    names = names_by_text(_REVIEW, "通信电力方面，新建5G基站1600个，开工续建22项输变电工程。")
    assert names["1600个"] == ["5G基站新建数"]
    # near miss: no lead, the count keeps its plain name and key
    t = targets(_REVIEW, "全年开工丙接收站、丁储备基地等9个项目。")
    assert "能源" not in t.loc["9个", "indicator"]


def test_a_name_cut_after_a_period_takes_the_subject_before_it() -> None:
    names = names_by_text(_REVIEW, "开展项目质量提升行动，集中开工项目6个月内入库率70%以上。")
    assert names["70%"] == ["集中开工项目入库率"]


def test_a_share_names_its_rate_or_its_part() -> None:
    names = names_by_text(_REVIEW, "实施拆后土地利用攻坚，拆后土地利用达85%。确保财政投入民生支出不低于70%。")
    assert names["85%"] == ["拆后土地利用率"]
    assert names["70%"] == ["财政投入民生支出占比"]
    # near miss: a share that already says so stays
    assert names_by_text(_REVIEW, "城镇污水处理率达到96%。")["96%"] == ["城镇污水处理率"]


def test_a_carried_member_drops_its_commitment_word() -> None:
    names = names_by_text(_REVIEW, "强化招商引资，确保实际到位市外资金500亿元，力争650亿元以上。")
    assert names["650亿元"] == ["实际到位市外资金"]


def test_a_cut_by_a_share_is_no_share() -> None:
    # near miss: 压缩一般性支出10% is a cut, the name takes no 占比
    assert names_by_text(_REVIEW, "坚持过紧日子，压缩一般性支出10%以上。")["10%"] == ["压缩一般性支出"]


def test_a_named_kind_of_project_keeps_its_name_under_a_lead() -> None:
    # near miss: …等13个国省道升级改造项目 says its kind; the lead is not added
    names = names_by_text(_REVIEW, "重大工程方面，开工建设高速改扩建工程，争取完成甲绕城、乙绕城等13个国省道升级改造项目。")
    assert names["13个"] == ["国省道升级改造项目数"]
