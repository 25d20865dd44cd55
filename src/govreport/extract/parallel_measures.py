"""The measure a later member of a list of parallel figures takes from the first (audit 51, 德州): in
力争绿色化工、食品加工、装备制造营收突破1000亿元，轻工纺织突破600亿元 the second clause names only its subject and
repeats the first's verb; 600亿元 is 轻工纺织营收, not the industry itself. The measures so carried are
data/name_words.csv kind ``parallel_measure`` (docs/assumptions.md#names)."""
from __future__ import annotations

import re
from typing import Final

from govreport.extract.indicators import MEASURE_ENDINGS, all_verbs
from govreport.lexicon import name_subjects, name_words
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
