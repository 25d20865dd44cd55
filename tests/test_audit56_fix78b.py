"""Baselines after spot audit 33 (fix78b): the review states the same measure in words the target's match missed.

Each case is a review sentence and a plan sentence written as a report would, shortened from the audited text (随州)."""
from __future__ import annotations

from name_cases import names
from target_cases import baseline_of, targets


def test_net_added_industrial_firms_are_the_years_flow() -> None:
    """净增规上工业企业49家 (随州 review) is the year's flow of firms above size, the baseline of 新增规上工业企业50家以上
    (spot audit 33 随州 row 16): 净增 makes it the flow (firms_upgraded), not the stock of 规上工业企业."""
    t = targets("市场主体总量突破30万户，新入库“四上”企业230家、增长14.4%，净增规上工业企业49家、增长122.7%。",
                "促进优势企业蓄势崛起，新增规上工业企业50家以上。", 2023)
    assert baseline_of(t, "50家") == "49家"


def test_rate_ending_the_last_each_member_is_every_members() -> None:
    """城乡基本养老、医保参保率分别达到97.2%、98.8% (随州 review): 参保率 after the last member names the first too."""
    assert names("城乡基本养老、医保参保率分别达到97.2%、98.8%。")["97.2%"] == "城乡基本养老参保率"

