"""An amount in 亿 written without 元 right after 过/超 (过50亿项目, 过50亿、20个过30亿项目): the class of what follows, no
figure of its own (data/passed_classes.json; docs/assumptions.md#what-is-not-a-target, audit 47)."""
from __future__ import annotations

from functools import cache

from govreport.lexicon import read_json


@cache
def _words() -> dict:
    return {k: v for k, v in read_json("passed_classes.json").items() if not k.startswith("_")}


def passed_class(scan: str, start: int, end: int, mult: str, unit: str | None) -> bool:
    """True for 50亿 in 过50亿项目 and 50亿企业 (a class noun right after, data class_nouns) / 过50亿、 / 过50亿中小微企业: a passing word right before, a multiplier of 亿, and no unit
    after it but a counter that opens a noun (项 of 项目); 过3亿立方米, 超2亿件 keep their unit and stay figures."""
    w = _words()
    if mult in w["class_multipliers"] and not unit and scan.startswith(tuple(w["class_nouns"]), end):
        return True  # 50亿企业达到4家: a size class as 百亿企业 (audit 50)
    if mult not in w["class_multipliers"] or not scan[max(start - 1, 0):start] in w["pass_words"] or start == 0 \
            or scan.startswith(tuple(w["kept_before"]), end):
        return False
    return not unit or any(scan.startswith(n, end - len(unit)) and n.startswith(unit) for n in w["nouns_opened_by_counter"])
