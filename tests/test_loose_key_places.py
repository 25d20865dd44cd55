"""extract/loose_keys.py: a left-out word is put back only where a wording of the registry can span it, the same
places the search at every place of the name found (粮食面积 -> 粮食播种面积), with no look-up anywhere else."""
from __future__ import annotations

from govreport.extract.loose_keys import _variants

WORDINGS = ("粮食播种面积", "农作物种植面积", "旅游消费")


def test_the_word_goes_back_only_between_a_wordings_two_sides() -> None:
    variants = [v for v, _, _ in _variants("全市粮食面积", WORDINGS)]
    assert "全市粮食播种面积" in variants
    assert not any(v.startswith("全市播种") or v.endswith("面积播种") for v in variants)


def test_every_place_a_wording_spans_is_kept_word_by_word_in_text_order() -> None:
    name = "粮食面积和农作物面积"
    places = [(v, at) for v, at, _ in _variants(name, WORDINGS)]  # (one word after the other, each in text order)
    assert places == [("粮食播种面积和农作物面积", 2), ("粮食面积和农作物种植面积", 8)]


def test_a_name_no_wording_spans_has_no_variant_with_the_word() -> None:
    assert [v for v, _, _ in _variants("新增就业人数", WORDINGS)] == []


def test_the_places_follow_the_wordings_asked_with() -> None:
    assert [at for _, at, _ in _variants("粮食面积和农作物面积", ("农作物播种面积",))] == [8]
    assert [at for _, at, _ in _variants("粮食面积和农作物面积", WORDINGS)] == [2, 8]
