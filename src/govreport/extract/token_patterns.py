"""The patterns a figure is written in (12.97万亩, 三所, 亿元大关): an Arabic number with its multiplier, 余/多 and unit,
a Chinese numeral before a unit it is used with, a bare multiplier; ``scanner`` finds them in the text and makes tokens."""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from govreport.extract.categories import trie_pattern
from govreport.lexicon import multipliers, units

# 30,100 / 12.97 / 2024, starting at a digit with no digit or decimal point before it. The first
# digit comes before that look-behind (\d{1,3} and \d+ are written \d + \d{0,2} and \d + \d*) so
# that the pattern starts with a character class and re jumps from digit to digit, not trying the look-behind everywhere.
# Digits are written [0-9], not \d: the scan holds ASCII digits only (fold_for_scan folds every
# other decimal digit), and a range is checked faster than Unicode's digit category.
ARABIC: Final = r"[0-9](?<![0-9.][0-9])(?:[0-9]{0,2}(?:,[0-9]{3})+(?![0-9])|[0-9]*)(?:\.[0-9]+)?"
# at most 16 characters (the longest real numeral is about 12: 三千二百五十六万七千八百零九): an
# unbounded run made the scan try every tail of a long run of numeral characters (quadratic)
CN_NUMERAL: Final = r"[一二两三四五六七八九十][零〇一二两三四五六七八九十百千万亿]{0,15}"
APPROX: Final = "余多"
# multipliers that are also the first character of a unit (千瓦, 千克, 千米, 百分点)
MULTIPLIER_GUARDS: Final = {"千": "(?!瓦|克|米|伏)", "百": "(?!分)"}
# a unit that opens a longer word is no unit there (惠民球场100片 counts pitches; 08片区 names an area): fix108b;
# 支 opening 支线 (新舟700支线飞机: a model number before a word, no 700 teams): fix111c
UNIT_GUARD: Final = "(?!(?<=片)区|(?<=支)线|(?<=眼)[前光睛界])"


def _alternation(words: list[str]) -> str:
    """The words as one group that prefers the longest: a prefix tree (千瓦(?:时)?…), so the
    engine tries each first character once instead of a hundred units in turn at every figure."""
    return "(?:" + trie_pattern(words) + ")"


@cache
def _multiplier_pattern() -> str:
    parts = []
    for word in sorted(multipliers(), key=len, reverse=True):
        parts.append(re.escape(word) + MULTIPLIER_GUARDS.get(word, ""))
    return "|".join(parts)


@cache
def token_pattern() -> re.Pattern[str]:
    """Arabic number, optional 余/多, multiplier, 余/多 again, unit — in one compiled pattern.

    ``mult_b`` completes a multiplier split by 余/多: 4万多亿元 is 4万亿 and more, 3千多万 is
    3千万 and more."""
    unit = _alternation(list(units()))
    mult = _multiplier_pattern()
    # one space between the number and what follows it is part of the figure when a multiplier,
    # 余/多 or a unit follows (a Word or PDF copy: 3.2 亿元, 42 户; the ideographic space is folded)
    # Each optional part is written (…|), a choice with an empty branch, not (…)?: the same match,
    # but re runs a choice much faster than a repeat, and this pattern runs at every figure. A part
    # that is not there is '' (not None) in the match's groups.
    gap = rf"(?: (?=[{APPROX}]|{mult}|{unit})|)"
    return re.compile(
        rf"(?P<num>{ARABIC}){gap}(?P<a1>[{APPROX}]|)(?P<mult>{mult}|)(?P<a2>[{APPROX}]|)"
        rf"(?P<mult_b>(?<=[万千百][{APPROX}])亿|(?<=[千百][{APPROX}])万|)(?P<unit>{unit}{UNIT_GUARD}|)"
    )


@cache
def chinese_pattern() -> re.Pattern[str]:
    """A Chinese numeral followed by a unit that Chinese numerals are used with (三所, 两万余亩)."""
    ok_units = [u for u, row in units().items() if row["cn_numeral_ok"] == "1"]
    return re.compile(rf"(?P<num>{CN_NUMERAL})(?P<a>[余多])?(?P<unit>{_alternation(ok_units)})")


@cache
def implicit_pattern() -> re.Pattern[str]:
    """A bare multiplier as a number: (突破)亿元大关, 迈上万亿元台阶, 突破万户, 突破万亿大关 (money), 过亿美元 (a floor:
    approx 过; audit 35; 力争“过千亿” in 元, audit 40, not 双过千亿), and a money threshold or class (亿元以上项目, 千亿元级产业; 以上/级 stay outside the span, as
    after any figure). Not after a numeral or 上 (数百亿元, 十多亿元, 上百亿元 are other amounts; 2个以上百亿元级项目 is
    one) or a slash (0.6人/百亿元 is a rate). 百/千 alone after 超/超过/突破 with a unit of things or people and a clause
    break (活动超百场。, 返乡创业者超千人。, 企业超百家、: a floor of 100/1000; spot 39; 快递业务量突破百亿件。: held-out set 69 金华) and 百亿/千亿 with no unit after 超 at a clause
    break (实际到资超百亿。, not after 量 or 个: 曝光量超百亿, 10个超百亿、) are read too. Matches start at 万亿千百 only."""
    counted = [u for u, row in units().items() if row["kind"] in ("money", "people", "weight", "households", "volume")]
    money = [u for u, row in units().items() if row["kind"] == "money"]
    tallies = [u for u, row in units().items() if row["kind"] == "count"]
    return re.compile(
        rf"(?=[万亿千百])(?:(?<=突破)|(?<=超过)|(?<=超)|(?<=近)|(?<=迈上)|(?<=跨越)|(?<=站上)|(?<=跃上)|(?<=迈入))"
        rf"(?P<mult>万亿|千亿|百亿|亿|千万|百万|万)(?P<unit>{_alternation(counted)})(?P<tail>大关|台阶)?"
        rf"|(?=[万亿千百])(?P<mult2>万亿|千亿|百亿|亿|千万|百万)(?P<unit2>{_alternation(counted)})(?P<tail2>大关|台阶)"
        rf"|(?<![\d.数几一二两三四五六七八九十百千万亿零〇/])(?<![\d一二两三四五六七八九十百千万亿][多余])(?<![^以]上)(?=[万亿千百])"
        rf"(?P<mult3>万亿|千亿|百亿|亿|千万|百万)(?P<unit3>{_alternation(money)})(?=以上|以下|级)"
        rf"|(?=[万亿千百])(?:(?<=突破)|(?<=跨过))(?P<mult4>万亿|千亿|百亿|亿)(?P<tail4>大关)"  # 存贷款余额突破万亿大关: money, unnamed (跨过千亿大关: held-out audit 39a)
        rf"|(?=[万亿千百])(?<=过)(?<!双过)(?P<mult5>万亿|千亿|百亿|亿|千万|百万)(?:(?P<unit5>{_alternation(money)})|(?<=亿)(?=”))(?=”?[，。；,;\n]|$)"
        rf"|(?=[万亿千百])(?:(?<=突破)|(?<=超过)|(?<=双双破)|(?<=超)(?<![量个]超))(?<!首次突破)(?P<mult6>万亿|千亿|百亿)(?=[，。；,;\n]|$)"  # 投资额突破千亿；(audit 38); 双双破千亿 (audit 53); 实际到资超百亿。(not 曝光量超百亿, 10个超百亿、)
        rf"|(?=[万亿千百])(?:(?<=突破)|(?<=超过)|(?<=超))(?P<mult7>万亿|千亿|百亿|亿|千万|百万|万|千|百)(?P<unit7>{_alternation(counted + tallies)})(?=[，。；、,;\n]|$)"  # 活动超百场。新增返乡创业者超千人。快递业务量突破百亿件。
    )
