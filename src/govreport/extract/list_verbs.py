"""The verb a 、 list of counted nouns ends with, where a member's noun holds that verb as a word of its own name
(加快6个露天煤矿整合区、1个井工煤矿整合区、10个非煤矿山整合区整合工作): every member is the thing the verb works
on (露天煤矿整合区整合), not only the last one, which the verb follows (audit s36 乌海)."""
from __future__ import annotations


def ending_verb(scan: str, lo: int, upto: int) -> str:
    """The word of two characters that ends ``scan[lo:upto]`` (the list before its task word, 工作/任务) and that the
    last member's noun holds too (…、10个非煤矿山整合区整合 -> 整合), '' if none: the last member must be a figure and a
    noun of three characters or more before it."""
    last_digit = max((i for i in range(lo, upto) if scan[i].isdigit()), default=-1)
    if last_digit < 0 or upto - last_digit - 1 < 5:
        return ""
    word, noun = scan[upto - 2:upto], scan[last_digit + 1:upto - 2]
    return word if "\u4e00" <= word[0] <= "\u9fff" and word in noun[1:] else ""
