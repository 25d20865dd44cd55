"""A review count refused on wording that still measures the target: one programme's one stage, or one title at one level
(held-out set 73, fix152a).

- **one programme**: both sentences carry on a programme of the same quoted name (持续开展千项技改、千企提质“双千”工程 and
  大力开展…“双千”工程), and the review's name is the target's with words left out (入库项目 of 新入库技改项目): the review
  counts the programme's entries of the year, the target those it aims for. Short quoted names (“双千”, “三抓”“三早”) are read
  here with the programme noun after them (``set_labels`` programme_nouns), which yearly_sets.py's campaigns, four characters
  inside the quotes, leave out;
- **one title at one level**: the target's name is a title and a level (单项冠军省级, of 单项冠军国家级3家、省级10家以上) and the
  review's holds both whole (企业产品获省级单项冠军): its count of that title at that level, whatever verb each says.

Both are asked only of candidates that passed the ordinary checks (unit, form, plausible amounts, no other key), and only one
such candidate is taken: two are a doubt, and no baseline is better than a wrong one.
"""
from __future__ import annotations

import re
from functools import cache

from govreport.tables.figures import Figure, generic_bigrams, words
from govreport.tables.yearly_sets import campaign_verbs

MIN_HEAD = 4  # characters of a title (单项冠军); 示范村, 企业 are too general to name one


@cache
def _programme_scan() -> re.Pattern[str]:
    nouns = "|".join(map(re.escape, sorted(words()["set_labels"]["programme_nouns"], key=len, reverse=True)))
    return re.compile(f"(?:{campaign_verbs()})[^，,；;。“”]{{0,16}}?((?:“[^“”，,；;。]{{2,12}}”)+(?:{nouns}))")


def programmes(fig: Figure) -> frozenset[str]:
    """The quoted programme names (with their noun: “双千”工程) the figure's sentence carries on before it."""
    return frozenset(_programme_scan().findall(fig.before))


def _within(short: str, long: str) -> bool:
    """Every character of ``short`` in ``long``, in order: ``long`` says the same with words added."""
    at = 0
    for c in short:
        at = long.find(c, at) + 1
        if at == 0:
            return False
    return True


def _added(short: str, long: str) -> list[str]:
    """The runs of ``long`` left when the characters of ``short`` are taken out in order (新入库技改项目 less 入库项目: 新, 技改)."""
    runs, at = [], 0
    for c in short:
        found = long.find(c, at)
        runs.append(long[at:found])
        at = found + 1
    runs.append(long[at:])
    return [r for r in runs if r]


def said_by_programme(target: Figure, fig: Figure, phrase: str, fig_phrase: str) -> bool:
    """Both sentences carry on one programme, ``fig_phrase`` is ``phrase`` with words left out, and every word left out (two
    characters or more: 技改) stands in ``fig``'s sentence before it (千项技改、千企提质“双千”工程): the programme says it, so a
    scope word the review's name lacks (scope_groups) is no other scope."""
    if len(fig_phrase) < 2 or fig_phrase in generic_bigrams() or fig_phrase == phrase or not _within(fig_phrase, phrase):
        return False
    if not programmes(target) & programmes(fig):
        return False
    return all(r in fig.before for r in _added(fig_phrase, phrase) if len(r) >= 2)


def programme_member(target: Figure, candidates: list[tuple[Figure, str]], phrase: str) -> Figure | None:
    """The one candidate (figure, its phrase) the programme says is the target's measure (``said_by_programme``); None when
    none or several are."""
    if not programmes(target):
        return None
    found = [a for a, a_phrase in candidates if said_by_programme(target, a, phrase, a_phrase)]
    return found[0] if len(found) == 1 else None


def _title_and_level(name: str) -> tuple[str, str]:
    """(title, level) of a name that is only a title and a level word on either side (单项冠军省级数 -> 单项冠军, 省级);
    ('', '') otherwise."""
    bare = name.removesuffix("数")
    for level in sorted(words()["title_levels"], key=len, reverse=True):
        if bare.endswith(level):
            return bare[:-len(level)], level
        if bare.startswith(level):
            return bare[len(level):], level
    return "", ""


def titled_at_level(target: Figure, candidates: list[tuple[Figure, str]]) -> Figure | None:
    """The one candidate whose phrase holds the target's title (four characters or more, no level word in it) right after
    the target's level (省级单项冠军); None when none or several do."""
    title, level = _title_and_level(target.indicator)
    if len(title) < MIN_HEAD or any(w in title for w in words()["title_levels"]):
        return None
    found = [a for a, a_phrase in candidates if level + title in a_phrase]
    return found[0] if len(found) == 1 else None
