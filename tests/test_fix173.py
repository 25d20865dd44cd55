"""Round 173, fix173 (held-out set 91 通辽 2022 rows 42 and 61, 衡阳 2021 rows 12 and 18): a term's review and its year.

- 一、第五届人民政府工作回顾 names the term (届人民政府 as 届政府), and 各位代表，过去的一年，… opens the review year: the
  counts before it are the term's totals (老旧小区560个 over 2017–2021), no one-year baseline (tables/year_spans).
- 各位代表，刚刚过去的2020年极不平凡 opens the year's part under 一、“十三五”时期及2020年工作回顾 (刚刚过去的 dates it whatever
  follows), so the year's figures after it are baselines (产量330万吨).
- A share a five-year recap says was raised to a level (提高至2%, as 提高到) is the level at the term's end, the review year's.
Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

from tests.target_cases import baseline_of, class_of, text_targets


_TERM = ("政府工作报告\n一、{heading}\n本届政府自2018年履职以来，坚持稳中求进，攻坚克难。\n城乡面貌明显改观。城镇市政基础设施累计投入52亿元，"
         "改造棚户区2.1万套、老旧小区560个，常住人口城镇化率达到50.03%。\n"
         "各位代表，{opening}，我们稳中求进、承压前行。全年新增城镇就业1.2万人。\n"
         "二、2022年工作安排\n实施棚户区改造1270户、老旧小区改造127个。常住人口城镇化率达到51%。\n")


def test_a_term_named_by_its_peoples_government_keeps_its_totals_out() -> None:
    t = text_targets(_TERM.format(heading="第五届人民政府工作回顾", opening="过去的一年"))
    assert baseline_of(t, "127个") == ""  # 560个 is 2017–2021's, not 2021's
    assert "over several years" in str(t.loc[["127个"]].iloc[-1]["match_reason"]) or class_of(t, "127个") == "no_baseline"
    assert baseline_of(t, "51%") == "50.03%"  # a level reached stays the year's (near miss)


def test_a_heading_with_no_term_word_keeps_the_old_reading() -> None:
    # near miss: a heading that names no term (一、过去工作回顾) sets nothing apart
    t = text_targets(_TERM.format(heading="过去工作回顾", opening="过去的一年"))
    assert baseline_of(t, "127个") == "560个"


_YEAR = ("政府工作报告\n一、“十三五”时期及2020年工作回顾\n过去五年，发展新动能加速释放。五年新建高标准农田120万亩。"
         "创新开放活力明显增强，高新技术企业数量达420家，全社会研发经费投入强度提高至2%。\n各位代表，{opening}极不平凡、极为不易。全市上下以落实“六稳”“六保”为主任务。完成粮食播种面积746万亩、产量330万吨，均超省定目标。\n"
         "二、2021年工作安排\n确保粮食总产稳定在300万吨以上，力争全社会研发经费投入强度超2.2%。\n")


def test_just_past_year_opens_the_years_part_whatever_follows() -> None:
    t = text_targets(_YEAR.format(opening="刚刚过去的2020年"))
    assert baseline_of(t, "300万吨") == "330万吨" and class_of(t, "300万吨") == "below_last_year"


def test_a_share_raised_to_a_level_in_the_recap_is_the_years_level() -> None:
    t = text_targets(_YEAR.format(opening="刚刚过去的2020年"))
    assert baseline_of(t, "2.2%") == "2%" and class_of(t, "2.2%") == "modest"
