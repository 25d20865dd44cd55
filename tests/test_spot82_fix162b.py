"""Round 162, fix162b (held-out set 82): paired lists. Two things joined by 和 before one change and two figures joined by
和 pair in order, as after 分别 (海东 G4); a 、 list before 均增长 whose last member joins two measures by 和 is three
growths, each named with 增长 and matched on its own (九江 G2); a 分别 change after a total and its 其中 part is the
total's too (延安 G6). Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

from govreport import extract_quantities, read_text
from tests.target_cases import baseline_of, class_of, names_by_text, targets

_REVIEW = "全年规模以上工业增加值增长9.8%，主营业务收入增长7.2%，利税总额增长13.5%。招商引资到位资金390亿元，增长31.5%。\n"


def test_a_joined_pair_before_one_cut_pairs_its_two_figures_in_order() -> None:
    got = names_by_text(_REVIEW, "今年各级部门一般性支出和“三公”经费再压减12%和4%以上。\n")
    assert got["12%"] == ["各级部门一般性支出压减"] and got["4%"] == ["三公经费压减"]


def test_a_joined_side_pair_before_one_change_is_urban_then_rural() -> None:
    got = names_by_text(_REVIEW, "今年城镇和农村居民人均可支配收入增长7%和8%。\n")
    assert got["7%"] == ["城镇居民人均可支配收入增长"] and got["8%"] == ["农村居民人均可支配收入增长"]


def test_an_average_word_before_a_joined_change_is_both_members() -> None:
    q = extract_quantities(read_text("政府工作报告\n一、过去五年工作回顾\n五年来，港口货物和集装箱吞吐量年均增长20%和15%。\n"))
    got = dict(zip(q["text"], q["indicator"]))
    assert got["20%"] == "港口货物吞吐量年均增长" and got["15%"] == "集装箱吞吐量年均增长"


def test_a_joined_pair_before_one_figure_stays_one_goal() -> None:
    # near miss: one figure after the pair, nothing to pair in order
    got = names_by_text(_REVIEW, "今年一般性支出和三公经费再压减10%。\n")
    assert got["10%"] == ["一般性支出和三公经费压减"]


def test_a_measure_pair_after_a_list_before_jun_is_split() -> None:
    t = targets(_REVIEW, "力争规模以上工业增加值、主营业务收入和利税总额均增长11%。\n")
    assert list(t.loc[["11%"]]["indicator"]) == ["规模以上工业增加值增长", "主营业务收入增长", "利税总额增长"]
    rows = t.loc[["11%"]]
    assert list(rows["baseline_text"].fillna("")) == ["9.8%", "7.2%", "13.5%"]
    assert list(rows["feasibility"])[2] == "below_last_year"


def test_a_shared_head_pair_before_jun_is_not_split() -> None:
    # near miss: 城镇和农村 share the head after them, no measure of their own
    got = names_by_text(_REVIEW, "力争地区生产总值、城镇和农村居民人均可支配收入均增长8%。\n")
    assert got["8%"] == ["地区生产总值", "城镇和农村居民人均可支配收入"]


def test_a_jointly_changed_total_and_its_part_both_grow() -> None:
    t = targets(_REVIEW, "招商引资到位资金达到450亿元，其中引进省外资金280亿元，分别增长25%以上。\n")
    assert list(t.loc[["25%"]]["indicator"]) == ["招商引资到位资金增长", "省外资金增长"]
    assert baseline_of(t.loc[["25%"]].iloc[:1], "25%") == "31.5%" and class_of(t.loc[["25%"]].iloc[:1], "25%") == "below_last_year"


def test_two_own_levels_before_fenbie_stay_a_list() -> None:
    # near miss: no 其中 — two levels of their own, the namer's 分别 pairing, no extra total row
    got = names_by_text(_REVIEW, "招商引资到位资金达到450亿元，省外资金达到280亿元，分别增长25%和20%以上。\n")
    assert got["25%"] == ["招商引资到位资金增长"] and got["20%"] == ["省外资金增长"]
