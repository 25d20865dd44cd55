"""A 其中 member measures a part of its parent's measure (农牧民转移就业9.5万人，…，其中实现区外就业1000人): its
baseline is the review's 其中 member of the same parent (农牧民转移就业16万人次…，其中区外转移就业796人), not a figure
of the same words about someone else (高校毕业生…，实现区外就业497人; docs/assumptions.md#baselines, spot audit 37)."""
from __future__ import annotations

import re

from govreport.report.chars import shared_run
from govreport.lexicon import read_json
from govreport.tables.clauses import last_mark
from govreport.tables.figures import Figure
from govreport.tables.verb_actions import actions, same_action

MEMBER_OPENER = "其中"
CLAUSE_END = re.compile(r"[。；;]")
MEMBER_VERBS = re.compile(r"^(?:实现|完成|达到|新增|累计)")
PARENT_CHARS = 4  # the parent's measure both sentences name: a run of at least this many characters (转移就业)
MEMBER_CHARS = 2  # the member's own words both open with (区外)
CJK_OPENING = re.compile(r"[\u4e00-\u9fff]{%d}" % MEMBER_CHARS)  # words, not an amount (其中50亿—100亿元项目 is a class)
LIST_MARKS = re.compile(r"[、和及]|分别")


def member_parts(fig: Figure) -> tuple[str, str] | None:
    """(parent text, member words) of a figure in a 其中 clause of its sentence, or None."""
    before = fig.before
    at = before.rfind(MEMBER_OPENER)
    if at < 0:
        return None
    member = before[at + len(MEMBER_OPENER):].lstrip("，,")
    if CLAUSE_END.search(member) or "，" in member.rstrip("，") or LIST_MARKS.search(member) or not member:
        return None  # 其中 opens the figure's own clause, of one member (not 其中一、二、三产增加值分别增长…)
    return before[:at], MEMBER_VERBS.sub("", member)


def same_parent_member(target: Figure, candidates: list[Figure]) -> Figure | None:
    """The first candidate that is a 其中 member of the same parent measure as ``target`` and opens with its member's words."""
    own = member_parts(target)
    if own is None:
        return None
    parent, member = own
    for a in candidates:
        theirs = member_parts(a)
        if theirs is not None and CJK_OPENING.match(member) and member[:MEMBER_CHARS] == theirs[1][:MEMBER_CHARS] \
                and shared_run(parent, theirs[0], PARENT_CHARS):
            return a
    return None



def done_part_of_whole(target: Figure, candidates: list[Figure], phrase: str, action: str) -> Figure | None:
    """A review 其中 member that is the whole's things at the target's stage (在建回迁房项目18个，其中竣工项目11个): its member
    words are an action verb of the target's action (or a stage verb of baseline_scopes.json part_stage_actions) and the whole's head noun (竣工 and 建成, both build: 项目), and the whole's
    clause names what the target counts (回迁房项目), so the part counts the target's things completed in the year; the first
    such candidate, None if none (held-out set 87 鞍山 row 30, fix170b)."""
    if not action or len(phrase) < PARENT_CHARS:
        return None
    acts = {**actions(), **read_json("baseline_scopes.json")["under_way_counts"]["part_stage_actions"]}
    for a in candidates:
        parts = member_parts(a)
        if parts is None:
            continue
        parent, member = parts
        verb = next((v for v in sorted(acts, key=len, reverse=True) if v and member.startswith(v)), "")
        noun = member[len(verb):]
        whole = parent.rstrip("，,")
        whole = whole[last_mark(whole, "，,；;。：:") + 1:]
        if verb and acts[verb] and same_action(acts[verb], action) and len(noun) >= MEMBER_CHARS and phrase.endswith(noun) and phrase in whole:
            return a
    return None
