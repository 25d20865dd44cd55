"""Names of the members of a 、 list that the namer gave too little or a neighbour's words (held-out set 79, fix159c).

A list states its shared words once: the scope of each rank member is its own (全省前2名、全国前25名), the subject of a
later bare measure is the first member's (粮食播种面积…、生产能力…), a count before 「X、Y、Z等W」 counts W, the qualifier of
the first member carries to later bare members of the same verb (1个乡村振兴示范县、6个示范乡镇), a flow word opening the
list stays in each member (新增“四上”企业…、“四新”企业…), and a money figure after counts of projects at several levels is
the set's, not the first level's. Each rule reads only the words between the list's members; word lists live in
data/name_subjects.json (list_member_*). quantities.py asks once per figure.
"""
from __future__ import annotations

import re
from typing import Final

from govreport.extract.list_lead_verbs import carried_verb
from govreport.extract.ranks import SCOPES
from govreport.lexicon import name_subjects, name_words, unit_field, verbs

COUNTED: Final = "数"
RANK_MEMBER: Final = re.compile(f"前[0-9]+[名位]、({SCOPES})前$")  # 全省前2名、全国前: a second rank member
RANK_REACH: Final = 16  # 前100名、全国前: the member and the one before
RANK_NAME: Final = re.compile(f"({SCOPES})名次$")
LEVEL: Final = re.compile(r"[\u4e00-\u9fff]{1,3}级(?:及?以上)?")
THRESHOLD: Final = ("及以上", "以上")
EXAMPLES: Final = re.compile(r"([\u4e00-\u9fff]{2,12})((?:、[\u4e00-\u9fff]{2,10})+)等([\u4e00-\u9fff]{2,10})(?=[，,。；;]|$)")
INVESTED: Final = "投资"
DONE: Final = "完成"
APART: Final = "分别"
HEAD: Final = 2  # a member's head noun at the end of its name, before 数 (企业)
MIDDLE: Final = re.compile(r"[0-9.]+[\u4e00-\u9fff][\u4e00-\u9fff]{2,10}")  # 6个示范乡镇: a member counted first
FIRST_TAIL: Final = 6  # at most that many characters of the first member's noun after its qualifier and head (县, 乡镇)
VERB_REACH: Final = 8  # the verb right before a count (争取建设5个…)
FLOW_LEAD: Final = 4  # at most that many characters (年内, 力争) before the flow word that opens the clause before
MEMBER_OPEN: Final = re.compile(r"[\u4e00-\u9fff“”]{2,12}$")  # a bare member after 、 (no figure, no break)


def _words(key: str) -> tuple[str, ...]:
    return tuple(sorted(name_subjects()[key], key=len, reverse=True))


def _acted(words: str) -> bool:
    """``words`` hold a verb or a result word (新投产, 竣工, 列入): a member with an action of its own, no bare noun."""
    acts = frozenset(verbs()) | frozenset(name_words("result"))
    return any(words[i:i + 2] in acts or words[i:i + 3] in acts for i in range(len(words) - 1))


def rank_member(scan: str, at: int) -> re.Match[str] | None:
    """The figure at ``at`` is a later member of a 、 list of ranks (进入全省前2名、全国前25名): a place, as the first is;
    the match's group 1 is its own scope."""
    return RANK_MEMBER.search(scan, max(0, at - RANK_REACH), at)


def level_gap(scan: str, end: int, post: str) -> int:
    """How many characters of a threshold (以上) stand between a count ending at ``end`` and its noun ``post`` (102个以上
    自治区级、…): the level list after it is read as when no threshold stands there; -1 when ``post`` does not follow."""
    for gap in ("", *THRESHOLD):
        if scan.startswith(gap + post, end):
            return len(gap)
    return -1


def list_member_name(name: str, scan: str, start: int, lo: int, at: int, end: int, unit: str, prev: str, prev_unit: str = "") -> str:
    """``name`` of the figure from ``at`` to ``end`` (its clause from ``lo``, its sentence from ``start``) with the words its
    list states once (module doc); ``prev`` is the name of the figure before in the sentence ("" when none), ``prev_unit`` its unit."""
    if prev and (own := rank_member(scan, at)):
        first = RANK_NAME.search(prev)
        return prev[:first.start()] + own.group(1) + "名次" if first else name
    if name.endswith(COUNTED) and (listed := examples_head(name, scan, at, end)):
        return listed
    if unit_field(unit, "kind") == "money" and name.endswith(INVESTED) and (of_set := set_investment(name, scan, start, at)):
        return of_set
    opened = scan[at - 1:at] if at > 0 else ""
    if prev and "、" in scan[max(lo - 1, start):at] and opened not in "，,；;":
        return shared_member(name, prev, scan, start, lo, at, end, unit) or name
    if prev and lo > start and scan[lo - 1:lo] in ("，", ",") and prev_unit == unit and unit_field(unit, "kind") in name_subjects()["comma_member_kinds"]:
        return comma_member(name, prev, scan, start, lo, at) or name
    return name


def comma_member(name: str, prev: str, scan: str, start: int, lo: int, at: int) -> str:
    """A clause that is only a bare noun and a count (，“四上”企业78户) right after a clause opened by a flow word with a count
    in the same unit (新增“个转企”180户): that flow word is said of both (新增四上企业户数), as in a 、 list; "" when the clause
    has words of its own (a verb, a level, a stock word: 总数300户) or the clause before does not open with the flow word."""
    own = scan[lo:at].strip()
    noun = own.replace("“", "").replace("”", "")
    before = re.split("[，,；;：:]", scan[start:lo - 1])[-1].lstrip("“”")
    flow = next((f for f in _words("comma_member_flow_words") if prev.startswith(f) and 0 <= before.find(f) <= FLOW_LEAD), "")
    if not flow or not MEMBER_OPEN.fullmatch(own) or not 2 <= len(noun) <= 8 or not name.startswith(noun) \
            or any(f in name for f in _words("member_flow_verbs") + _words("comma_member_flow_words")) \
            or any(w in noun for w in _words("comma_member_stock_words")) or _acted(noun):
        return ""
    return flow + name if own.startswith("“") or _same_head(name, prev) else ""


def _same_head(name: str, prev: str) -> bool:
    """``name`` and ``prev`` end with the same counted noun, not only the same 数 (专业镇数, 示范村镇数): an unquoted bare clause
    is a second member of the flow only then, since a clause opening with a verb the lexicon lacks (登记…, 整治…) is not."""
    n = 0
    while n < min(len(name), len(prev)) and name[-1 - n] == prev[-1 - n]:
        n += 1
    return n > len(COUNTED) and name[-n:] not in ("户数", "个数")


def examples_head(name: str, scan: str, at: int, end: int) -> str:
    """A count right before 「X、Y、Z等W」 counts W (5个省级以上重点实验室、技术中心、创新中心等科技创新平台: 省级以上科技创新平台数),
    the first member's level kept; "" when its name does not end with the first member or no such list follows."""
    m = EXAMPLES.match(scan, end)
    if m is None:
        return ""
    first, head = m.group(1), m.group(3)
    level = LEVEL.match(first)
    own = first[level.end():] if level else first
    stem = name[:-len(COUNTED)]
    if not stem.endswith(own) or head.endswith(own) or own.endswith(head) or _acted(own) \
            or not scan[max(0, at - VERB_REACH):at].endswith(tuple(verbs())):  # (a count of a named project, of things a clause opens with)
        return ""
    return stem[:-len(own)] + head + COUNTED  # (the level, when the name has it, stands before ``own``)


def shared_member(name: str, prev: str, scan: str, start: int, lo: int, at: int, end: int, unit: str) -> str:
    """A later 、 member's name with what the first member states for all; "" when nothing is shared."""
    kind = unit_field(unit, "kind")
    own = scan[lo:at].rpartition("、")[2].strip()
    if name in _words("list_member_bare_measures") and own.startswith(name):
        subject = next((prev[:-len(m)] for m in _words("list_member_first_measures") if prev.endswith(m) and len(prev) > len(m)), "")
        return subject + name if 2 <= len(subject) <= 6 else ""
    if kind != "count" or not name.endswith(COUNTED) or not prev.endswith(COUNTED):
        return ""
    return carried_flow(name, prev, own) or carried_qualifier(name, prev, scan, start, at, end) or carried_verb(name, prev, own, scan, start, at)


def carried_flow(name: str, prev: str, own: str) -> str:
    """A bare member (“四新”企业50家) after a first member of the same head (企业) whose name opens with a flow word
    (每年新增“四上”企业…): that opening (每年新增四新企业数); "" when the member has words of its own before its noun
    (a verb, a place, a flow word) or counts another head."""
    noun = own.replace("“", "").replace("”", "")
    flows = _words("member_flow_verbs")
    if not MEMBER_OPEN.fullmatch(own) or not name.startswith(noun) or not 2 <= len(noun) <= 8 or any(f in name for f in flows) \
            or name[-HEAD - 1:] != prev[-HEAD - 1:] or _acted(noun):
        return ""
    for k in range(2, min(len(prev) - 2, 8)):
        if prev[:k].endswith(flows) and not name.startswith(prev[:k]):
            return prev[:k] + name
    return ""


def carried_qualifier(name: str, prev: str, scan: str, start: int, at: int, end: int) -> str:
    """A bare member counted first (打造…、6个示范乡镇) of the same verb as the list's first member (打造1个乡村振兴示范县), whose
    noun opens with a shared designation head (示范: name_subjects.json list_member_shared_heads) that the first names after
    a qualifier (乡村振兴): the qualifier before it (打造乡村振兴示范乡镇数); "" otherwise, and when a member between has a
    qualifier of its own (100个乡村建设示范村、20个精品示范村、10个示范乡镇)."""
    n = 0
    while n < min(len(name), len(prev)) and name[n] == prev[n]:
        n += 1
    verb, rest, mine = name[:n], prev[n:-len(COUNTED)], name[n:-len(COUNTED)]
    head = next((h for h in _words("list_member_shared_heads") if mine.startswith(h)), "")
    if not head or not 2 <= len(verb) <= 4 or len(mine) <= len(head) or scan[at - 1:at] != "、" or not scan.startswith(mine, end):
        return ""
    parts = scan[max(start, at - 80):at].split("、")
    k = rest.find(head)
    qualifier = rest[:k] if k >= 2 else ""
    if not 2 <= len(qualifier) <= 6 or LEVEL.search(qualifier) or parts[0].rfind(qualifier + head) < len(parts[0]) - len(qualifier + head) - FIRST_TAIL \
            or any(not MIDDLE.fullmatch(p) or not p.lstrip("0123456789.").lstrip("个家所座处条")[:len(head)] == head for p in parts[1:-1]):
        return ""
    return verb + qualifier + mine + COUNTED


def set_investment(name: str, scan: str, start: int, at: int) -> str:
    """An investment named from the first member of a 、 list of counts at several levels (谋划推进102个自治区级、532个市级
    统筹推进重大项目，…完成投资270亿元: 谋划推进自治区级…投资): the set's noun after that level is what it is of (统筹推进
    重大项目完成投资), not the level; "" when the amounts are the levels' own (分别) or the name holds no level that opens such a list in the sentence."""
    if scan.find(APART, start, at) >= 0:
        return ""  # (…省级、…市级重点项目分别完成投资180亿元、530亿元: each level's own)
    for m in LEVEL.finditer(name):
        if scan.find(m.group() + "、", start, at) < 0 or len(name) - m.end() <= len(INVESTED) + 1:
            continue
        rest = name[m.end():-len(INVESTED)]
        return rest + (DONE if scan.endswith(DONE + INVESTED, start, at) else "") + INVESTED
    return ""


def past_member(clause: str, name: str, verb: str) -> str:
    """``clause`` (the words before a count, from the figure before) after the previous member's noun (its ``name``
    without the list's ``verb``) and its 、 (河道治理、C等 -> C等): the words this member owns, where a verb ending that noun
    is not its verb; ``clause`` when it does not open with that member (fix160d)."""
    noun = name[len(verb):] if verb and name.startswith(verb) else name
    lead = clause.lstrip("，,、 ")
    return lead[len(noun) + 1:] if len(noun) >= 2 and lead.startswith(noun + "、") else clause
