"""Round 159, fix159b (held-out set 79): paired lists read member by member without 分别.

- 「A和B从“十二五”末的a1、b1提高到a2、b2」: a1, b1 are the starts (the plan's last year, 2015; never a baseline), a2 is A's
  and b2 B's, as after 分别 (安顺 G2).
- 「城乡X提高A和B」 closing its clause: 城镇X A, 农村X B, as the review's 「城乡居民X分别提高a和b」 (城镇居民X, 农村居民X) is
  read, and each meets its side (抚顺 G2).
Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

from govreport import extract_quantities, read_text

from target_cases import baseline_of, class_of, names_by_text, targets

_TERM = "政府工作报告\n一、2020年和“十三五”时期工作回顾\n{review}\n二、2021年重点工作\n常住人口城镇化率54.5%左右。\n"


def _quantities(review: str) -> dict[str, tuple[object, str]]:
    q = extract_quantities(read_text(_TERM.format(review=review)))
    return {str(r.text): (r.year, str(r.indicator)) for r in q.itertuples() if r.role == "actual"}


def test_term_end_start_pair_is_dated_and_split() -> None:
    got = _quantities("五年来，户籍人口和常住人口城镇化率从“十二五”末的30.5%、40.2%提高到44.1%、52.6%。")
    assert got["30.5%"][0] == 2015 and got["40.2%"][0] == 2015  # the starts: the end of 十二五
    assert got["44.1%"][0] == 2020 and got["52.6%"][0] == 2020
    assert got["30.5%"][1].startswith("户籍人口城镇化率") and got["44.1%"][1].startswith("户籍人口城镇化率")
    assert got["40.2%"][1].startswith("常住人口城镇化率") and got["52.6%"][1].startswith("常住人口城镇化率")


def test_single_term_end_start_is_dated() -> None:
    # the boundary: one start, one end; no list to split, but the start is still 2015's
    got = _quantities("五年来，森林覆盖率从“十二五”末的47.1%提高到60.2%。")
    assert got["47.1%"][0] == 2015 and got["60.2%"][0] == 2020
    assert got["47.1%"][1].startswith("森林覆盖率") and got["60.2%"][1].startswith("森林覆盖率")


def test_start_pair_is_no_baseline() -> None:
    t = targets("户籍人口和常住人口城镇化率从“十二五”末的30.5%、40.2%提高到44.1%、52.6%。", "常住人口城镇化率54.5%左右。", 2020)
    assert baseline_of(t, "54.5%") not in ("30.5%", "40.2%")


_REVIEW = "城乡居民低保标准分别提高6.5%和7.5%，医保补助提高5.8%。"


def test_urban_rural_pair_without_each_is_split() -> None:
    plan = "提高社会保障能力，特困供养标准提高7%，城乡低保标准提高4.5%和7.5%，确保养老金按时足额发放。"
    names = names_by_text(_REVIEW, plan, 2020)
    assert names["4.5%"] == ["城镇低保标准提高"] and names["7.5%"] == ["农村低保标准提高"]
    assert names["7%"] == ["特困供养标准提高"]
    t = targets(_REVIEW, plan, 2020)
    assert baseline_of(t, "4.5%") == "6.5%" and class_of(t, "4.5%") == "below_last_year"
    assert baseline_of(t, "7.5%") == "7.5%" and class_of(t, "7.5%") == "modest"


def test_pair_without_urban_rural_is_left_whole() -> None:
    # the boundary: no 城乡 before the raised pair, so no urban and rural sides to read; a single 城乡 figure stays whole
    names = names_by_text(_REVIEW, "低保标准提高4.5%和7.5%，确保养老金按时足额发放。", 2020)
    assert not any(n.startswith(("城镇", "农村")) for ns in names.values() for n in ns)
    names = names_by_text(_REVIEW, "城乡低保标准提高4.5%，确保养老金按时足额发放。", 2020)
    assert names["4.5%"] == ["城乡低保标准提高"]
