"""Audit 40 (fix49b): a threshold of a class the review counts is no baseline (工业产值过500亿元的县达到5个), and a target of one
place of a 、 list of places (莒南县、沂水县工业产值力争“过千亿”) takes only a review figure of that place, never the city's total
(docs/assumptions.md#baseline-matching). Sentences from city_linyi_2024, city_chenzhou_2024, city_jinan_2024, city_guilin_2024 and
city_chengdu_2024."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from govreport.tables import build_targets
from govreport.tables.figures import figures
from govreport.tables.place_baselines import counted_class, other_place
from govreport.tables.shared_lists import shared_members

HEAD = "某市2024年政府工作报告\n一、2023年工作回顾\n"
REVIEW = ("规上工业总产值突破8000亿元，增长9.4%、居全省第1位。"
          "莒南先进钢铁新材料、费县绿色家居、罗庄新能源汽车零部件、郯城精细化工等特色产业优势更加凸显，临工华星电动车桥、高特威尔高端晶振、"
          "锐世全数字CT、安特百特芯片研磨液等一批好项目建成投产，工业产值过500亿元的县达到5个，费县获评全省工业强县。\n")
PLAN = "二、2024年主要目标任务\n加快推动沂水县、平邑县、临港区市域副中心建设，莒南县、沂水县工业产值力争“过千亿”。\n"


def _classes(review: str) -> dict[str, bool]:
    q = extract_quantities(read_text(HEAD + review + "\n"))
    return {f.text: counted_class(f) for f in figures(q)}


def test_a_threshold_of_a_counted_class_is_no_baseline() -> None:
    """过500亿元的县达到5个, 营收过10亿元的企业66家，其中过50亿元的6家, 年收入20万元以上的村达到79%: classes; 总投资超3200亿元的100个
    …项目 (the set's total) and 突破1万亿元的省会城市 (the city itself) are amounts."""
    assert _classes(REVIEW)["500亿元"] and not _classes(REVIEW)["8000亿元"]
    found = _classes("全市营收过10亿元的企业66家，其中过50亿元的6家。")
    assert found["10亿元"] and found["50亿元"]
    assert _classes("“一村一业、一村一策”扎实推进，村集体年收入20万元以上的村达到79%。")["20万元"]
    assert not _classes("统筹实施总投资超3200亿元的100个标志性引领性项目和重大项目，掀起《规划》实施热潮。")["3200亿元"]
    assert not _classes("成为第2个社会消费品零售总额突破1万亿元的省会城市，航空旅客吞吐量7492.4万人次。")["1万亿元"]


def test_a_countys_floor_takes_neither_the_class_nor_the_citys_total() -> None:
    """莒南县工业产值, 沂水县工业产值 (LY #49, #50): no baseline (neither 500亿元, a class of counties, nor 8000亿元, the city's), and
    no key of the city's measure (industrial_output is the report's own place's output)."""
    t = build_targets(extract_quantities(read_text(HEAD + REVIEW + PLAN))).set_index("indicator")
    for county in ("莒南县工业产值", "沂水县工业产值"):
        assert t.loc[county, "match"] == "none" and t.loc[county, "baseline_text"] in ("", None)
        assert t.loc[county, "indicator_key"] in ("", None)


def test_a_countys_floor_takes_only_its_own_figure() -> None:
    """The city's 规上工业总产值 is not 莒南县's; a review figure naming 莒南 is."""
    figs = figures(extract_quantities(read_text(HEAD + "莒南县工业产值达到860亿元，规上工业总产值突破8000亿元。\n" + PLAN)))
    target = next(f for f in shared_members(next(f for f in figs if f.text == "过千亿")) if f.indicator.startswith("莒南县"))
    by_text = {f.text: f for f in figs}
    assert other_place(target, by_text["8000亿元"]) == "莒南县" and other_place(target, by_text["860亿元"]) == ""


def test_a_counted_class_is_a_threshold_in_the_quantities() -> None:
    """工业产值过500亿元的县达到5个 (LY), 村集体经济收入超10万元的村占比75% (city_yibin_2024): kind threshold, no key; the count and the
    share after them are unchanged."""
    q = extract_quantities(read_text(HEAD + REVIEW + "全年农村居民人均可支配收入增长7%，村集体经济收入超10万元的村占比75%。\n")).set_index("text")
    for text in ("500亿元", "10万元"):
        assert q.loc[text, "kind"] == "threshold" and not q.loc[text, "indicator_key"]
    assert q.loc["8000亿元", "kind"] != "threshold" and q.loc["8000亿元", "indicator_key"] == "industrial_output"


def test_a_money_floor_of_listed_places_has_no_key_in_the_quantities() -> None:
    """莒南县、沂水县工业产值力争“过千亿” (LY quantity #190): the counties' output, no industrial_output; the city's 规上工业总产值 keeps it."""
    q = extract_quantities(read_text(HEAD + REVIEW + PLAN)).set_index("text")
    assert not q.loc["过千亿", "indicator_key"] and q.loc["8000亿元", "indicator_key"] == "industrial_output"
