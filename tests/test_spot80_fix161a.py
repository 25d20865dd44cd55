"""Round 161, fix161a (held-out set 80): a plan sentence restating a review sentence item by item takes the review
sentence's only amount for its investment, however bare its name (投资28亿元 for 城市更新…计划投资33亿元, once two of its
other figures matched there); and 城镇老旧小区改造 is 老旧小区改造 (the only old compounds are urban ones).
Paraphrased texts through the real reader and extractor."""
from __future__ import annotations

from target_cases import baseline_of, class_of, targets

_REVIEW = "宜居城镇建设加快推进。投资26亿元、实施市政基础设施项目120个，改造城镇老旧小区2.2万户，解决房地产历史遗留问题11万套。"
_PLAN = ("实施城市更新行动，计划投资30亿元、实施市政项目105个，因地制宜推进老旧小区、老旧街区改造，"
         "完成城镇老旧小区改造230个、1.5万户。")


def test_the_only_amount_of_a_mirrored_review_sentence() -> None:
    # 呼伦贝尔 row 14: 110个 and 1.64万户 matched the review sentence; its one 元 figure, named bare 投资, is 33亿元's
    t = targets(_REVIEW, _PLAN, 2020)
    assert baseline_of(t, "105个") == "120个" and baseline_of(t, "1.5万户") == "2.2万户"
    assert baseline_of(t, "30亿元") == "26亿元"
    assert "the only 元 amount" in str(t.loc[["30亿元"]].iloc[-1]["match_reason"])


def test_no_mirror_with_one_figure_matched() -> None:
    # boundary: only one other figure of the plan sentence matched the review sentence: no amount taken
    plan = "实施城市更新行动，计划投资30亿元、实施市政项目105个，因地制宜推进老旧街区改造。"
    t = targets(_REVIEW, plan, 2020)
    assert baseline_of(t, "105个") == "120个" and baseline_of(t, "30亿元") == ""


def test_no_mirror_for_another_measure_or_two_amounts() -> None:
    # boundary: the review amount names another measure (总投资), or the review sentence holds two 元 amounts
    review = _REVIEW.replace("投资26亿元", "总投资26亿元")
    assert baseline_of(targets(review, _PLAN, 2020), "30亿元") == ""
    review = _REVIEW.replace("投资26亿元、", "投资26亿元、争取资金5亿元、")
    assert baseline_of(targets(review, _PLAN, 2020), "30亿元") == ""


def test_urban_old_compounds_are_old_compounds() -> None:
    # 大理 row 18: 完成改造16530户、187万平方米 (named 老旧小区改造面积) against 城镇老旧小区改造409.6万平方米
    review = "启动城市更新试点，实施棚户区改造2800户，城镇老旧小区改造400万平方米，商品房销售面积240万平方米、增长36%。"
    plan = "加大老旧小区改造力度，完成改造16000户、180万平方米，启动公共设施建设。"
    t = targets(review, plan, 2020)
    assert baseline_of(t, "180万平方米") == "400万平方米" and class_of(t, "180万平方米") == "below_last_year"
    assert baseline_of(t, "16000户") == ""  # the review's 户 are 棚户区's, another programme


def test_other_compounds_stay_apart() -> None:
    # boundary: 城镇 before another work (城镇燃气管网改造) is no old-compound renovation
    review = "实施城镇燃气管网改造400万平方米。"
    plan = "加大老旧小区改造力度，完成改造16000户、180万平方米。"
    assert baseline_of(targets(review, plan, 2020), "180万平方米") == ""
