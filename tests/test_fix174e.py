"""Round 174, fix174e (held-out set 91 柳州 2021 rows 1 and 11; 成都 2024 spot check): a fall of another measure, a term
path's end, and an industry's size raised to a level.

- A review fall (第二产业增加值1501.1亿元，下降1.3%) is no baseline of a growth target whose measure holds none of the fall's
  keys (规模以上工业增加值增长8.5%): a sector total is not 规模以上工业, however many characters the names share (业增加值;
  tables/falls.fall_of_another_key). The same measure's fall stays (near miss).
- A level a term recap's path reaches (战略性新兴产业占工业比重从2015年10%提升到17%) is the review year's level, though the
  recap (“十三五”时期，… after the year's part) is set aside as the term's; its 年均 rates stay out (tables/term_levels).
- 提升至/提高至 + an amount is a level reached, as 提升到 is (大数据产业规模提升至1100亿元), and an 产业规模 is a size, a stock
  (tables/measures).
Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

import pytest

from tests.target_cases import baseline_of, class_of, text_targets


_LIUZHOU = ("政府工作报告\n一、2020年和“十三五”时期工作回顾\n"
            "2020年，面对突如其来的新冠肺炎疫情冲击，我们稳住了经济基本盘。全市实现地区生产总值3176.9亿元，增长1.5%，其中：第一产业增加值"
            "231.4亿元，增长4.0%；{second}；第三产业增加值1444.4亿元，增长4.2%。\n"
            "各位代表，2020年工作取得了扎实成效，实现了“十三五”规划顺利收官。“十三五”时期，我们践行新使命新要求，不断开创转型升级发展的新境界。\n"
            "——战略支点的实业引擎更加强劲，233个现代制造城重大项目投产104个，工业投资年均增长7.2%，科技财政投入年均增长14.5%，"
            "战略性新兴产业占工业比重从2015年10%提升到17%，柳州成为全国质量强市示范城市。\n"
            "二、2021年主要工作\n今年发展主要预期目标是：地区生产总值增长8%以上，规模以上工业增加值增长8.5%，固定资产投资增长15%。"
            "实现工业投资增长30%。科技财政投入增长16%。力争战略性新兴产业产值占工业比重提高到20%。\n")


@pytest.mark.parametrize("second, baseline, klass", [
    ("第二产业增加值1501.1亿元，下降1.3%", "", "no_baseline"),  # another measure's fall: none (was 1.3% → stretch)
    ("规模以上工业增加值下降1.3%", "1.3%", "stretch"),  # near miss: the same measure's fall stays, −1.3 → +9.8 points
])
def test_a_fall_needs_the_same_measure(second: str, baseline: str, klass: str) -> None:
    t = text_targets(_LIUZHOU.format(second=second))
    assert baseline_of(t, "8.5%") == baseline and class_of(t, "8.5%") == klass
    assert baseline_of(t, "8%") == "1.5%"  # the GDP growth is untouched


def test_a_term_paths_end_is_the_review_years_level() -> None:
    t = text_targets(_LIUZHOU.format(second="第二产业增加值1501.1亿元，下降1.3%"))
    row = t.loc[["20%"]].iloc[-1]
    assert baseline_of(t, "20%") == "17%" and str(row["baseline_year"]) == "2020" and class_of(t, "20%") == "stretch"
    # the recap's 年均 rates stay the term's, no one-year baseline (near miss)
    assert baseline_of(t, "30%") == "" and baseline_of(t, "16%") == ""


def test_a_path_without_its_end_stays_the_terms() -> None:
    # near miss: a share raised by points over the term (提高7个百分点) is a change over five years, no level of 2020
    text = _LIUZHOU.format(second="第二产业增加值1501.1亿元，下降1.3%").replace(
        "战略性新兴产业占工业比重从2015年10%提升到17%", "战略性新兴产业占工业比重提高7个百分点")
    assert baseline_of(text_targets(text), "20%") == ""


_CHENGDU = ("政府工作报告\n一、2023年工作回顾\n全年地区生产总值增长6%。体育、文创产业规模分别达到1000亿元、2300亿元。\n"
            "二、2024年重点工作\n力争人工智能、大数据产业规模分别{verb}900亿元、1100亿元。力争电子信息产业规模{verb}1.3万亿元。\n")


@pytest.mark.parametrize("verb", ["提升至", "提升到", "达到"])
def test_an_industrys_size_raised_to_an_amount_is_a_level(verb: str) -> None:
    t = text_targets(_CHENGDU.format(verb=verb))
    for text in ("900亿元", "1100亿元", "1.3万亿元"):
        assert str(t.loc[[text]].iloc[-1]["measure"]) == "stock", (verb, text)
