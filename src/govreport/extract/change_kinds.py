"""A figure's direction (increase / decrease / level) and kind (change / share / level), from the words
just before it: 增长5% is a change, 提高到40% a level reached (a share), 增幅为2.93% a change."""
from __future__ import annotations

import re
from typing import Final

from govreport.extract.bare_changes import bare_change
from govreport.extract.scanner import Token

INCREASE: Final = ("增长", "提高", "增加", "上升", "提升", "扩大", "增收", "上涨")
DECREASE: Final = ("下降", "减少", "降低", "回落", "缩小", "收窄", "下跌", "微降", "略降", "减", "压降", "压缩")  # (压降10%: a cut)
INCREASE_RE: Final = re.compile("|".join(INCREASE))
MINUS_SIGNS: Final = ("-", "－", "−")  # written right after a rise word: the rise is below zero
FROM_MINUS: Final = re.compile(r"[从由](?:\d{4}年)?[^，,；;。：:\d]{0,5}[-－−]$")  # 从(一季度的)-13.1%, 由2015年的－17.4%: a start of 从X到Y below zero
FROM_REACH: Final = 12
DECREASE_RE: Final = re.compile("|".join(DECREASE))
CHANGE_WORD: Final = re.compile("|".join(INCREASE + DECREASE))
# 提高到63%, 提升至77.3%: the level the change reaches, not the change (session 19 spot check of Guangdong 2026)
TO_LEVEL: Final = ("到", "至", "到了")
# 增幅为2.93%, 增速达5%, 涨幅回落到2.6%: a rate of change named as such, whatever verb stands before the figure
RATE_OF_CHANGE: Final = re.compile(r"增幅|涨幅|降幅|增速")
# 增加值 (value added) is a noun, no rise: 高新技术产业增加值占比达63.5% is a share reached (audit 36 SX24#16)
VALUE_ADDED: Final = "增加值"
# 地区生产总值确保增长6.5%、力争7%以上: the upper tier of a growth goal is a growth too, though no change word stands before it
# (audit 52 攀枝花 rows 1–13; 临沂 增长5.5%、力争6%)
# 地区生产总值比增100亿元: 比增 (比上年增加) right before an amount is a rise on last year, not the level (audit 56 崇左 row 11);
# not 占比增至 (a share's 比), 同比增长 (a change word of its own)
GAIN_OVER: Final = re.compile(r"(?<![占同环])比增$")
# 招商引资到位资金保持30%以上增长: a rate kept or reached with the rise word after it is a growth, not a share
# (held-out set 63 白城 row 10, fix135c); only after 保持/实现, a fixed reach after the figure
GROWTH_AFTER: Final = re.compile(r"(?:以上|左右)?的?增长(?![率点])")
KEPT_BEFORE: Final = ("保持", "实现", "保持在")
UPPER_TIER: Final = re.compile(r"(" + "|".join(INCREASE + DECREASE) + r")[\d.]+%(?:以上|左右)?、(?:力争|争取)$")


def direction_and_kind(scan: str, t: Token, clause_lo: int) -> tuple[str, str]:
    """increase / decrease / level from the words just before the figure; change / share / level."""
    tail = scan[max(clause_lo, t.start - 6):t.start]
    if VALUE_ADDED[1:] in tail and VALUE_ADDED in scan[max(clause_lo, t.start - 8):t.start]:
        tail = scan[max(clause_lo, t.start - 8):t.start].replace(VALUE_ADDED, "")[-6:]  # (its 增加 says no rise)
    direction = "level"
    if t.unit == "%" and ("力争" in (near := scan[max(clause_lo, t.start - 16):t.start]) or "争取" in near) \
            and (tier := UPPER_TIER.search(scan, max(clause_lo, t.start - 16), t.start)):  # (the words its match ends with: a gate)
        return ("increase" if tier.group(1) in INCREASE else "decrease"), "change"
    worded = CHANGE_WORD.search(tail) is not None  # one search rules out both lists for most figures
    if worded and INCREASE_RE.search(tail) or t.unit == "倍" and "翻" in scan[t.start:t.end]:
        direction = "increase"
    elif not worded and tail.endswith("比增") and GAIN_OVER.search(tail):
        direction = "increase"
    elif worded and DECREASE_RE.search(tail):
        direction = "decrease"
    if tail[-1:] in MINUS_SIGNS and (tail[:-1].endswith(INCREASE) or FROM_MINUS.search(scan, max(clause_lo, t.start - FROM_REACH), t.start)):  # 固定资产投资增长-3.8%: a fall (audit 34 QXN24#5)
        direction = "decrease"  # 增速从一季度的-13.1%回升到1.5%: the start of the path below zero keeps its sign (held-out set 69 中山 row 0)
    if t.unit in ("百分点", "个百分点"):
        return direction, "change"
    rate = t.unit == "%" and ("幅" in tail or "速" in tail) and RATE_OF_CHANGE.search(tail) is not None
    if rate or t.unit in ("%", "倍") and direction != "level" and not (worded and tail.endswith(TO_LEVEL)):
        return direction, "change"
    if t.unit == "%" and not worded and direction == "level" and (bare := bare_change(tail)):
        return bare, "change"  # 服务业增加值增9.3%, 一般公共预算收入降2.5%: a growth rate (extract/bare_changes.py)
    if t.unit == "%" and not worded and growth_after(scan, t, tail):
        return "increase", "change"
    if t.unit in ("%", "‰"):
        return direction, "share"
    return direction, "level"


def growth_after(scan: str, t: Token, tail: str) -> bool:
    """A percentage kept or reached (保持/实现) with 增长 right after it (保持30%以上增长): the rate of that growth."""
    return tail.endswith(KEPT_BEFORE) and GROWTH_AFTER.match(scan, t.end, t.end + 6) is not None
