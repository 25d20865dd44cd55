"""One kind of a family key's thing (tables_words.json ``kind_wordings``: 口袋公园 of parks) measures no target of the key that
does not name that kind: 建成口袋公园10个 is no baseline of 建设连山湖生态公园…等公园游园5个 (held-out set 53 襄阳 row 47, fix121d)."""
from __future__ import annotations

import re
from typing import Final

from govreport.extract.keys import key_wording
from govreport.tables.figures import Figure, words
from govreport.tables.noun_words import noun_words

JOINS: Final = re.compile(r"[、和及与]")  # the marks that join a list's members


def one_kind_only(target: Figure, review: Figure) -> str:
    """The kind wording the review figure's name holds where the target's name and clause name no kind wording at all ('' if
    none): a target that names a kind of its own (街头游园和口袋公园) is left to the kind tests (``Likeness.same_thing``)."""
    own = target.indicator + target.clause_before
    if any(w in own for w in words()["kind_wordings"]):
        return ""
    return next((w for w in words()["kind_wordings"] if w in review.indicator), "")


def only_key_words(kind: str, key: str) -> bool:
    """``kind`` is only wordings of ``key`` itself run together (公园 before 游园 in 建设公园游园31个): two names of the key's
    thing listed without a mark, no narrower kind."""
    rest = kind
    while rest and (found := key_wording(rest, key)):
        rest = rest.replace(found, "", 1).strip("和与及、")
    return bool(kind) and not rest


def listed_apart(kind: str, key: str, listed: str) -> bool:
    """A kind on one side only that is only the key's own wordings (公园 of 建设公园游园) and that the other side's list names
    as a member of its own before its last (新增公园、街头游园39个): both count the same names of the thing, one list marked
    and one run together (held-out set 72 亳州 row 104, fix150k); not a member with a figure of its own (中小学20所、幼儿园26所)."""
    return only_key_words(kind, key) and any(noun_words(m) == kind for m in JOINS.split(listed)[:-1])
