"""A round amount crossed on the way to the level reached (unseen audit 15): in 对俄进出口总额首次突破百亿元、达117.9亿元
and 地区生产总值迈上6万亿元台阶，达到62661亿元 the first amount is a threshold passed, the second the level. The threshold
is no amount of the measure (no baseline, no part of a sum: ``kind`` threshold), and the level is named by the
measure, without the link word (对俄进出口总额, not 对俄进出口总额达). data/name_words.csv kinds ``crossing`` (the verb
before the threshold), ``crossing_gap`` (a noun after it: 台阶) and ``crossing_link`` (the link before the level)."""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from govreport.extract.scanner import Token
from govreport.lexicon import name_words
from govreport.report.chars import is_ideograph


def _alt(kind: str) -> str:
    return "|".join(map(re.escape, name_words(kind)))


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    before = re.compile(f"(?:{_alt('crossing')})$")
    gap = re.compile(f"(?:{_alt('crossing_gap')})?[、，,]?(?:{_alt('crossing_link')})")
    name_end = re.compile(f"(?:{_alt('crossing')})?(?:{_alt('crossing_link')})?$")
    return before, gap, name_end


def crosses(scan: str, t: Token, after: Token | None) -> bool:
    """``t`` is a threshold crossed before the level ``after`` reached: a crossing verb right before it (突破, 迈上),
    only a link (、达到; 台阶，达到) between the two, the same unit and a higher level."""
    if after is None or after.unit != t.unit or t.value is None or after.value is None or after.value <= t.value:
        return False
    before, gap, _ = _patterns()
    return scan.endswith(("达到", "达"), t.end, after.start) and gap.fullmatch(scan, t.end, after.start) is not None and before.search(scan, max(0, t.start - 6), t.start) is not None


def level_name(name: str) -> str:
    """The name of a threshold or of the level after it, without the crossing verb and link at its end
    (对俄进出口总额达 -> 对俄进出口总额, 地区生产总值迈上达 -> 地区生产总值); unchanged when under two characters would be left."""
    bare = _patterns()[2].sub("", name)
    return bare if len(bare) >= 2 else name


def passed_class(scan: str, t: Token) -> bool:
    """An amount written without a number right after a word of passing (超, 过: data/name_words.csv kind
    class_passed) and right before a noun (新签约超亿元项目100个以上): a class of the things after it, as 亿元以上项目
    is (no amount of money; the count after it keeps the class in its name)."""
    after = scan[t.end:t.end + 1]
    return t.implicit and scan[max(0, t.start - 1):t.start] in name_words("class_passed") and is_ideograph(after) \
        and after != "的"


OVER_BEFORE: Final = re.compile(r"(?:过|超过|超|逾|突破)$")  # 工业产值过500亿元的县
# after the amount: (以上)的 + the class's noun, then its count (的县达到5个, 以上的村496个, 的村占比75%), or 的 + a count ending
# its clause (其中过50亿元的6家); not 的100个标志性项目 (a set's total) nor 的省会城市 (the place itself passed it)
COUNTED_CLASS: Final = re.compile(r"的(?:[\u4e00-\u9fff]{1,8}?(?:占比达到|占比达|占比|达到|超过|达|超|占|为|有|共)?(?:约|近)?\d"
                                  r"|\d[\d.]*[个家项所村户](?=[，,；;。]|$))")
ABOVE: Final = ("及以上", "以上")


def counted_class(text: str, start: int, end: int) -> bool:
    """The amount at ``start``–``end`` of ``text`` is the threshold of a class the sentence then counts (工业产值过500亿元的县达到5个,
    村集体年收入20万元以上的村达到79%: audit 40 LY, fix49b): it qualifies the noun after 的 and is no amount of anything."""
    above = next((w for w in ABOVE if text.startswith(w, end)), "")
    if not above and OVER_BEFORE.search(text, max(0, start - 2), start) is None:
        return False
    return COUNTED_CLASS.match(text, end + len(above)) is not None


def after_step(name: str, level: str) -> str:
    """A change named by the step crossed before the level (地区生产总值迈上3万亿元新台阶、达到30145.79亿元、增长6.1%:
    新台阶增长) takes the level's name instead (地区生产总值增长); ``name`` otherwise."""
    gap = next((g for g in name_words("crossing_gap") if name.startswith(g)), "")
    return level + name[len(gap):] if gap and level and name[len(gap):].startswith(("增长", "增速")) else name


EQUIVALENT: Final = re.compile(r"[（(]\d[\d.]*[万亿]?美?元[）)]")  # （3000万美元）: the same amount in another currency
CLASS_AFTER: Final = re.compile(r"[）)]?(?:及以上|以上|以下|级)[\u4e00-\u9fff]")


def equivalent_class(text: str, start: int, end: int) -> bool:
    """A money amount with its equivalent in brackets before 以上/以下/级 and a noun (5亿元（3000万美元）以上产业项目, audit 51):
    both amounts are the one threshold of the class counted after them, no amount of anything."""
    if start > 0 and text[start - 1] in "（(" and (own := EQUIVALENT.match(text, start - 1)) is not None and own.end() == end + 1:
        return CLASS_AFTER.match(text, end) is not None  # the bracketed equivalent: …）以上
    aside = EQUIVALENT.match(text, end) if text.startswith(("（", "("), end) else None  # (a bracket opens it: a gate)
    return aside is not None and CLASS_AFTER.match(text, aside.end()) is not None
