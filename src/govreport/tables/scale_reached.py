"""A named list whose members reach a scale class (家纺箱包、都市农业、超低能耗建筑3个产业集群达到1000亿级, spot audit 36
保定): its count is the list's, named member by member, the set worked on, like its sibling 6个…达到2000亿级; the members
may then be longer words than the short names of other named lists (worked_sets.names_every_member)."""
from __future__ import annotations

import re
from typing import Final

from govreport.lexicon import clause_breaks
from govreport.tables.clauses import first_mark

REACHES_CLASS: Final = re.compile(r"(?:达到|达|迈上|迈向|跻身)[\d.一二三四五六七八九十百千万亿]+级$")
LONG_MEMBER: Final = 6  # the longest named member (超低能耗建筑) read so


def reaches_scale_class(after: str) -> bool:
    """The rest of the count's clause ends in reaching a scale class (…产业集群达到1000亿级)."""
    stop = first_mark(after, clause_breaks())
    return REACHES_CLASS.search(after if stop < 0 else after[:stop]) is not None
