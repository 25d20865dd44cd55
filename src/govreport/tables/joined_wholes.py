"""A whole named with 及 (新增中小学及幼儿园学位2100个) is not measured by one member of a review list that states its parts apart
(新增幼儿园学位720个、小学学位1665个): a part is no baseline of the whole, and no sum is derived (set 51 玉溪 row 52; the
、-joined wholes are ``measures.member_for_a_list``'s)."""
from __future__ import annotations

import re
from typing import Final

from govreport.lexicon import verbs
from govreport.tables.figures import Figure
from govreport.tables.measures import list_clause

# 及 joining two nouns, not in 以及 (a clause joiner), 普及/涉及/顾及 (verbs), 及时/及其/及早, 及以上
JOINED: Final = re.compile(r"(?<![以普涉顾危])及(?![时其早以])")


def part_for_a_joined_whole(target: Figure, fig: Figure) -> bool:
    """The target's clause (no 、 list) joins its kinds with 及, and ``fig`` is one member of a 、 list of figures whose own
    member joins none."""
    whole = list_clause(target)
    if "及" not in whole or "、" in whole or not any(_joins_nouns(whole, m) for m in JOINED.finditer(whole)):
        return False
    theirs = list_clause(fig)
    member = theirs[theirs.rfind("、") + 1:]
    in_list = "、" in theirs and any(c.isdigit() for c in theirs) or fig.sentence[fig.rel_end:fig.rel_end + 1] == "、"
    return in_list and JOINED.search(member) is None


def _joins_nouns(text: str, m: re.Match[str]) -> bool:
    """The 及 at ``m`` joins two nouns, no verbs (新建及提质绿道: two works on one thing, no whole of parts)."""
    before, after = text[:m.start()], text[m.end():]
    return bool(before) and bool(after) and not any(after.startswith(v) or before.endswith(v) for v in verbs() if v)
