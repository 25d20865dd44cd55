"""What a 、 list of counted things shares after its last member: its noun or its work.

The work a 、 list of counted things shares, named in full where the sentence has named it before the list (有序推动雨污分流
改造，中心城区完成117个小区、9条街巷雨污分流改造任务): 小区 are counted for 雨污分流改造, not for any 改造 (held-out set 70 潍坊 row
108, fix146d). The list's last member holds the noun and the work run together (街巷雨污分流改造); only the words the sentence
has already said as one work, ending with the list's verb, are taken for the work. And a count of examples whose noun
comes only after the set's amount, parted from the count by 、 (推进邵武氟新材料专业园、建阳经济开发区创业园二期等23个、总投资247亿元
项目建设), is of the projects named after the amount, not of the examples run together (南平 row 26)."""
from __future__ import annotations

import re
from typing import Final

ITEM_MARK_TEXT: Final = r"[（(](\d{1,2})[)）]"  # （2）, (2): a numbered item's number in brackets (also name_investments, tables/numbered_items)
BRACKETED_ITEM: Final = re.compile(r"\s*" + ITEM_MARK_TEXT)  # （6）投入…: a numbered item's number opening a sentence (name_parts.opening_topic)
SENTENCE_BREAKS: Final = "。！!？?\n"
LONGEST_WORK: Final = 8  # the longest work read back from the verb (雨污分流改造: 6)
TIME_WORD: Final = re.compile(r"[年月季]")  # (…上半年开工建设，…下半年开工建设: a time is no part of the work)
IDEOGRAPHS: Final = re.compile(r"[\u4e00-\u9fff]+")


def work_named_before(scan: str, at: int, verb_start: int, upto: int, post: str) -> str:
    """The work ``scan[verb_start:upto]`` (a verb ending the list whose first member's noun ``post`` is at ``at``) with the
    words before it in the last member that the sentence before ``at`` already names with that verb; the verb alone otherwise."""
    verb = scan[verb_start:upto]
    opening = max(scan.rfind(c, 0, at) for c in SENTENCE_BREAKS) + 1
    before = scan[opening:at]
    if verb not in before:
        return verb
    for start in range(max(at, upto - LONGEST_WORK), verb_start):
        work = scan[start:upto]
        if IDEOGRAPHS.fullmatch(work) and work in before and work[:-len(verb)] not in post and TIME_WORD.search(work[:-len(verb)]) is None:
            return work
    return verb


# 、, the set's amount (总投资247亿元, 投资50亿元), the projects or works it is of, up to their work or the clause's end
AMOUNT_THEN_NOUN: Final = re.compile(r"、(?:总投资|计划总投资|投资)[\d.]+[十百千万亿]*元(?:的)?([\u4e00-\u9fff]{0,8}?(?:项目|工程))(?=建设|[，,。；;]|$)")


def noun_after_amount(scan: str, end: int) -> str:
    """The projects a count ending at ``end`` is of when 、 and the set's amount come between (…等23个、总投资247亿元项目建设 ->
    项目); '' otherwise."""
    m = AMOUNT_THEN_NOUN.match(scan, end)
    return m.group(1) if m else ""
