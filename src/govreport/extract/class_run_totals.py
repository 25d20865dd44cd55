"""Totals after a run of size classes (全年计划实施千万元以上省市重点项目122个。总投资100亿元以上项目1个，…，千万元以上项目43个，
总投资532.86亿元，年度计划投资80.69亿元): the classes split the set counted before them (1+4+3+71+43 = 122), so the bare
investment after the last class is the whole set's, not the last class's (held-out audit 43, 七台河 G1)."""
from __future__ import annotations

import re
from typing import Final

from govreport.extract.predicates import count_verb
from govreport.lexicon import name_words, unit_field

# an amount class (亿元以上, 1000万元及以上的) and the projects of it (总投资100亿元以上项目)
SIZE_CLASS: Final = r"(?:\d+(?:\.\d+)?)?[十百千万亿]*元(?:及)?以上(?:的)?"
PROJECT_CLASS: Final = r"(?:总投资)?" + SIZE_CLASS + "项目"
# one class member: an amount class of projects and its count (总投资100亿元以上项目1个, 亿元以上项目71个)
CLASS_MEMBER: Final = re.compile(PROJECT_CLASS + r"(\d+)个")
# the run of such members closing right before the bare investment (only marks between them)
CLASS_RUN: Final = re.compile(r"(?:" + PROJECT_CLASS + r"\d+个[，,、]){2,}"
                              r"(?:[\u4e00-\u9fff]{2,8}\d+(?:\.\d+)?[万亿]*元[\u4e00-\u9fff]{0,2}[，,])?$")  # (…，总投资…，年度计划投资)
RUN_ENDS: Final = ("，", ",", "、", "，\n", ",\n", "、\n")  # what a match of CLASS_RUN can end the window with
CLASS_OF_SET: Final = re.compile(SIZE_CLASS)
# a count of projects stated before the run, the set the classes split (…省市重点项目122个)
HEAD_COUNT: Final = re.compile(r"([\u4e00-\u9fff]{2,24}?项目)(\d+)个")


def class_run_head(scan: str, lo: int, base: str, unit: str) -> str:
    """The name of the set a run of size classes right before ``lo`` splits, with ``base`` (千万元以上省市重点项目总投资),
    when ``base`` is a bare investment (data/name_words.csv kind project_measure) and the classes' counts add up to
    a count of projects stated before them within the sentence before; '' otherwise."""
    if unit_field(unit, "kind") != "money":
        return ""
    measure = max((w for w in name_words("project_measure") if base.endswith(w)), key=len, default="")
    if not measure:
        return ""
    window = scan[max(0, lo - 300):lo]
    # gates before the pattern: its match ends the window with a mark (or one before a closing newline, as $ allows)
    # and holds two classes' 以上 at least
    if not window.endswith(RUN_ENDS) or window.count("以上") < 2:
        return ""
    run = CLASS_RUN.search(window)
    if run is None:
        return ""
    members = list(CLASS_MEMBER.finditer(run.group()))
    own = base[:-len(measure)]
    own = own[own_class.start():] if (own_class := CLASS_OF_SET.search(own)) else own  # (省市重点千万元以上项目: class_member_scope's)
    if own not in members[-1].group():  # already named after the last class (千万元以上项目总投资), or after nothing
        return ""
    noun = _split_set(window, run.start(), sum(int(m.group(1)) for m in members))
    return noun + measure if len(noun) >= 4 else ""


def _split_set(window: str, start: int, total: int) -> str:
    """The set (省市重点项目) a run of size classes starting at ``start`` splits: a count of projects equal to the classes'
    sum ``total`` in the run's sentence or the one before, without its verb and its own entry class; '' when none."""
    end = max(window.rfind(c, 0, start) for c in "。；;")  # the head is in the run's sentence or the one before
    head_from = max(window.rfind(c, 0, end) for c in "。；;") + 1 if end > 0 else 0
    heads = [m for m in HEAD_COUNT.finditer(window, head_from, start) if int(m.group(2)) == total]
    if not heads:
        return ""
    noun = heads[-1].group(1)
    noun = noun[max(noun.rfind(c) for c in "，,、：:（(") + 1:]
    verb = count_verb(False).search(noun)
    noun = noun[verb.end():] if verb and len(noun) - verb.end() >= 4 else noun
    listed = CLASS_OF_SET.match(noun)  # the set's own entry class (千万元以上省市重点项目) is no part of it: the total is the list's,
    return noun[listed.end():] if listed and len(noun) - listed.end() >= 4 else noun  # as the review states it (省市重点项目总投资)


# a run of two or more size-class members (separated by marks only), anywhere
MEMBER_RUN: Final = re.compile(r"(?:" + PROJECT_CLASS + r"\d+个(?:[，,、]|$)){2,}")


def class_member_scope(scan: str, lo: int, base: str, unit: str) -> str:
    """The name of a size-class member (亿元以上项目71个) of a run whose counts add up to a set counted before it
    (…千万元以上省市重点项目122个): the class of that set keeps its scope (省市重点亿元以上项目), as the 七台河 audit 43 G1
    reads it; '' otherwise (classes that do not add up, or a class of no stated set)."""
    if unit_field(unit, "kind") != "count" or not base.endswith("项目") or CLASS_OF_SET.search(base) is None:
        return ""
    window_lo = max(0, lo - 300)
    window = scan[window_lo:lo + 200]
    at = lo - window_lo
    run = next((r for r in MEMBER_RUN.finditer(window) if r.start() <= at < r.end()), None)
    if run is None:
        return ""
    set_noun = _split_set(window, run.start(), sum(int(m.group(1)) for m in CLASS_MEMBER.finditer(run.group())))
    scope = set_noun[:-2] if set_noun.endswith("项目") else ""
    return scope + base if len(scope) >= 2 and scope not in base else ""
