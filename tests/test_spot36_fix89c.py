"""Spot audits 36, round fix89c: a count whose noun opens with 已 and a verb (39个已签约待开工项目尽快开工) is of the
things so described, named with the end the projects reach even when a 、 opens the list's next count; signed projects
whose building starts are no signings."""
from __future__ import annotations

from govreport.extract import extract_quantities
from govreport.extract.counts import done_noun
from govreport.report import read_text


def _names(text: str) -> dict[str, tuple[str, str]]:
    q = extract_quantities(read_text("二、2024年工作安排\n" + text))
    return {t: (n, k) for t, n, k in zip(q["text"], q["indicator"], q["indicator_key"])}


def test_a_count_of_projects_already_signed_is_of_those_projects() -> None:
    # 池州 2023: the 39 projects are not named for the clause before (…预审制度推动数)
    names = _names("严格落实重大招商项目尽职调查、会商预审制度，推动39个已签约待开工项目尽快开工、84个在谈项目尽快签约、"
                   "20个长期跟踪项目尽快取得实质性进展。")
    assert names["39个"][0] == "已签约待开工项目开工数"
    assert names["84个"][0] == "在谈项目签约数"
    assert names["20个"][0] == "长期跟踪项目尽快取得实质性进展数"


def test_signed_projects_whose_building_starts_are_no_signings() -> None:
    # 沈阳 2024: not the neighbour's name 央地合作项目签约落地数, nor its key
    names = _names("创新央地合作模式，推动新谋划的116个央地合作项目签约落地、66个已签约项目开工建设。")
    assert names["66个"] == ("已签约项目开工建设数", "")
    assert names["116个"][1] == "investment_projects_signed"


def test_an_already_clause_running_on_to_de_is_read_as_before() -> None:
    # 广东 2026: 已建成自然村的… keeps its reading (done_noun's 的 form), the 已 run stops at 的
    s = "改造提升超5000个已建成自然村的生活污水治理设施。"
    assert done_noun(s, s.index("个") + 1, "个") == "已建成自然村生活污水治理设施"
    s2 = "推动39个已签约待开工项目尽快开工。"
    assert done_noun(s2, s2.index("个") + 1, "个").startswith("已签约待开工项目")
