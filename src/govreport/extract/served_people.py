"""People a service is given to after 为 (held-out set 69 中山 rows 32, 58, 59): extract/counts names such a count by the
service and the people (上门家政服务困难老人数), and it must also find that frame when

* a floor word stands between 为 and the count (为不少于5万名职工赠送…: the workers given it, not the hospitalised ones), and
* the people are a 、 list of groups served by the one verb after the last (为1200名困难老人、高龄失能独居老人提供上门照护服务:
  both groups, written 困难、高龄失能独居老人 when they end alike), not the first group with the service glued on."""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from govreport.extract.served_groups import scoped_for
from govreport.lexicon import qualifier_words, qualifiers

GROUP_MOST: Final = 10  # a later group of people is a short noun phrase (高龄失能独居老人); a longer run is a clause
JOINED: Final = re.compile(r"[\u4e00-\u9fff][和及][\u4e00-\u9fff]")  # the last items of one group noun, joined before the head they share
SHARED_END: Final = 2  # the head two groups share (老人) is written once, after the last


def for_people(scan: str, start: int) -> bool:
    """Whether the count at ``start`` follows 为, right before it or before a floor word (不少于, 至少: qualifiers.csv)."""
    if scan[start - 1:start] == "为" or scoped_for(scan, start):  # (为全州4.5万名…: the whole caseload, fix160e)
        return True
    floor = next((w for w in qualifier_words("before") if scan.endswith(w, 0, start)), "")
    return bool(floor) and qualifiers()["before"][floor] == "at_least" and scan[start - len(floor) - 1:start - len(floor)] == "为"


@cache
def _group(provide: tuple[str, ...]) -> re.Pattern[str]:
    """、, a group of people, then one of the ``provide`` verbs."""
    verbs = "|".join(map(re.escape, sorted(provide, key=len, reverse=True)))
    return re.compile(f"、([\u4e00-\u9fff]{{2,{GROUP_MOST}}}?)(?={verbs})")


def listed_people(scan: str, at: int, provide: tuple[str, ...], post: str) -> tuple[str, int]:
    """``post`` (the first group, ending at ``at``, a 、) joined with the next group when a ``provide`` verb follows that
    group and it ends as the first does (…老人、…老人提供); and the new end of the people. ('', at) otherwise."""
    m = _group(provide).match(scan, at)
    if m is not None and JOINED.search(m.group(1)) and len(post) > SHARED_END:
        return post + "、" + m.group(1), m.end() - SHARED_END  # 低收入智力、精神和重度肢体残疾人: one group, its head after 和 (fix160e)
    if m is None or len(post) <= SHARED_END or not m.group(1).endswith(post[-SHARED_END:]):
        return "", at
    return post[:-SHARED_END] + "、" + m.group(1), m.end() - SHARED_END
