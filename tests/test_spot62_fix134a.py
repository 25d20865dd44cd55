"""Held-out audit 62 (通辽, 锦州, 长治, 漯河, 达州 2023), round fix134a: baselines the review states (a bound 至少 off the
phrase, one noun whole far from the target, a parallel list's member, a manner word before a noun, a firm count 入选 a title,
a renovation started)."""
from __future__ import annotations

from target_cases import baseline_of, targets


def test_one_noun_whole_past_the_ratio_in_other_words() -> None:
    # 长治 row 84: 实施4条道路雨污分流改造工程 and 完成21条道路雨污分流改造 name one noun (工程 names the work)
    t = targets("完成21条道路雨污分流改造。", "实施4条道路雨污分流改造工程。")
    assert baseline_of(t, "4条") == "21条"
    # another noun as far off stays refused
    t = targets("完成21条城市道路提档改造。", "实施4条道路雨污分流改造工程。")
    assert baseline_of(t, "4条") == ""
    # one noun with no action on one side (a stock worked on, a flow added): the plain ratio
    t = targets("新增市级重点专科8个。", "抓好71个市级重点专科建设。")
    assert baseline_of(t, "71个") == ""


def test_at_least_is_cut_off_a_phrase() -> None:
    # 达州 row 43: 再引进至少4个百亿级制造业项目 (至少 a bound like 不少于, no word of what is counted)
    t = targets("签约落地6个百亿级先进制造业项目。", "再引进至少4个百亿级制造业项目。")
    assert "至少" not in str(t.loc[["4个"]].iloc[-1]["phrase"])
    # a 至少 inside a phrase (not at its end) stays
    t = targets("新建公园5个。", "每个县至少建成1个城市公园。")
    assert "城市公园" in str(t.loc[["1个"]].iloc[-1]["phrase"])
