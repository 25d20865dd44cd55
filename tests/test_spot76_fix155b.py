"""Round 155, fix155b (held-out set 76): which part of the report a figure belongs to. A recap run (一年来，我们…) goes on
over a line cut inside a sentence of quoted titles; the dashed highlights after a 五年来 paragraph are the term's totals;
a term paragraph's 达 level of a year's volume and the ‰ end of a from-to are the review year's levels. Paraphrased texts
through the real reader and extractor."""
from __future__ import annotations

from tests.target_cases import baseline_of, targets

_GOV = ("三、加强政府自身建设\n一年来，我们坚持党的全面领导，以高质量党建引领各项工作。市长热线获评国家级“民心汇聚单位”\n"
        "“服务之星”“争先奖”。高质量办理人大代表建议210件、政协提案360件。同时，少数干部作风不实，必须坚决破除。\n")


def test_a_recap_run_goes_on_over_a_cut_line() -> None:
    # 蚌埠 rows 75–76: 一年来，… then a line cut between two quoted titles: the 2020 work is no plan target
    t = targets("全年地区生产总值增长4%。", "新增城镇就业3万人以上。\n" + _GOV, 2020)
    assert "3万人" in set(t["text"]) and not {"210件", "360件"} & set(t["text"])


def test_a_cut_line_without_a_recap_opening_stays_the_plan() -> None:
    gov = _GOV.replace("一年来，我们坚持", "今年，我们要坚持")
    t = targets("全年地区生产总值增长4%。", "新增城镇就业3万人以上。\n" + gov, 2020)
    assert {"210件", "360件"} <= set(t["text"])


_TERM = ("全年新增高新技术企业300家。\n各位代表，2020年全市上下砥砺奋进，实现了“十三五”胜利收官。五年来，我们以新发展理念为引领，"
         "小康社会取得决定性成就。\n——创新动力进一步增强。合作共建公共创新载体60家，新建省级产业创新服务综合体13家、省级以上研发机构252家。\n"
         "——治理能力进一步强化。社会组织数量增长87.3%。\n")
_TERM_PLAN = "新增产业创新服务综合体4家以上，建设省级以上研发机构50家，新增高新技术企业350家。\n"


def test_dashed_highlights_after_a_five_year_paragraph_are_term_totals() -> None:
    # 台州 row 4: 新建省级产业创新服务综合体13家 under ——创新动力进一步增强 is a five-year total
    t = targets(_TERM, _TERM_PLAN, 2020)
    assert baseline_of(t, "4家") == "" and baseline_of(t, "50家") == ""
    assert baseline_of(t, "350家") == "300家"  # the year's own part: unchanged


def test_dashed_paragraphs_after_a_one_year_paragraph_stay_the_years() -> None:
    review = _TERM.replace("五年来，我们以新发展理念为引领", "这一年，我们以新发展理念为引领")
    t = targets(review, _TERM_PLAN, 2020)
    assert baseline_of(t, "4家") == "13家"


_PORT = ("这五年，我们坚持开放发展。外贸进出口总额年均增长18%，出口额年均增长8.8%，占全国比重从2.7‰提高到3.3‰。"
         "港口货物吞吐量达5.71亿吨，江海联运量达2.56亿吨。\n这一年，全年地区生产总值增长4%。\n")
_PORT_PLAN = "港口货物吞吐量突破6亿吨。实现江海联运量2.8亿吨。力争全年外贸进出口总额达1800亿元，出口额占全国比重达3.0‰以上。\n"


def test_a_volume_reached_in_a_term_paragraph_is_the_years_level() -> None:
    # 舟山 rows 26, 36, 56: 达5.71亿吨 / 达2.56亿吨 and the end of 从2.7‰提高到3.3‰ are the levels at the end of 2020
    t = targets(_PORT, _PORT_PLAN, 2020)
    assert baseline_of(t, "6亿吨") == "5.71亿吨" and baseline_of(t, "2.8亿吨") == "2.56亿吨"
    assert baseline_of(t, "3.0‰") == "3.3‰"


def test_a_volume_totalled_over_the_term_is_no_baseline() -> None:
    t = targets(_PORT.replace("港口货物吞吐量达", "港口货物吞吐量累计达"), _PORT_PLAN, 2020)
    assert baseline_of(t, "6亿吨") == ""
