"""The verb a 、 list states once before its first member (制作出版精品剧目2个、影视作品2部、文化作品10部; 各县市区引进
亿元产业项目5个以上、“三类500强”企业项目1个以上) is said of every member: a later member that is only a noun and its
count is named with the first member's lead (its scope and verb), else it reads as a stock of those things (held-out
set 86, fix169d). Extra verbs the general lexicon lacks live in data/name_subjects.json (list_member_carried_verbs).
"""
from __future__ import annotations

import re
from typing import Final

from govreport.lexicon import name_subjects, name_words, verbs

COUNTED: Final = "数"
LEAD_MAX: Final = 8  # at most that many characters of scope and verb before the first member's noun
NOUN_FIRST: Final = re.compile(r"[\u4e00-\u9fff]{2,10}[0-9.]+[个部家所座处条项][以上]*")  # 影视作品2部: a bare member, noun first
CLAUSE_BREAK: Final = re.compile(r"[，,；;：:。（(]")
REACH: Final = 80
OWN_VERB_KINDS: Final = ("result", "member_own_verb", "flow_lead", "change", "carried_new_verb")  # data/name_words.csv kinds


def _verbs() -> tuple[str, ...]:
    return tuple(sorted(set(verbs()) | set(name_subjects()["list_member_carried_verbs"]), key=len, reverse=True))


def _acted(words: str) -> bool:
    """``words`` hold a verb of their own (整治, 增加, 新增 too): a member with its own act, no bare noun."""
    acts = frozenset(_verbs()) | frozenset(w for k in OWN_VERB_KINDS for w in name_words(k))
    return any(words[i:i + 2] in acts or words[i:i + 3] in acts or words[i:i + 4] in acts for i in range(len(words) - 1))


def carried_verb(name: str, prev: str, own: str, scan: str, start: int, at: int) -> str:
    """``name`` (a later member's, ``own`` its words before the figure at ``at``) with the lead of the list's first member
    (``prev`` its name) when every member after the first is a bare noun and its count; "" otherwise, and when the lead
    opens with a place or an adverb (州直实施…、塔城地区25个: a place member; 尽快形成…的产能) rather than the verb."""
    noun = own.replace("“", "").replace("”", "")
    if not 2 <= len(noun) <= 10 or name != noun + COUNTED or _acted(noun) or not prev.endswith(COUNTED):
        return ""
    lo = max(start, at - REACH)
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(scan, lo, at)]
    parts = scan[breaks[-1] if breaks else lo:at].replace("“", "").replace("”", "").split("、")
    if len(parts) < 2 or any(not NOUN_FIRST.fullmatch(p) or _acted(p) for p in parts[1:-1]):
        return ""
    first = parts[0]
    for k in range(min(LEAD_MAX, len(prev) - len(COUNTED) - 2), 1, -1):
        lead = prev[:k]
        if lead.endswith(_verbs()) and lead.startswith(_verbs()) and first.startswith(lead) and not noun.startswith(lead):
            return lead + name
    return ""
