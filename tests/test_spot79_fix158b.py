"""Round 158, fix158b (held-out set 79): a five-year recap announces the sections after it, and their flows are totals
over the term, no one-year baselines: a lead line 五年来，我们重点抓了以下八个方面工作。 before numbered paragraphs
（一）…（二）…, and a cue with a verb before it, 回顾过去五年，…取得丰硕成果。 before dashed highlights ——…. A level
reached there (建成5G基站808座) still serves. Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

from target_cases import baseline_of, targets

_YEAR = "2020年全市经济平稳运行，地区生产总值增长4%。"
_PLAN = "城镇新增就业4.2万人。完成营造林20万亩。新建高标准农田30万亩。累计建成5G基站2000座。"


def _sections(lead: str) -> str:
    return (f"{_YEAR}\n“十三五”时期，是我市砥砺前行的五年。\n{lead}\n"
            "（一）坚定不移保障改善民生，社会事业全面进步。城镇新增就业25.34万人，民生投入累计931亿元。\n"
            "（二）坚定不移推进绿色发展，生态建设成效显著。完成营造林265.59万亩，森林覆盖率达到60%。")


def test_sections_a_lead_announces_are_the_terms() -> None:
    # 五年来，我们重点抓了以下八个方面工作。 then （一）…城镇新增就业25.34万人: five years' jobs, no 2020 baseline
    t = targets(_sections("五年来，我们重点抓了以下两个方面工作。"), _PLAN, 2020)
    assert baseline_of(t, "4.2万人") == "" and baseline_of(t, "20万亩") == ""


def test_sections_after_a_plain_line_stay_the_years() -> None:
    # guard: a line that announces nothing leaves the paragraphs after it the review year's (as before)
    t = targets(_sections("五年来，我们坚持稳中求进。"), _PLAN, 2020)
    assert baseline_of(t, "4.2万人") == "25.34万人"


def _highlights(opening: str) -> str:
    return (f"{_YEAR}\n{opening}\n"
            "——基本建设显著加强。高速公路干线基本建成，新建成高标准农田100万亩，建成5G基站808座。\n"
            "——民生福祉全面改善。就业形势总体稳定。")


def test_highlights_after_a_review_verb_and_cue_are_the_terms() -> None:
    # 回顾过去五年，…取得丰硕成果。 then ——…新建成高标准农田100万亩: a five-year total; 建成5G基站808座 a level at its end
    t = targets(_highlights("回顾过去五年，全市经济社会发展取得丰硕成果。"), _PLAN, 2020)
    assert baseline_of(t, "30万亩") == ""
    assert baseline_of(t, "2000座") == "808座"


def test_highlights_after_a_one_year_opening_stay_the_years() -> None:
    # guard: a verb before a one-year cue (回顾过去一年，…) makes no term
    t = targets(_highlights("回顾过去一年，全市经济社会发展取得丰硕成果。"), _PLAN, 2020)
    assert baseline_of(t, "30万亩") == "100万亩"
