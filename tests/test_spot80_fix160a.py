"""Round 160, fix160a (held-out set 80): a term's rate held within a ceiling (登记失业率控制在2.9%以内) is the baseline of a
same-unit ceiling it is within, and of nothing else; an annexed list's amount the body states rounded (187.18万平方米 after
187万平方米) is the body goal restated; a heating network's length has a key. Paraphrased texts through the real reader and
extractor."""
from __future__ import annotations

import pandas as pd

from govreport import extract_quantities, read_text
from govreport.tables import build_targets

from target_cases import baseline_of, class_of

_TERM = ("一、“十三五”时期工作回顾\n过去五年，全市经济持续向好。\n"
         "这五年，我们坚持就业优先。积极推动就业创业，新增城镇就业4.1万人，登记失业率控制在2.9%以内。\n"
         "刚刚过去的2020年，全年地区生产总值同比增长4.2%。\n")


def _targets(text: str) -> pd.DataFrame:
    full = "政府工作报告\n——2021年1月18日在市第十届人民代表大会第七次会议上\n" + text
    return build_targets(extract_quantities(read_text(full)), text=full).set_index("text", drop=False)


def test_a_term_ceiling_held_is_the_baseline_of_a_looser_ceiling() -> None:
    # 城镇登记失业率控制在4.5%以内 after the term's 登记失业率控制在2.9%以内: the review year's rate was within 2.9 %, met already
    t = _targets(_TERM + "三、2021年工作重点\n今年经济社会发展的主要预期目标是：新增就业6000人，城镇登记失业率控制在4.5%以内。\n")
    assert baseline_of(t, "4.5%") == "2.9%" and class_of(t, "4.5%") == "met_already"
    assert baseline_of(t, "6000人") == ""  # the term's jobs are a five-year total: still none


def test_a_term_ceiling_is_no_baseline_of_a_tighter_ceiling_or_a_floor() -> None:
    # boundary: 2.5 % is below the term's bound, whose review-year value is unknown below 2.9 %: no baseline
    t = _targets(_TERM + "三、2021年工作重点\n今年经济社会发展的主要预期目标是：城镇登记失业率控制在2.5%以内。\n")
    assert baseline_of(t, "2.5%") == ""
    # a rate the term says reached (达到) is no held ceiling: unchanged rules apply
    term = _TERM.replace("登记失业率控制在2.9%以内", "登记失业率年均控制在2.9%以内")
    t = _targets(term + "三、2021年工作重点\n今年经济社会发展的主要预期目标是：城镇登记失业率控制在4.5%以内。\n")
    assert baseline_of(t, "4.5%") == ""


_BODY = ("一、2020年工作回顾\n城镇老旧小区改造409.6万平方米。\n二、2021年工作安排\n"
         "加大老旧小区改造力度，完成改造16530户、187万平方米。\n"
         "各位代表，让我们团结奋斗！\n\n2021年10件惠民实事\n\n1.城乡住房保障和提升工程。实施城镇老旧小区改造{}万平方米。\n")


def test_an_annex_amount_the_body_rounds_is_the_body_goal() -> None:
    t = _targets(_BODY.format("187.18"))
    assert "187万平方米" in t.index and "187.18万平方米" not in t.index


def test_an_annex_amount_that_does_not_round_to_the_body_stays() -> None:
    # boundary: 187.68 rounds to 188, not 187: another amount, kept
    t = _targets(_BODY.format("187.68"))
    assert "187万平方米" in t.index and "187.68万平方米" in t.index


def test_a_heating_network_has_a_key() -> None:
    t = _targets("一、2020年工作回顾\n全年地区生产总值增长4%。\n三、2021年工作重点\n新建改建供排水管网45公里、供热管网31公里。\n")
    assert t.loc["31公里", "indicator_key"] == "heating_pipes" and t.loc["45公里", "indicator_key"] == "sewage_pipes"
