"""The opening a later 、 member that is a bare noun shares with the first member of its list (audit 46): the
scope, verb and ownership or level words before the first member's own noun (新（改、扩）建公办中小学校40所、幼儿园20所:
新(改扩)建公办幼儿园, not a stock of 幼儿园; 市县城区新增公办学前教育学位3000个、义务教育学位15000个: 市县城区新增公办义务教育学位).
Without them the member reads as a stock of all such things (naming.py asks; it is at its size limit)."""
from __future__ import annotations

import re
from typing import Final

from govreport.extract.indicators import KEEP_LEADING
from govreport.extract.predicates import count_verb, verb_chain
from govreport.lexicon import name_words, unit_field

ASIDE: Final = re.compile(r"\([^()]{1,6}\)")  # 新(改扩)建: a bracketed variant inside the verb
VERB_REACH: Final = 4  # the longest scope before the first member's verb (市县城区新增…; not 保障性住房启动建设…: the thing itself)
SHARED_WORDS: Final = 2  # the characters a member shares with a word of the first member's noun (示范乡镇 of …示范县)
SHORT_FORM: Final = 6  # the longest bare member taken as a short form of the list (a longer one is a title of its own: 中国式现代化乡村实践示范村)
TOTALS: Final = ("总", "累计")  # a member that is the total reached (新增…4个、达到17个: 特色产业集群总数) is a stock, no flow of the list


def _plain_at(name: str, plain_end: int) -> int:
    """The index in ``name`` of ``plain_end`` counted in ``name`` without its bracketed asides."""
    at = seen = 0
    while seen < plain_end and at < len(name):
        aside = ASIDE.match(name, at)
        if aside:
            at = aside.end()
            continue
        at, seen = at + 1, seen + 1
    return at


def first_opening(first: str, moved: str = "", titled: bool = False) -> tuple[str, str]:
    """(opening, noun) of a list's first member: a place scope, its verb chain or lead change (新增) and the ownership or
    level word after it (data/name_words.csv kind shared_modifier; a level only after a verb of titles, kind title_verb:
    创建省级…, not 新建县级以上示范社350家、联合社30家), and its own noun; with the verb ``moved`` behind the noun
    (创建省级…示范县: 省级…示范县创建), the level word it opens with; the level after any verb for a ``titled`` member
    (audit 47). ('', first) when none opens it."""
    plain = ASIDE.sub("", first)
    end, verb_word = 0, moved
    if not moved:
        verb = verb_chain().search(plain, 0, VERB_REACH + 4)
        lead = min((at for w in KEEP_LEADING if 0 <= (at := plain.find(w, 0, VERB_REACH + len(w))) <= VERB_REACH), default=-1)
        if lead >= 0 and (verb is None or lead < verb.start()):
            verb_word = next(w for w in sorted(KEEP_LEADING, key=len, reverse=True) if plain.startswith(w, lead))
            start, end = lead, lead + len(verb_word)
        elif verb is not None and verb.start() <= VERB_REACH:
            start, end, verb_word = verb.start(), verb.end(), verb.group()
        else:
            return "", first
        if start and not any(w in plain[:start] for w in name_words("place_alone")):
            return "", first  # (重点打造精品村…: an adverb, no scope)
    word = next((w for w in name_words("shared_modifier") if plain.startswith(w, end)), "")
    word = "" if "级" in word and verb_word not in name_words("title_verb") and not titled else word
    if moved and not word:
        return "", first
    cut = _plain_at(first, end + len(word))
    return (first[:cut], first[cut:]) if len(first) - cut >= 2 else ("", first)


def shared_opening(name: str, before: tuple[str, str, str, str] | None, unit: str) -> str:
    """``name`` with the opening of the list member ``before`` (same unit, a count) when ``name`` is a bare noun: no
    verb, change, level or ownership word of its own (but the verb both moved behind their nouns); where its first
    words stand in the first member's noun, the words of that noun before them too (创建省级和美乡村示范县1个、示范乡镇8个:
    省级和美乡村示范乡镇创建). A title (data/name_words.csv kind title_noun) takes the level after any verb, in any counter,
    also when the verb was carried already (新增省级以上数字车间10个、智能工厂2家: 新增省级以上智能工厂; audit 47)."""
    if before is None or unit_field(unit, "kind") != "count":
        return name
    moved = before[1] if before[1] and name.endswith(before[1]) and before[3].endswith(before[1]) else ""
    core, first = (name[:-len(moved)], before[3][:-len(moved)]) if moved else (name, before[3])
    carried, _ = first_opening(first, moved)
    carried = carried if carried and core.startswith(carried) and len(core) > len(carried) else ""
    core = core[len(carried):]  # 新增智能工厂: the verb already carried (audit 47)
    titled = any(w in core for w in name_words("title_noun"))
    if (before[2] != unit or carried) and not titled or unit_field(before[2], "kind") != "count":
        return name  # (a later member of another counter or with the verb carried: only a title takes the level)
    if not 2 <= len(core) <= SHORT_FORM or core.startswith(KEEP_LEADING + name_words("shared_modifier") + name_words("gov_level") + TOTALS) \
            or any(w in core for w in TOTALS) or count_verb(False).search(core) or verb_chain().search(core):
        return name  # (省市级示范幼儿园: a level of its own)
    opening, noun = first_opening(first, moved, titled)
    if not opening or core in noun or opening in core or opening == carried:
        return name
    at = noun.find(core[:SHARED_WORDS], 1)
    shared = noun[:at] if at > 0 and all("\u4e00" <= c <= "\u9fff" for c in noun[:at]) else ""  # (not 10 of 10亿元以上…项目)
    return opening + shared + core + moved
