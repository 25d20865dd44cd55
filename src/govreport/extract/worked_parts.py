"""A count of institutions followed by a 、 list of their parts and the work done on them (实施10所市直学校宿舍、澡堂、卫生间
维修改造项目): the count is of the institutions worked on (宿舍澡堂卫生间维修改造市直学校), not of the first part, which the
noun after the count runs into up to the first 、 (市直学校宿舍; held-out set 68 那曲 row 51). A 、 list of counted places
(新增3个县、2个乡) has no work at its end and keeps its names. Word list: data/name_subjects.json ``institution_heads``."""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from govreport.extract.predicates import verb_chain
from govreport.lexicon import name_subjects

PARTS: Final = r"((?:、[\u4e00-\u9fff]{1,4}?)+)"  # 、澡堂、卫生间 (the members after the first)
WORK_END: Final = r"(?:项目|工程|任务)?(?=[，,。；;]|$)"  # what may close the work before the clause ends
PART_MAX: Final = 4  # a part is a short noun (宿舍, 卫生间, 食堂)


@cache
def _parts_work() -> re.Pattern[str]:
    """The 、 members after the first part, the chain of verbs done to them and the clause's end."""
    return re.compile(PARTS + "(" + verb_chain().pattern + ")" + WORK_END)


def worked_institutions(scan: str, post: str, noun_end: int) -> str:
    """The parts, the work and the institutions a count names (宿舍澡堂卫生间维修改造市直学校) when ``post``, the noun
    after the count ending at ``noun_end``, is an institution (data/name_subjects.json institution_heads) and one part
    of it, and the clause goes on with a 、 list of more parts and a chain of verbs to its end; '' otherwise."""
    if scan[noun_end:noun_end + 1] != "、":
        return ""
    heads: list[str] = name_subjects()["institution_heads"]
    cut = max((post.rfind(h) + len(h) for h in heads if h in post), default=-1)
    if cut <= 0 or not 1 <= len(post) - cut <= PART_MAX:
        return ""
    m = _parts_work().match(scan, noun_end)
    return post[cut:] + m.group(1).replace("、", "") + m.group(2) + post[:cut] if m else ""
