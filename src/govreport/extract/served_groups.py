"""People a service, a grant, a training or a raised standard is for (held-out set 80 大理, the 惠民实事 annex): the count is
of those people as served (享受…补助金…老人人数, 集中脱产培训乡村医生人数, 提高…标准人数), not of all such people, which
would read as a population goal. extract/counts and extract/served_people read the frames; the words are data/name_words.csv's
(kinds grant, grant_lead, served_scope, served_manner, trained_verb, raised_verb, raised_standard)."""
from __future__ import annotations

import re
from typing import Final

from govreport.lexicon import name_words, unit_field

TRAINED_MOST: Final = 6  # 集中脱产培训: a manner and the training verb; longer words before the count are a clause of their own
STANDARD_MOST: Final = 6  # 保障供养标准: the end of a long standard's name (供养对象保障供养标准) is the standard
RAISED_RUN: Final = re.compile(r"[\u4e00-\u9fff]{4,24}(?=[，,。；;]|$)")  # the people and the standard, up to the clause's end


def scoped_for(scan: str, start: int) -> bool:
    """Whether the count at ``start`` follows 为 and the whole caseload's scope (为全州4.5万名…: kind served_scope)."""
    scope = next((w for w in name_words("served_scope") if scan.endswith(w, 0, start)), "")
    return bool(scope) and scan[start - len(scope) - 1:start - len(scope)] == "为"


def manner_cut(post: str) -> str:
    """``post`` without a manner word it ends with (两补残疾人按规定: 两补残疾人; kind served_manner)."""
    manner = next((w for w in name_words("served_manner") if post.endswith(w)), "")
    return post[:-len(manner)] if manner and len(post) - len(manner) >= 2 else post


def manner_gap(scan: str, at: int) -> int:
    """How long the manner word at ``at`` is (按规定发放: 3), 0 when none stands there."""
    return next((len(w) for w in name_words("served_manner") if scan.startswith(w, at)), 0)


def grant_words(unit: str) -> tuple[str, ...]:
    """The grant verbs (kind grant) a count in ``unit`` after 为 may be served by: people only (为1616户居民发放…补贴 keeps its
    registered wording; 为80岁以上老人发放… is an age)."""
    return name_words("grant") if unit_field(unit, "kind") == "people" else ()


def grant_lead(word: str) -> str:
    """The lead of the name of people granted something by ``word`` (发放: 享受), '' when ``word`` is no grant verb."""
    return name_words("grant_lead")[0] if word in name_words("grant") and name_words("grant_lead") else ""


def trained_lead(before: str, unit: str) -> str:
    """The words before a people count that end with a training verb (集中脱产培训1000名乡村医生: 集中脱产培训): the count is of
    those trained, so the words stay in its name; '' otherwise (kind trained_verb)."""
    if unit_field(unit, "kind") != "people" or not 2 <= len(before) <= TRAINED_MOST or not before.endswith(name_words("trained_verb")):
        return ""
    return before if all("\u4e00" <= c <= "\u9fff" for c in before) else ""


def raised_group(scan: str, end: int, before: str, post: str, unit: str) -> str:
    """The standard raised and the people (``post``, the noun after the count) it is raised for, after a people count right
    after a raised_verb (提高18万名城乡低保和特困人员供养对象保障供养标准: 保障供养标准城乡低保和特困人员), when the clause ends
    with a raised_standard word; '' otherwise. The standard keeps its last words only: the name stays short enough to keep whole."""
    if unit_field(unit, "kind") != "people" or before not in name_words("raised_verb") or len(post) < 2:
        return ""
    run = RAISED_RUN.match(scan, end)
    if run is None or not run.group().startswith(post) or not run.group().endswith(name_words("raised_standard")):
        return ""
    standard = run.group()[len(post):]
    return standard[-STANDARD_MOST:] + post if len(standard) >= 2 else ""
