"""A name whose head is a bare measure or a generic noun takes its subject from the clause before (round 148, fix148e).

In 积极推广应用新能源汽车，力争全市保有量突破4000辆 the figure's own clause names only the measure (保有量): what is kept is
the object of the clause before, which states no figure of its own (新能源汽车保有量). The same holds for a counted generic
noun (加快老旧小区改造，年内新开工172个小区: 老旧小区改造开工) and for a bare 完成 whose classifier fits that object
(推动既有住宅加装电梯，年内完成30部: 部 counts lifts, not compounds); and a rate named by a year alone (2020年增速为3.6%)
is the rate of the registered measure a clause before it in the sentence opens with (地区生产总值). The words are
data/name_words.csv kinds carried_head, carried_noun, carried_done, year_rate and data/name_subjects.json classifier_heads.
"""
from __future__ import annotations

import re
from typing import Final

from govreport.extract.indicators import all_verbs, strip_clause
from govreport.extract.keys import registered_opening
from govreport.lexicon import name_subjects, name_words

ORDINAL_MUST: Final = re.compile(r"^[一二三四五六七八九十]{1,3}要")  # 四要加快老旧小区改造: an enumerator, no part of the work
GROWN_INDUSTRY: Final = re.compile(r"^([\u4e00-\u9fff]{2,8}?业)[\u4e00-\u9fff]{0,8}发展$")  # 医药流通业线上线下同步发展: the industry
YEAR_RATE: Final = re.compile(r"^(?:到|至)?(?:19|20)\d{2}年(年均)?([\u4e00-\u9fff]{2})$")  # 2020年增速, 到2019年年均增速
CLAUSE_MARKS: Final = "，,；;"


def _clause_before(scan: str, sentence_start: int, lo: int) -> str:
    """The clause right before the one at ``lo`` when a comma parts them and it states no figure; '' otherwise."""
    if lo <= sentence_start or scan[lo - 1:lo] not in ("，", ","):
        return ""
    start = max(max(scan.rfind(c, sentence_start, lo - 1) for c in CLAUSE_MARKS) + 1, sentence_start)
    clause = scan[start:lo - 1]
    return "" if any(c.isdigit() for c in clause) or "、" in clause else clause


def object_before(scan: str, sentence_start: int, lo: int) -> str:
    """The thing the figure-less clause before works on (积极推广应用新能源汽车: 新能源汽车; 加快老旧小区改造: 老旧小区改造;
    推进医药流通业线上线下同步发展: 医药流通业); '' when there is no such clause or its object is no short noun phrase."""
    clause = ORDINAL_MUST.sub("", _clause_before(scan, sentence_start, lo))
    if not clause:
        return ""
    base, verb = strip_clause(clause)
    obj = base[:len(base) - len(verb)] if verb else base
    obj = grown.group(1) if (grown := GROWN_INDUSTRY.fullmatch(obj)) else obj
    return obj if 2 <= len(obj) <= 10 and obj != clause and not all_verbs(obj) else ""  # (no opening verb: no work named)


def _fits(unit: str, obj: str) -> bool:
    """True when the classifier ``unit`` counts the thing ``obj`` ends with (部: 电梯)."""
    heads: dict[str, list[str]] = name_subjects()["classifier_heads"]
    return obj.endswith(tuple(heads.get(unit, ())))


def head_of_clause_before(scan: str, sentence_start: int, lo: int, clause: str, base: str, unit: str) -> str:
    """The name of a figure whose own clause says only a bare measure (保有量) or only 完成, from the object of the
    figure-less clause before (新能源汽车保有量; 既有住宅加装电梯 when the classifier fits it); '' otherwise."""
    own = strip_clause(clause.strip("，,、 "))[0]
    if own in name_words("carried_head"):
        obj = object_before(scan, sentence_start, lo)
        return obj + own if obj and not obj.endswith(own) else ""
    if own in name_words("carried_done"):
        obj = object_before(scan, sentence_start, lo)
        return obj if obj and _fits(unit, obj) else ""
    return ""


def noun_of_clause_before(scan: str, sentence_start: int, lo: int, post: str) -> str:
    """A count's noun that is only a generic noun with its stage (开工小区) after a figure-less clause working on a thing
    that holds that noun (加快老旧小区改造): that work at the stage (老旧小区改造开工); ``post`` otherwise."""
    noun = next((n for n in name_words("carried_noun") if post.endswith(n)), "")
    stage = post[:len(post) - len(noun)]
    if not noun or stage and not all_verbs(stage):
        return post
    obj = object_before(scan, sentence_start, lo)
    return obj + stage if noun in obj and not obj.endswith(noun) and len(obj) - len(noun) >= 2 else post


def year_rate_subject(scan: str, sentence_start: int, lo: int, base: str) -> str:
    """A rate named by a year and a bare rate head only (2020年增速): the rate of the registered measure the nearest clause
    before it in the sentence opens with (地区生产总值从2017年开始触底反弹，…，2020年增速为3.6%: 地区生产总值增速);
    '' otherwise (a year is never a name's subject)."""
    year = YEAR_RATE.fullmatch(base)
    if year is None or year.group(2) not in name_words("year_rate"):
        return ""
    end = lo
    while end > sentence_start:
        start = max(max(scan.rfind(c, sentence_start, end - 1) for c in CLAUSE_MARKS) + 1, sentence_start)
        if subject := registered_opening(scan[start:end]):
            return subject + (year.group(1) or "") + year.group(2)
        end = start
    return ""
