"""Held-out audit 63 (鹤壁, 阜新, 陇南, 白城, 石嘴山 2023), round fix135a: five-year goals under a heading naming both the
five years and the plan year (二、今后五年奋斗目标和2023年总体要求), and a 分别 list opened by a commitment."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from target_cases import targets


def _years(text: str) -> dict[str, tuple[str, str]]:
    """Each target figure's (year, year_from) in ``text`` ('' for no year_from)."""
    q = extract_quantities(read_text(text))
    q = q[q["role"] == "target"]
    return {r["text"]: (str(r["year"]), "" if str(r["year_from"]) in ("", "nan", "None", "<NA>") else str(r["year_from"]))
            for _, r in q.iterrows()}


HEBI = ("政府工作报告\n一、2022年工作回顾\n2022年，新增城镇就业3万人。\n二、今后五年奋斗目标和2023年总体要求\n"
        "建议今后五年经济社会发展的主要目标是：一是发展质量效益更优。地区生产总值年均增长8.5%以上，全员劳动生产率达到18万元/人。"
        "三是改革开放创新驱动发展动力更足。高新技术企业达到150家。\n"
        "经济社会发展的主要目标是：地区生产总值增长7%，高新技术企业达到125家，城镇新增就业3.5万人以上。\n")


def test_a_lead_naming_the_five_years_sets_its_paragraphs_goals_later() -> None:
    # 鹤壁 rows 0-7: 建议今后五年经济社会发展的主要目标是：… under 二、今后五年奋斗目标和2023年总体要求: the goals for 2027
    years = _years(HEBI)
    assert years["8.5%"] == ("2027", "2023") and years["18万元"] == ("2027", "2023") and years["150家"] == ("2027", "2023")
    # the 2023 goals under the same heading, in their own paragraph, stay the plan year's
    assert years["7%"] == ("2023", "") and years["125家"] == ("2023", "") and years["3.5万人"] == ("2023", "")


def test_a_lead_with_no_five_years_or_a_plan_year_after_it_leaves_the_goals() -> None:
    # negative: a paragraph whose lead names no years ahead is the plan year's under the shared heading
    years = _years(HEBI.replace("建议今后五年经济社会发展的主要目标是", "经济社会发展的重点是"))
    assert years["150家"] == ("2023", "")
    # negative: the plan year named between the lead and the figure turns the paragraph to the plan year
    years = _years(HEBI.replace("三是改革开放创新驱动发展动力更足。", "2023年，"))
    assert years["150家"] == ("2023", "") and years["8.5%"] == ("2027", "2023")


def test_a_commitment_opening_a_distributive_list_is_no_member() -> None:
    # 鹤壁 row 42: 争取新签约、新落地亿元以上项目分别达到300个、260个以上: 300 is 新签约's
    t = targets("新签约亿元以上项目318个。", "招商引资，争取新签约、新落地亿元以上项目分别达到300个、260个以上。")
    assert t.loc["300个", "indicator"] == "新签约亿元以上项目数" and t.loc["260个", "indicator"] == "新落地亿元以上项目数"
    # negative: a verb phrase after the commitment, then a level of its own, stays apart (not one list)
    t = targets("新建学校2所。", "争取建设智慧平台、实时可调负荷提升至75万千瓦。")
    assert t.loc["75万千瓦", "indicator"] == "实时可调负荷"
