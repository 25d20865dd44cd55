"""A count whose clause is only a noun, after a comma right behind a count of the same unit in a run whose first clause opens
with verbs listed with 、/和/及 (held-out set 57 梧州 rows 46–47): 新建、改扩建公办幼儿园20所，义务教育学校130所，普通高中7所以上 lists three kinds of school the one
verb works on, so the later members keep it (新建改扩建义务教育学校数, 新建改扩建普通高中数), as a 、 member does."""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from govreport.extract.indicators import KEEP_LEADING
from govreport.extract.predicates import count_verb, verb_chain
from govreport.lexicon import name_words, read_rows, unit_field, verbs

NOUN_ONLY: Final = re.compile(r"[\u4e00-\u9fff]{2,8}")  # a member that names only its thing
BETWEEN: Final = re.compile(r"(?:以上|左右|多)?[，,]")  # the figure before, its qualifier, then the comma
FIGURE_BEFORE: Final = re.compile(r"[\d.]+[万亿]?[\u4e00-\u9fff]{1,2}(?:以上|左右|多)?$")  # a count closing the member before a comma
RUN_MAX: Final = 4  # how many noun-only members back the verbs may open the run


@cache
def actions() -> tuple[str, ...]:
    """The verbs data/tables_actions.csv names an action of (整治, 化解 …)."""
    return tuple(r["verb"] for r in read_rows("tables_actions.csv"))


def has_verb(own: str) -> bool:
    """Whether a member holds a verb of its own anywhere (新增高新技术企业, 竣工交付安置房, 抓紧推进续建项目, 建强重点专科: the
    member says its own work; data/verbs.csv, data/tables_actions.csv, and data/name_words.csv kinds result, chain_verb,
    parallel_verb and own_work_verb)."""
    words = (*verbs(), *actions(), *name_words("result"), *name_words("chain_verb"), *name_words("parallel_verb"), *name_words("own_work_verb"))
    return any(w in own for w in words if len(w) >= 2)


def listed_verbs_open(scan: str, last_start: int, sentence_start: int) -> bool:
    """Whether the clause of the count before (its figure at ``last_start``) opens with verbs listed with 、, 和 or 及 (新建、改扩建):
    a list of works says it reaches more than its first thing; a single verb (实施, 培育, 优化调整) is too often one member's own."""
    for _ in range(RUN_MAX):  # (普通高中7所 after 义务教育学校130所: back over the noun-only members to the verbs)
        opened = max(sentence_start, *(scan.rfind(c, sentence_start, last_start) + 1 for c in "，,；;：:"))
        chain = verb_chain().match(scan, opened, last_start)
        if chain is not None:
            return any(c in chain.group() for c in "、和及")
        figure = FIGURE_BEFORE.search(scan, sentence_start, max(sentence_start, opened - 1))
        if not NOUN_ONLY.fullmatch(scan, opened, last_start) or figure is None:
            return False
        last_start = figure.start()
    return False


def comma_member_verb_carried(scan: str, lo: int, clause: str, base: str, prev: tuple[str, str, str, str] | None,
                              last: tuple[int, int] | None, unit: str, sentence_start: int) -> str:
    """``base`` with the verb the count before opened with, when the figure's clause is a noun only that the comma parts from
    that count (same unit, a count); ``base`` otherwise (a clause with its own verb, 其中, or after another unit)."""
    if last is None:
        return base
    last_start, last_end = last
    if prev is None or prev[2] != unit or unit_field(unit, "kind") != "count":
        return base
    own = clause.strip()
    if own != base or not NOUN_ONLY.fullmatch(own) or own.startswith("其中") or own.startswith(KEEP_LEADING) or has_verb(own):
        return base
    if not BETWEEN.fullmatch(scan, last_end, lo) or not listed_verbs_open(scan, last_start, sentence_start):
        return base
    verb = count_verb(False).match(prev[0])
    if verb is None or len(prev[0]) - verb.end() < 2 or base.startswith(verb.group()):
        return base
    return verb.group() + base


VERBS_ONLY_MAX: Final = 4  # a clause of one or two verbs (改造提升, 改扩建): longer runs say more than a second work on one thing


def comma_object_carried(scan: str, lo: int, clause: str, base: str, prev: tuple[str, str, str, str] | None,
                         last: tuple[int, int] | None, unit: str) -> str:
    """The thing of the count before put before ``base`` when the figure's clause is only a verb that the comma parts from
    that count (same unit): 新建高标准农田4.1万亩，改造提升15.8万亩 upgrades 高标准农田 too (高标准农田改造提升, held-out set 65
    延边 row 27, fix138c); '' otherwise (a clause with a noun of its own, another unit, or a thing the verb before does not open)."""
    own = clause.strip("，, ")
    if last is None or prev is None or prev[2] != unit or not 2 <= len(own) <= VERBS_ONLY_MAX or base.strip("，, ") != own:
        return ""
    if not BETWEEN.fullmatch(scan, last[1], lo) or verb_chain().fullmatch(own) is None:
        return ""
    verb = count_verb(False).match(prev[0])  # (the thing as named before, its verb apart or still in front of it)
    thing = prev[0][verb.end():] if verb is not None else prev[0] if prev[1] else ""
    return thing + own if len(thing) >= 2 and NOUN_ONLY.fullmatch(thing) and not has_verb(thing) else ""
