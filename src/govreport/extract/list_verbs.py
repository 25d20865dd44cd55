"""The verb a 、 list of counted nouns ends with, where a member's noun holds that verb as a word of its own name
(加快6个露天煤矿整合区、1个井工煤矿整合区、10个非煤矿山整合区整合工作): every member is the thing the verb works
on (露天煤矿整合区整合), not only the last one, which the verb follows (audit s36 乌海). A list whose middle member ends with
a verb of its own has no verb to share (held-out set 80, fix160d)."""
from __future__ import annotations

import re
from typing import Final

from govreport.extract.predicates import count_verb
from govreport.lexicon import name_words

CLAUSE_END: Final = re.compile(r"[，,；;：:。\n]")
CLOSERS: Final = "“”‘’\"'）)"
TASK: Final = ("任务", "工作")  # (…改造任务: the task word after the list's last verb)


def ending_verb(scan: str, lo: int, upto: int) -> str:
    """The word of two characters that ends ``scan[lo:upto]`` (the list before its task word, 工作/任务) and that the
    last member's noun holds too (…、10个非煤矿山整合区整合 -> 整合), '' if none: the last member must be a figure and a
    noun of three characters or more before it."""
    last_digit = max((i for i in range(lo, upto) if scan[i].isdigit()), default=-1)
    if last_digit < 0 or upto - last_digit - 1 < 5:
        return ""
    word, noun = scan[upto - 2:upto], scan[last_digit + 1:upto - 2]
    return word if "\u4e00" <= word[0] <= "\u9fff" and word in noun[1:] else ""


def members_act_apart(scan: str, lo: int, sentence_end: int) -> bool:
    """A member between the first and the last of the 、 list from ``lo`` (right after the first member's noun) to the clause's
    end ends with a verb of its own (新开工A等6件水源工程、B等8条河道治理、C等3个…节水改造): each member says its own action,
    so the last member's verb (改造) is not the list's to carry to the first. Not when that verb follows a listed head (…、D等266个
    商业地产项目建设: 推进…建设 frames the whole list)."""
    stop = CLAUSE_END.search(scan, lo, sentence_end)
    members = scan[lo:stop.start() if stop else sentence_end].split("、")
    last = members[-1].rstrip(CLOSERS)
    last = last[:-len(TASK)] if last.endswith(TASK) else last
    closing = count_verb().search(last)
    if closing is None or last[:closing.start()].endswith(name_words("listed_head")):
        return False
    return any(count_verb().search(m.rstrip(CLOSERS)) is not None for m in members[1:-1])
