"""A figure whose clause says only a stock word or a change (总量突破95万户, 全年增长10%) right after a clause of no figure
that names what it is of takes that clause's noun, not the sentence's opening topic: 新增经营主体保持全省前列，总量突破95万户
(经营主体总量, not 创业政策总量; spot audit 36 邢台 row 34), 持续推进“揭榜挂帅”，加大研发经费投入力度，全年增长10%
(研发经费投入增长, not 揭榜挂帅增长; 保定 row 10)."""
from __future__ import annotations

import re
from typing import Final

from govreport.lexicon import name_words
from govreport.report.chars import last_of

TOTALS: Final = ("总量", "总数")
CHANGES: Final = ("增长", "提高", "提升")
BARE_ENDS: Final = TOTALS + CHANGES  # what a name made of the opening topic and a bare clause ends with
MARKS: Final = "，,；;。"
ADDED_CLAUSE: Final = re.compile(r"(?:新增|新登记|新培育|新引进)([\u4e00-\u9fff]{2,8}?)(?:保持|位居|稳居|居|排名|继续|实现)[^\d，,；;。]*$")
BARE_CHANGE: Final = re.compile(r"(?:预计)?(?:全年|年均|同比|力争|确保)?(增长|提高|提升)$")  # (预计同比增长: a review's estimate, fix161d)
BENEFIT: Final = "惠及"  # a clause of who a programme reaches, its subject the clause before
PUSHED: Final = re.compile(r"(?:推进|实施|开展|落实)([\u4e00-\u9fff“”]{2,12})$")  # 加力推进消费品以旧换新: the programme pushed
FRAMED: Final = re.compile(r"(?:加大|加快)([\u4e00-\u9fff]{2,10})(?:力度|步伐)$")
GREW: Final = re.compile(r"([\u4e00-\u9fff]{2,12}?)(?:实现|保持)[\u4e00-\u9fff]{0,4}增长$")  # 固定资产投资实现大幅增长: what grew, said in words


def subject_before(name: str, scan: str, start: int) -> str:
    """The name of the figure at ``start`` (named ``name``) from the clause before its own, when its own clause opens with a
    bare 总量/总数 after a clause on the additions of a noun (新增X保持…), or is a bare change after a clause that steps up
    the effort on a noun (加大X力度, 加快X步伐) or says in words that it grew (固定资产投资实现大幅增长，预计同比增长31.1%:
    固定资产投资增长, held-out set 81 fix161d); '' otherwise."""
    at = last_of(scan, MARKS, start) + 1
    if at < 2 or scan[at - 1:at] not in "，,":
        return ""
    lo = last_of(scan, MARKS, at - 1) + 1
    if name.endswith(TOTALS) and scan.startswith(TOTALS, at):
        added = ADDED_CLAUSE.match(scan, lo, at - 1)
        return added.group(1) + scan[at:at + 2] if added else ""
    change = BARE_CHANGE.fullmatch(scan, at, start)
    if change is None or not name.endswith(change.group(1)):
        return ""
    framed = FRAMED.fullmatch(scan, lo, at - 1) or (GREW.fullmatch(scan, lo, at - 1) if change.group(1) == "增长" else None)
    if framed is None:
        return ""
    noun = framed.group(1)
    tail = next((w for w in name_words("topic_tail") if noun.endswith(w) and len(noun) - len(w) >= 2), "")
    subject = noun[:len(noun) - len(tail)] + change.group(1)  # 加快数字经济发展步伐: 数字经济 (发展, a tail, names nothing)
    return subject if subject != name else ""


def benefit_subject(name: str, scan: str, start: int) -> str:
    """The name of a count of people reached (惠及城乡居民5万户) whose clause opens with 惠及 right after a clause of no figure
    that pushes a programme (加力推进消费品以旧换新): that programme and the name (消费品以旧换新惠及城乡居民户数: spot audit 37
    平凉 row 70, its subject lost); '' otherwise."""
    at = last_of(scan, MARKS, start) + 1
    if at < 2 or scan[at - 1:at] not in "，," or not scan.startswith(BENEFIT, at) or not name.startswith(BENEFIT):
        return ""
    lo = last_of(scan, MARKS + "\n", at - 1) + 1
    pushed = PUSHED.search(scan, lo, at - 1)
    return pushed.group(1) + name if pushed and not any(c.isdigit() for c in scan[lo:at]) else ""
