"""The verb of a count's own clause after the noun of the count before and a link (开工建设…等3座水库和改造晴隆贺龙宫等2座
病险水库): 和/及 joins two works, each with its own verb, and the examples before 等 left the second count's name without its
verb (病险水库数, which reads as the stock of unsafe reservoirs; held-out set 68 黔西南 row 83). The count is of the things
the verb is done to: 改造病险水库数, as the namer names such a count standing alone."""
from __future__ import annotations

import re
from typing import Final

from govreport.extract.indicators import all_verbs
from govreport.extract.predicates import count_verb
from govreport.lexicon import unit_field

LINK: Final = re.compile(r"([\u4e00-\u9fff]{1,8}?)[和及](?=[\u4e00-\u9fff])")  # the count before's noun and the link after it
EXAMPLES_END: Final = "等"


def linked_verb(name: str, scan: str, lo: int, start: int, unit: str, prev_end: int) -> str:
    """``name`` with the verb its clause opens with after the noun of the figure before (ending at ``prev_end`` = ``lo``)
    and a link, where the clause ends with examples before 等 and the name holds no verb of its own; ``name`` otherwise."""
    if prev_end != lo or unit_field(unit, "kind") != "count" or scan[start - 1:start] != EXAMPLES_END:
        return name
    link = LINK.match(scan, lo, start)
    if link is None or all_verbs(link.group(1)):
        return name
    verb = count_verb(False).match(scan, link.end(), start)
    if verb is None or verb.group() in name or count_verb(False).match(name):
        return name
    return verb.group() + name
