"""One change 分别 gives a total and the part of it a 其中 clause names (招商引资到位资金达到500亿元，其中引进省外资金300亿元，
分别增长25%以上): the namer gives the figure to the part, the clause it stands in; the total grows by it too, a goal of its
own named from its own level's subject (招商引资到位资金增长; held-out set 82 延安 G6)."""
from __future__ import annotations

import re
from typing import Final

from govreport.lexicon import clause_breaks, name_words
from govreport.tables.clauses import last_mark
from govreport.tables.shared_list_marks import LEADING_GENERAL, _commit_trimmer

# the clause of the change: 分别 and one change word right before the figure (比上年分别增长)
EACH_CHANGE: Final = re.compile(r"^(?:比上年|同比|较上年)?分别(增长|提高|增加|下降|降低|减少)$")
# the total's clause: its subject, a level verb and one amount closing the clause (招商引资到位资金达到500亿元)
WHOLE_LEVEL: Final = re.compile(r"^([\u4e00-\u9fff“”]{4,16}?)(?:达到|达|突破|超过|完成|实现)[\d.]+[\u4e00-\u9fff/]{1,4}$")
# the part's clause: 其中, a subject and one amount closing it (其中引进省外资金300亿元)
PART_LEVEL: Final = re.compile(r"^其中[\u4e00-\u9fff“”]{2,16}?(?:达到|达)?[\d.]+([\u4e00-\u9fff/]{1,4})$")


def whole_of_part_change(before: str, clause: str) -> str:
    """The name of the total's change when ``clause`` (the words before a figure in its clause) is a 分别 change and the
    two clauses before it are a total's level and a 其中 part's level in the same unit; '' otherwise (a 分别 after two
    levels of their own, 、 or 和 between them, is a list the namer pairs already)."""
    change = EACH_CHANGE.match(clause)
    if change is None:
        return ""
    breaks = clause_breaks()
    part_end = len(before) - len(clause) - 1
    part_start = last_mark(before[:part_end], breaks) + 1
    whole_start = last_mark(before[:part_start - 1], breaks) + 1 if part_start > 0 else -1
    if whole_start < 0:
        return ""
    part = PART_LEVEL.match(before[part_start:part_end])
    whole = WHOLE_LEVEL.match(before[whole_start:part_start - 1])
    if part is None or whole is None or not whole.group().endswith(part.group(1)):
        return ""
    subject = _commit_trimmer()(LEADING_GENERAL.sub("", whole.group(1))).replace("“", "").replace("”", "")
    return subject + change.group(1) if len(subject) >= 4 and subject[:2] not in name_words("lead_verb") else ""
