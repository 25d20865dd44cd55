"""The opening a later 、 member that is a bare noun shares with the first member of its list (audit 46): the
scope, verb and ownership or level words before the first member's own noun (新（改、扩）建公办中小学校40所、幼儿园20所:
新(改扩)建公办幼儿园, not a stock of 幼儿园; 市县城区新增公办学前教育学位3000个、义务教育学位15000个: 市县城区新增公办义务教育学位).
Without them the member reads as a stock of all such things (naming.py asks; it is at its size limit)."""
from __future__ import annotations

import re
from typing import Final

from govreport.extract.indicators import KEEP_LEADING
from govreport.extract.list_labels import labelled_member
from govreport.extract.predicates import count_verb, verb_chain
from govreport.lexicon import name_words, unit_field
from govreport.report.chars import is_ideograph

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


def shared_opening(name: str, before: tuple[str, str, str, str] | None, unit: str, opening: str = "", more: bool = False) -> str:
    """:func:`_shared_opening`, then the quoted label or herd of the first member (list_labels.py, audit 55)."""
    if before is not None and before[2] == unit and (scaled := scaled_member(name, before[3])):
        return scaled
    return labelled_member(_shared_opening(name, before, unit, opening, more), before, unit, opening)


def _shared_opening(name: str, before: tuple[str, str, str, str] | None, unit: str, opening: str = "", more: bool = False) -> str:
    """``name`` with the opening of the list member ``before`` (same unit, a count) when ``name`` is a bare noun: no
    verb, change, level or ownership word of its own (but the verb both moved behind their nouns); where its first
    words stand in the first member's noun, the words of that noun before them too (创建省级和美乡村示范县1个、示范乡镇8个:
    省级和美乡村示范乡镇创建). A title (data/name_words.csv kind title_noun) takes the level after any verb, in any counter,
    also when the verb was carried already (新增省级以上数字车间10个、智能工厂2家: 新增省级以上智能工厂; audit 47)."""
    if before is None or unit_field(unit, "kind") != "count":
        return scoped_member(name, before, unit, opening, more)
    moved = before[1] if before[1] and name.endswith(before[1]) and before[3].endswith(before[1]) else ""
    core, first = (name[:-len(moved)], before[3][:-len(moved)]) if moved else (name, before[3])
    carried, _ = first_opening(first, moved)
    carried = carried if carried and core.startswith(carried) and len(core) > len(carried) else ""
    core = core[len(carried):]  # 新增智能工厂: the verb already carried (audit 47)
    titled = any(w in core for w in name_words("title_noun"))
    if (before[2] != unit or carried) and not titled or unit_field(before[2], "kind") != "count":
        return scoped_member(name, before, unit, opening, more)  # (a later member of another counter or with the verb carried: only a title takes the level)
    if not 2 <= len(core) <= SHORT_FORM or core.startswith(KEEP_LEADING + name_words("shared_modifier") + name_words("gov_level") + TOTALS) \
            or any(w in core for w in TOTALS + name_words("stock_word")) or count_verb(False).search(core) or verb_chain().search(core) or core.startswith(name_words("change")):
        return name  # (省市级示范幼儿园: a level of its own; 千人均病床位: a level per head, data/name_words.csv stock_word, fix171d)
    opening, noun = first_opening(first, moved, titled)
    if not opening or core in noun or opening in core or opening == carried:
        return name
    at = noun.find(core[:SHARED_WORDS], 1)
    shared = noun[:at] if at > 0 and all(is_ideograph(c) for c in noun[:at]) else ""  # (not 10 of 10亿元以上…项目)
    shared = "" if noun[-1:] in shared else shared  # 农民专业合作社示范社20家、示范家庭农场10家: the first's own kind (its head 社), a sibling's
    return opening + (shared or scale_class(noun, core)) + core + moved


def scaled_member(name: str, first: str) -> str:
    """``name`` of a later member with the list's verb carried already (新增服务业企业) and the size class of the first
    member ``first`` (新增规模以上工业企业) after that verb; "" when it takes none."""
    carried, noun = first_opening(first, "")
    if not carried or not name.startswith(carried) or len(name) <= len(carried):
        return ""
    cls = scale_class(noun, name[len(carried):])
    return carried + cls + name[len(carried):] if cls else ""


def scale_class(noun: str, core: str) -> str:
    """The size class the first member's noun opens with (data/name_words.csv kind scale_class: 规模以上) when a later bare
    member is another sector's thing of the same head (新增规模以上工业企业20户以上、服务业企业12户以上: 新增规模以上服务业企业;
    held-out set 64 楚雄 row 86, fix137b); "" otherwise, and for a longer member (资质建筑业企业: a class of its own)."""
    classes = name_words("scale_class")
    cls = next((c for c in classes if noun.startswith(c)), "")
    sector = core[-HEAD - 1:-HEAD] == SECTOR_END == noun[-HEAD - 1:-HEAD]  # 服务业企业 (not 高新技术企业: a class of its own)
    return cls if cls and sector and HEAD + 1 < len(core) <= SHORT_FORM and core[-HEAD:] == noun[-HEAD:] and not any(c in core for c in classes) else ""


CLAUSE_MARKS: Final = re.compile(r"[，,；;：:。]")
SCOPED_KINDS: Final = ("count", "length", "area", "households")  # counters of things worked on (not money, not people)
SECTOR_END: Final = "业"  # 工业企业, 服务业企业: a sector's things (scale_class)
HEAD: Final = 2  # the characters of a noun's head (燃气管网, 供水管网: 管网)


def scoped_member(name: str, before: tuple[str, str, str, str] | None, unit: str, opening: str, more: bool = False) -> str:
    """``name`` with the scope or class the first member of its 、 list opens with after the verb they share (改造农村户厕
    13万余户、供水管网300公里: 农村供水管网改造; 新改建农村公路300公里、桥梁20座: 新改建农村桥梁; audit 53 连云港 rows 76, 80):
    a scope (data/name_words.csv kind shared_scope: 农村) for any bare member, a class (kind shared_class: 老旧) only for a
    member of the same head (改造老旧燃气管网74公里、供水管网48公里: 老旧供水管网改造, row 62), a scope only for a member
    sharing no character with the first (新建农村公路…、高速公路…: a tier of its own). Without it the member reads
    as the whole city's. Only the second member (no 、 in its clause's ``opening``, the sentence up to the 、 before it) takes it: a later
    one may follow a member of another scope (打造定制公交5条、“农村客货邮融”试点1个、城际公交1条). ``name`` for a member with a scope, class, level or verb of its own, or another kind of counter."""
    if before is None or unit_field(unit, "kind") not in SCOPED_KINDS or unit_field(before[2], "kind") not in SCOPED_KINDS \
            or CLAUSE_MARKS.split(opening)[-1].count("、"):
        return name
    moved = before[1] if before[1] and name.endswith(before[1]) and before[3].endswith(before[1]) else ""
    core, first = (name[:-len(moved)], before[3][:-len(moved)]) if moved else (name, before[3])
    lead = "" if moved else (m.group() if (m := verb_chain().match(first)) else "")
    if not moved and not (lead and core.startswith(lead)):
        return name  # (no verb the two share: each member says its own)
    core, first = core[len(lead):], first[len(lead):]
    scope = next((w for w in name_words("shared_scope") if first.startswith(w)), "")
    kind = next((w for w in name_words("shared_class") if first.startswith(w)), "")
    same_head = first.endswith(core[-HEAD:])  # a scope only for a member of other words (新建农村公路…、高速公路…: a tier of its own;
    # 建成农村生态河道…、幸福河湖…: water of its own; 、农桥40座: rural already)
    word = scope if scope and not set(core) & set(first) and not more else kind if kind and same_head else ""  # (a scope only for a last member:
    # 新改建农村公路…、桥梁37座、户厕19万座: the member after would take the scoped name as its sibling's)
    own = name_words("shared_scope") + name_words("shared_class") + name_words("place_alone") + name_words("shared_modifier") + name_words("gov_level")
    if not word or len(first) - len(word) < 2 or not 2 <= len(core) <= SHORT_FORM or core.startswith(own + KEEP_LEADING) \
            or any(c.isdigit() for c in core) or count_verb(False).search(core) or verb_chain().search(core):
        return name
    return lead + word + core + moved
