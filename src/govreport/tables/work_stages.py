"""A completion target takes no baseline of a start (audit 34 QXN24#40, XL24#67).

建成…2023年老旧小区改造6270户 counts compounds finished; 开工老旧小区改造6270户 of the review counts compounds begun, and
确保…2条公路建成通车 counts roads opened where …等2条新建公路…开工建设 counts roads begun: the same things at another stage,
no year's flow of the same measure. A figure's stage is read from its clause (the words before it back to the last clause
mark, and after it to the next): a start word (tables_words.json ``start_words``: 开工, 动工) or a completion word
(``completion_words``: 建成, 竣工, 完工), never both; a baseline of the other stage is refused.

Likewise (audit 43 JL57) new work and repair: 新改建农村公路490公里 counts roads built or rebuilt, 修缮“四好农村路”1335公里 roads
repaired — a clause with a repair word (``repair_words``: 修缮, 维修, 养护) and none of ``new_build_words`` (新改建, 新建, 改扩建 …)
against one with a new-build word and no repair word: another measure, even on one key (rural_roads). So too (audit 47
wuzhou row 88) buildings rebuilt or expanded (``rebuild_words``: 改扩建) and buildings wholly new (``fresh_build_words``: 新建):
改扩建幼儿园45所 takes no 新建成10所学校; a clause with both (新建改扩建, 新改建) is either.

And (audit 43 LC29) a reserve: 储备省市县重点项目1200个以上 counts projects put in the pipeline (``reserve_words``: 储备, 谋划 …);
1000多个省市县重点项目完成投资1050亿元 counts projects carried out. A target whose clause says a reserve word takes no review
figure whose clause says none.

And (audit 44 JZ#37, #39) investment done: 新开工“两路一港一园”等12个重点项目, 续建…等39个, 建成…等13个 count projects at a stage;
当枝松高速等58个重大项目完成投资317亿元 counts projects by the investment they did (``invested_words``), at no stage. A target whose
clause names a stage (start, completion, or ``continued_words``: 续建) and no investment takes no review figure whose clause names
investment done and no stage.
"""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from govreport.lexicon import read_json
from govreport.tables.clauses import first_mark, last_mark
from govreport.tables.figures import Figure, words
from govreport.tables.measures import RATE_UNITS
from govreport.tables.stage_counts import stage_and_head
from govreport.tables.verb_actions import _action_scan

CLAUSE_MARKS: Final = "，,；;。：:"


@cache
def _stage_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    return tuple(words()["start_words"]), tuple(words()["completion_words"])


def _clause(fig: Figure) -> str:
    """The figure's clause: the words before it back to the last clause mark, | and the words after it to the next."""
    before = fig.before
    before = before[last_mark(before, CLAUSE_MARKS) + 1:]  # (one search each way, kept per text: asked of a figure several times)
    after = fig.sentence[max(fig.rel_end, 0):]
    cut = first_mark(after, CLAUSE_MARKS)
    return before + "|" + (after if cut < 0 else after[:cut])


def _own_member(clause: str) -> str:
    """The clause from the figure's own 、 member on: members before with a figure of their own are other things (州医院改扩建等
    12个重大项目、9个…、4个县域医疗次中心建设: not 改扩建)."""
    parts = clause.split("、")
    last = max((i for i, p in enumerate(parts[:-1]) if any(c.isdigit() for c in p)), default=-1)
    return "、".join(parts[last + 1:])


def _one_of(fig: Figure, words_of: tuple[tuple[str, ...], tuple[str, ...]], names: tuple[str, str], member: bool = False) -> str:
    """The name of the one word list the figure's clause (or, with ``member``, its own 、 member on) draws on, '' where it
    draws on neither or both."""
    clause = _clause(fig)
    if member:
        before, _, after = clause.partition("|")
        clause = _own_member(before) + "|" + after
    first, second = (any(w in clause for w in ws) for ws in words_of)
    return names[0] if first and not second else names[1] if second and not first else ""


def _apart(one: str, two: str) -> bool:
    """Two figures each say one of two things, and not the same one."""
    return bool(one) and two != "" and one != two


def stage(fig: Figure) -> str:
    """start, complete or '' (no stage word, or both) of the figure's clause; a completing verb whose works end the
    count's words (完成老旧小区改造21个: ``completed_work_ends``) completes them as 完成改造 does."""
    found = _one_of(fig, _stage_words(), ("start", "complete"))
    return "complete" if not found and _completed_work(fig) else found


def _completed_work(fig: Figure) -> bool:
    """The clause opens its words before the count with a completing verb (``completing_verbs``: 完成) and those words,
    or the words after the count, end with a work on the thing (``completed_work_ends``: 改造, 建设) and no start word is
    said: the works finished (held-out 74 G1: 完成老旧小区改造21个 is no baseline of 开工老旧小区改造项目20个); plain
    完成 (完成投资, 完成造林) stays no stage."""
    before, _, after = _clause(fig).partition("|")
    w = words()
    before = before.removeprefix(next((t for t in w["scope_time_words"] if before.startswith(t)), ""))  # (全年完成…: when)
    ends = tuple(w["completed_work_ends"])
    return before.startswith(tuple(w["completing_verbs"])) and (before.endswith(ends) or after.endswith(ends)) \
        and not any(s in before + after for s in w["start_words"])


def _pushed(fig: Figure) -> bool:
    """The figure's clause says its things are pushed on (tables_words.json ``pushed_words``: 沙漠光伏二期等20个项目加速推进)
    and names no stage: work under way, neither begun nor completed in the year."""
    return stage(fig) == "" and any(w in _clause(fig) for w in words()["pushed_words"])


def other_stage(target: Figure, fig: Figure) -> bool:
    """The target counts things completed and the review figure things begun, or the other way round; or one counts things
    completed (力促…等13个项目并网发电) and the other things only pushed on (…等20个项目加速推进, spot 38); or one counts
    things put on a list (``listed``) and the other not."""
    one, two = stage(target), stage(fig)
    return _apart(one, two) or one == "complete" and _pushed(fig) or two == "complete" and _pushed(target) or listed(target) != listed(fig) \
        or one == "" and _carried_out(target) and stage_and_head(fig)[0] in ("started", "finished")


def _carried_out(fig: Figure) -> bool:
    """The figure's clause counts projects carried out in the year (``carried_out_words``: 今年实施541个重大项目) and names no
    stage and no continued work: all under way, of which 新开工, 续建 and 竣工 are parts; a review count at one stage, read
    from its own 、 member (开工170个…重大项目、竣工86个…: ``stage_counts.json``), is another measure (held-out set 87, fix170j)."""
    clause = _clause(fig)
    w = words()
    return "项目" in clause and any(v in clause for v in w["carried_out_words"]) and not any(v in clause for v in w["continued_words"])


def listed(fig: Figure) -> bool:
    """The figure's own words after it put what it counts on a list (33个村列入省级未来乡村建设试点: ``listed_words``), no work
    done on them: another stage than any work (建成省级未来乡村20个; held-out 49 嘉兴 G2)."""
    before, _, own = _clause(fig).partition("|")
    w = words()["listed_words"]
    return any(v in own for v in w["verbs"]) and own.endswith(tuple(w["ends"])) or added_listed(before, own)


def added_listed(before: str, after: str) -> bool:
    """The count's words before it add things to a list (``listed_words`` added_leads + a listed end: 新增未来社区试点4个)
    and nothing follows the count in its clause: a designation in the year, as 4个项目列入…未来社区试点 is (held-out 74
    丽水 G1)."""
    w = words()["listed_words"]
    return not after and before.startswith(tuple(w["added_leads"])) and before.endswith(tuple(w["ends"]))


def both_listed(target: Figure, fig: Figure) -> bool:
    """Both count things put on a list in the year (``listed``): one flow of designations, whatever a 新增 on one side
    only says of stocks (measures.stock_for_a_flow)."""
    return listed(target) and listed(fig)


@cache
def _work_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    return tuple(words()["repair_words"]), tuple(words()["new_build_words"])


def _work(fig: Figure) -> str:
    """repair, new or '' (neither, or both) of the figure's clause; of its own 、 member on where that member names a work
    of its own (完成干线公路维修改造305.2公里、农村公路建设改造1056公里: 维修 is the trunk roads' work, not the rural roads';
    a shared verb before the list, 维修干线公路305公里、农村公路1056公里, still reads for every member)."""
    before = _clause(fig).partition("|")[0]
    own = _own_member(before)
    member = own != before and any(w in own for w in _member_verbs())
    return _one_of(fig, _work_words(), ("repair", "new"), member)


@cache
def _member_verbs() -> tuple[str, ...]:
    return tuple(words()["member_work_verbs"]) + _work_words()[0] + _work_words()[1]


@cache
def _build_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    return tuple(read_json("baseline_scopes.json")["rebuild_words"]), tuple(words()["fresh_build_words"])


def other_work(target: Figure, fig: Figure) -> str:
    """The target counts new work and the review figure repair, or the other way round; or one counts buildings rebuilt or
    expanded only (改扩建幼儿园45所) and the other buildings wholly new only (新建成10所学校, audit 47); or one counts projects
    started or resumed (开复工亿元以上项目…增长20%) and the other projects newly started (新开工…增长9.1%, spot 38): why, '' if neither."""
    if _apart(_work(target), _work(fig)):
        return "repair, not new building"
    built = tuple(_one_of(f, _build_words(), ("rebuilt or expanded", "wholly new"), True) for f in (target, fig))
    if _apart(*built):
        return f"buildings {built[1]}, the target's {built[0]}"
    started = tuple(_one_of(f, _start_sets(), ("started or resumed", "newly started")) for f in (target, fig))
    if _apart(*started):
        return f"projects {started[1]}, the target's {started[0]}"
    renewed = (_renewal(target), _renewal(fig))
    if _apart(*renewed):
        return f"things {renewed[1]}, the target's {renewed[0]}"
    return "one of two works joined by 和 or 、 (a part)" if _one_of_joined(target, fig) or _one_of_joined(fig, target) else ""


@cache
def _renewal_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    return tuple(words()["renovation_words"]), tuple(words()["fresh_build_words"] + words()["first_works"])  # (建设改造: both)


def _renewal(fig: Figure) -> str:
    """renovated, built new or '' (neither, or both) of the figure's own 、 member and its words after it to the next 、; of its
    whole clause where that member names no work verb (改造供水管网70公里、…、燃气管网32公里: the list's 改造 is every member's;
    十是完成危旧燃气管网改造30公里、新建燃气管网15公里: the second member's own 新建; held-out set 58, fix128c)."""
    before, _, after = _clause(fig).partition("|")
    after = after.split("、", 1)[0]  # (a later member's work is its own)
    own = _own_member(ITEM_NUMBER.sub("", before)) + "|" + after
    renewal, fresh = _renewal_words()
    said = any(w in own for w in renewal + fresh + _member_verbs()) or _action_scan().search(own) is not None
    text = own if said else before + "|" + after  # (…改造2928户、建设特困供养机构3家: its own 建设)
    first, second = any(w in text for w in renewal), any(w in text for w in fresh)
    return "renovated" if first and not second else "built new" if second and not first else ""


ITEM_NUMBER: Final = re.compile(r"^\s*\d+[.．、]")  # a numbered item's number opening the clause


@cache
def _joined() -> re.Pattern[str]:
    """Two works joined by a link word or 、 (新建和改造提升, 新建及提质, 新建、改造: held-out 49 邯郸 G4): tables_words.json
    first_works, second_works."""
    w = words()
    return re.compile("(?:" + "|".join(map(re.escape, w["first_works"])) + ")[和及与、](?:"
                      + "|".join(map(re.escape, w["second_works"])) + ")")


def _one_of_joined(whole: Figure, part: Figure) -> bool:
    """``whole``'s clause joins two works (新建和改造提升高标准农田9.6万亩) and ``part``'s own member names one only (新建成高标准
    农田8万亩; 新建高标准农田4.8万亩、改造提升5万亩)."""
    if _joined().search(_clause(whole).partition("|")[0]) is None:
        return False
    before, _, after = _clause(part).partition("|")
    own = _own_member(ITEM_NUMBER.sub("", before))  # (9.新建、改建农村户厕4000户: the item's number is no member's figure)
    if not any(w in own for w in words()["first_works"] + words()["second_works"]):
        own = after.split("、", 1)[0]  # the work after the noun counted (完成38座污水处理厂提标改造: held-out 49 邯郸 G4)
    if _joined().search(own) is not None:
        return False
    first = any(w in own for w in words()["first_works"])
    second = any(w in own for w in words()["second_works"])
    return first != second


@cache
def _start_sets() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Words of projects started or resumed (开复工) and of projects newly started (新开工): two sets of projects (spot 38 抚顺)."""
    return tuple(words()["resumed_words"]), tuple(words()["fresh_start_words"])


@cache
def _reserve_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    return tuple(words()["reserve_words"]), tuple(words()["reserve_not_words"])


def _without(text: str, others: tuple[str, ...]) -> str:
    """The text less the words that hold a reserve word but say none (谋划实施: planned and carried out)."""
    for w in others:
        text = text.replace(w, "")
    return text


def _reserves(fig: Figure) -> bool:
    reserves, others = _reserve_words()
    clause = _without(_clause(fig), others)
    return any(w in clause for w in reserves)


def _reserved(fig: Figure) -> bool:
    """The figure's own list member, before it, opens on a reserve word as its verb (储备省市县重点项目; not the attribute
    新谋划的 of 新谋划的116个央地合作项目签约落地, whose verb is 签约落地)."""
    reserves, others = _reserve_words()
    before = fig.before
    segment = _without(before[max(before.rfind(c) for c in CLAUSE_MARKS + "、") + 1:], others)
    return any(w in segment and w + "的" not in segment for w in reserves)


def reserve_apart(target: Figure, fig: Figure) -> bool:
    """The target counts a reserve of projects (储备 its member's verb) and the review figure's clause says no reserve."""
    return _reserved(target) and not _reserves(fig)


@cache
def _invest_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    return tuple(words()["invested_words"]), tuple(words()["continued_words"])


def _at_a_stage(fig: Figure) -> bool:
    """The figure's clause puts it at a stage: started, completed (``stage``) or continued (续建)."""
    return bool(stage(fig)) or any(w in _clause(fig) for w in _invest_words()[1])


def _invested(fig: Figure) -> bool:
    return any(w in _clause(fig) for w in _invest_words()[0])


def invested_apart(target: Figure, fig: Figure) -> bool:
    """The target counts projects at a stage (新开工, 建成, 续建) and the review figure projects by the investment done (完成投资);
    a rate is no count (开工率、年度投资计划完成率 and 完成年度投资计划的124%: one rate of the plan done)."""
    return target.unit not in RATE_UNITS and fig.unit not in RATE_UNITS and _at_a_stage(target) and not _invested(target) and _invested(fig) and not _at_a_stage(fig)
