"""A 、 list of verbs sharing one object and one count by 各 (签约、落地、投产冰雪产业项目各5个以上, spot audit 36 张家口):
each verb is a count of its own of the one object (签约冰雪产业项目数, 落地冰雪产业项目数, 投产冰雪产业项目数), so each row
is named verb + object; the members but the last are bare verbs (``verbs.csv``), the last a verb and the object."""
from __future__ import annotations

import re
from dataclasses import replace

from govreport.extract.keys import indicator_english, indicator_key
from govreport.lexicon import unit_field, verbs
from govreport.tables.figures import Figure

EACH_END = re.compile(r"各$")  # the count is each verb's (签约、落地、投产…各5个)
LIST_JOIN = re.compile(r"、|和")


def _verb_opening(member: str) -> str:
    """The longest verb of ``verbs.csv`` opening ``member``; '' if none."""
    return next((v for v in sorted(verbs(), key=len, reverse=True) if member.startswith(v)), "")


def verb_object_members(fig: Figure, clause: str) -> list[Figure]:
    """One figure per verb of ``clause`` (the figure's clause before it) when it is bare verbs and a last verb + object
    sharing one count by 各, each named verb + object + the figure's own tail (数); [] otherwise."""
    m = EACH_END.search(clause)
    if m is None or unit_field(fig.unit, "kind") != "count":
        return []
    parts = LIST_JOIN.split(clause[:m.start()])
    known = verbs()
    if len(parts) < 2 or any(p not in known for p in parts[:-1]):
        return []
    verb = _verb_opening(parts[-1])
    thing = parts[-1][len(verb):]
    if not verb or len(thing) < 2 or thing in known or _verb_opening(thing):
        return []
    tail = fig.indicator.rsplit(thing, 1)[1] if thing in fig.indicator else "数"
    out = []
    for act in [*parts[:-1], verb]:
        name = act + thing + (tail or "数")
        key = indicator_key(name, fig.unit, fig.direction)
        out.append(replace(fig, indicator=name, indicator_key=key, indicator_en=indicator_english(key, name)))
    return out

