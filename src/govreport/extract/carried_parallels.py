"""A clause of a bare noun (or a bare verb) and a figure after a comma, parallel to the clause before it, takes what it
leaves unsaid from that clause: 全年处置闲置土地1160亩以上，低效用地2000亩以上 (处置 is said once for both kinds of
land: 处置低效用地面积, audit 56 淮北), 康复服务残疾人1.9万人，托养服务2300人 (the disabled are served both ways:
托养服务残疾人数, audit 56 菏泽)."""
from __future__ import annotations

from typing import Final

from govreport.lexicon import name_words

VERB_LENGTH: Final = 2  # the verb said once (处置)
QUALIFIER_ROOM: Final = 3  # 以上, 左右 … between the figure before and the comma
LONGEST_CARRIED: Final = 6  # the longest noun carried over
MARKS: Final = "，,"
STOCK_VERBS: Final = ("累计", "达到", "突破", "超过", "保持", "新增")  # a level or a new-things verb (carried_verbs.py) is no action carried


def carried_parallel(name: str, scan: str, start: int, before: dict[int, str]) -> str:
    """``name`` (of the figure at ``start``) with the verb or the noun of the name before it (in ``before``, by where each
    figure ends) that its own clause leaves out: the clause is a bare part of that name and the figure, right after the
    figure before and a comma; the two names end with the same measure. The verb carried is two characters before a noun as
    long as this one and with its head (闲置土地, 低效用地: 地), one of data/name_words.csv kind parallel_verb; the noun carried is what follows words of the same length and
    ending (康复服务, 托养服务: 服务) and ends in a noun of people (data/name_words.csv kind people_head). ``name`` otherwise."""
    if not before:
        return name
    end, prev = next(reversed(before.items()))
    comma = max(scan.rfind(MARKS[0], end, start), scan.rfind(MARKS[1], end, start))  # (the two marks: no generator per figure)
    if comma < 0:  # (before slicing: scan[0:start] would copy the whole text before the figure)
        return name
    own = scan[comma + 1:start]
    if comma - end > QUALIFIER_ROOM or any(c.isdigit() for c in scan[end:comma]) or len(own) < VERB_LENGTH \
            or not name.startswith(own) or len(name) == len(own):
        return name
    suffix = name[len(own):]
    if not prev.endswith(suffix) or prev.startswith(STOCK_VERBS):
        return name
    stem = prev[:-len(suffix)]
    verbs = name_words("parallel_verb")
    if own.startswith(verbs):
        return name
    if len(stem) == len(own) + VERB_LENGTH and stem[-1] == own[-1] and stem.startswith(verbs) and not stem.startswith(verbs, VERB_LENGTH):
        return stem[:VERB_LENGTH] + name  # 处置闲置土地…，低效用地…
    rest = stem[len(own):]
    if len(stem) > len(own) and stem.startswith(own[-VERB_LENGTH:], len(own) - VERB_LENGTH) and not stem.startswith(own) \
            and len(rest) <= LONGEST_CARRIED and (rest + suffix).endswith(_people()):
        return own + rest + suffix  # 康复服务残疾人…，托养服务…
    return name


def _people() -> tuple[str, ...]:
    """The nouns of people (残疾人, 儿童 …) and the same with 数 after them, as a name of a count of people ends."""
    heads = tuple(name_words("people_head"))
    return heads + tuple(h + "数" for h in heads)
