"""A 、 list member that is only a verb takes the head noun the list opens with (央地合作项目谋划梳理87个、新签约19个、推进实施6个:
央地合作项目新签约, 央地合作项目推进实施; spot audit 40 盘锦 row 20), not the first member's own verbs (谋划梳理) nor the member
before's verb (新签约实施). The head is a counted noun of data/name_words.csv kind ``listed_head`` (项目, 企业) that the first
member names right before a few words of its own work. A list whose counts stand before their verbs (标准化村卫生室40个新建、30个
改扩建) gives every member the subject before its first count (count_first_member, held-out set 80, fix160d)."""
from __future__ import annotations

import re
from typing import Final

from govreport.extract.indicators import all_verbs, strip_clause
from govreport.extract.name_lists import results_only
from govreport.extract.naming_patterns import LINK_ONLY
from govreport.extract.predicates import count_verb
from govreport.lexicon import name_words

OPENERS: Final = "，,；;：:。"  # what opens the clause a list stands in
# the first member, its count and a 、; a threshold may stand inside its noun (新引进5000万元以上产业项目135个、: audit 87 株洲 G2)
FIRST_MEMBER: Final = re.compile(r"([\u4e00-\u9fff“”](?:[\u4e00-\u9fff“”]|[\d.]+[万亿]?元以上){2,23}?)[\d.]+[万亿]?[\u4e00-\u9fff](?:以上|左右)?、")
VERBS_AFTER_HEAD: Final = 4  # at most that many characters of the first member's own work after the head (谋划梳理)
NEW: Final = "新"  # 新签约: a verb of new things


def verbs_only(member: str) -> bool:
    """A member of verbs alone (推进实施, 新签约, 竣工投产): it names no thing of its own."""
    rest = member[1:] if member.startswith(NEW) else member
    return len(member) >= 2 and (all_verbs(member) or all_verbs(rest) or rest in name_words("result") or rest in name_words("stage_verb") or results_only(member))


PROCESS: Final = re.compile(r"[\u4e00-\u9fff]{1,4}(?<!文)化")  # 本地产业化: a making-into (产业化, 市场化), no thing (not 文化)


def process_only(member: str) -> bool:
    """A member that is only a making-into (本地产业化): like a verb, it names no thing of its own."""
    return member.endswith("化") and PROCESS.fullmatch(member) is not None


def list_head_member(scan: str, sentence_start: int, lo: int, t_start: int) -> str:
    """The name of the verb-only member ``scan[lo:t_start]`` (after its 、) of a list whose first member names a head noun and
    then a few words of work (央地合作项目谋划梳理87个、新签约19个: 央地合作项目新签约); '' when the member names a thing, the
    list's first member has no such head, or a member between names a thing of its own."""
    member = scan[lo:t_start].lstrip("、")
    if not scan.startswith("、", lo) or not (verbs_only(member) or process_only(member)):
        return ""
    at = max(sentence_start, max(scan.rfind(c, sentence_start, lo) for c in OPENERS) + 1)
    m = FIRST_MEMBER.match(scan, at, lo + 1)
    if m is None:
        return ""
    between = re.split(r"[\d.]+[万亿]?[\u4e00-\u9fff](?:以上|左右)?、", scan[m.end():lo + 1])[:-1]
    if not all(verbs_only(b) for b in between):
        return ""  # (…项目87个、企业5家、新签约19个: the member before names its own thing)
    first = m.group(1)
    ends = [(first.rfind(h) + len(h)) for h in name_words("listed_head") if first.rfind(h) >= 2]
    end = max(ends, default=0)
    work = first[end:]
    if not work and end and process_only(member):  # 新增中试项目15个以上、本地产业化5个: the new projects' (中试项目本地产业化)
        new = max(((first.rfind(w, 0, end), w) for w in name_words("carried_new_verb")), default=(-1, ""))
        thing = first[new[0] + len(new[1]):end] if new[0] >= 0 else ""
        return thing + member if len(thing) >= 3 else ""
    if not work and end and verbs_only(member) and not LINK_ONLY.fullmatch(member) and count_verb(False).match(first) is None \
            and (thing := _new_thing(first[:end])):
        return thing + _level_word_dropped(member)  # 全年新引进5000万元以上产业项目135个、新开工120个、新竣工100个: 5000万元以上产业项目新竣工 (audit 87 株洲 G2)
    if not work and end and verbs_only(member) and (opening := count_verb(False).match(first)) and end - opening.end() >= 2:
        return ("" if LINK_ONLY.fullmatch(member) else member) + first[opening.end():end]  # (、达到773个: the stock) 谋划亿元以上产业项目200个、新签约120个: 新签约亿元以上产业项目 (held-out 46 洛阳 G1)
    if not end or len(work) < 2 or len(work) > VERBS_AFTER_HEAD or any(h in work for h in name_words("listed_head")):
        return ""
    if count_verb(False).match(work) is None and not verbs_only(work) and not verbs_only(work[:3]):
        return ""  # (开工小微企业园10个、竣工20个: 园 ends the noun, no work)
    head, moved = strip_clause(first[:end])
    return head + member if head and not moved else ""


def _new_thing(first: str) -> str:
    """The thing a first member opens with a new-things verb for (新引进5000万元以上产业项目 -> 5000万元以上产业项目): a later
    member of verbs alone is another stage of the same things, not of the first member's verb; '' when no such verb opens it."""
    head = strip_clause(first)[0]
    opened = next((w for w in sorted(name_words("carried_new_verb"), key=len, reverse=True) if head.startswith(w)), "")
    thing = head[len(opened):]
    return thing if opened and len(thing) >= 3 else ""


def _level_word_dropped(member: str) -> str:
    """``member`` less the level word it ends with (累计达 -> 累计: the stock, named without its link)."""
    return next((member[:k] for k in range(1, len(member)) if LINK_ONLY.fullmatch(member[k:])), member)


COUNTED: Final = "数"
COUNT_FIRST: Final = re.compile(r"([\u4e00-\u9fff]{2,12}?)[\d.]+[\u4e00-\u9fff]")  # 标准化村卫生室40个: the subject, then its count
BARE_COUNT: Final = re.compile(r"[\d.]+[\u4e00-\u9fff]")  # 、30个: a later member's count, no words of its own before it


def count_first_member(name: str, scan: str, sentence_start: int, t_start: int, t_end: int) -> str:
    """A count named by the verb after it alone (新建数) in 「subject + N个 verb、M个 verb」 (完成标准化村卫生室40个新建、30个改扩建
    任务): the subject before the list's first count, its light verb dropped (标准化村卫生室新建数), for every member; "" when
    the name is more than a verb, that verb does not follow the figure, or a member before names a thing of its own (held-out
    set 80 大理 rows 66–67, fix160d)."""
    verb = name[:-len(COUNTED)] if name.endswith(COUNTED) else ""
    if not verb or not all_verbs(verb) or not scan.startswith(verb, t_end):
        return ""
    at = max(sentence_start, max(scan.rfind(c, sentence_start, t_start) for c in OPENERS) + 1)
    parts = scan[at:t_end].split("、")
    first = COUNT_FIRST.match(parts[0])
    if first is None or first.end() != len(parts[0]) and len(parts) == 1:
        return ""
    if len(parts) > 1 and (not all_verbs(parts[0][first.end():]) or not BARE_COUNT.fullmatch(parts[-1])
                           or not all(_count_and_verb(p) for p in parts[1:-1])):
        return ""
    subject = strip_clause(first.group(1))[0]
    return subject + verb + COUNTED if 2 <= len(subject) <= 12 and not all_verbs(subject) else ""


def _count_and_verb(member: str) -> bool:
    """A member that is a count and a verb after it only (30个改扩建)."""
    count = BARE_COUNT.match(member)
    return count is not None and all_verbs(member[count.end():])
