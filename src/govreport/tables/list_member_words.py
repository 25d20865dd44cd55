"""The scope words of a figure's own member of a 分别 list that names its members before 分别 (audit 56 淮北 row 10).

全年新签约、开工、纳统亿元以上项目分别达201个、162个、111个: the clause names two stages (签约, 开工), but 201个 is the first
member's, the projects signed, and 162个 the second's; read as the whole clause's, each would name both stages and be refused as
the baseline of 签约亿元以上项目190个. Where the clause before 分别 has as many 、 members as figures follow it, a figure's
scope words are its own member's only."""
from __future__ import annotations

import re
from typing import Final

EACH: Final = "分别"
LIST_MARK: Final = "、"
CLAUSE_END: Final = re.compile(r"[，,；;。：:]")


def member_words(context: str, after: str, group: re.Pattern[str]) -> list[str]:
    """The words of ``group`` in ``context`` (the figure's clause before it), or, where that clause lists members before 分别 and
    the figure is one of as many figures after it (``after``: the sentence from the figure on), those of its own member only."""
    found: list[str] = group.findall(context)
    cut = context.rfind(EACH)
    if cut < 0 or len(set(found)) < 2:
        return found
    members = context[:cut].split(LIST_MARK)
    done = context[cut + len(EACH):].count(LIST_MARK)  # the figures before this one in the list
    end = CLAUSE_END.search(after)
    total = done + 1 + (after[:end.start()] if end else after).count(LIST_MARK)
    if len(members) != total or len(members) < 2:
        return found
    return group.findall(members[done])
