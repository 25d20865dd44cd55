"""Counts of candidates or of items put to a vote (筛选出18个候选项目提交审议和票决: procedure, not a goal), out of
procedure.py. Candidates a verb of entering a list stands before are no vote's (力争入库省级百强中心镇候选镇10个: towns to be
admitted to an honour's list, an outcome of the year; held-out set 73 遂宁, fix152b).
Word lists: ``tables_words.json`` procedure_words, vote_submissions, candidacy_entries."""
from __future__ import annotations

import re
from functools import cache

from govreport.lexicon import clause_breaks
from govreport.tables.clauses import first_mark
from govreport.tables.figures import words


@cache
def _procedure_words() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(x) for x in words()["procedure_words"]))


def _procedure_word(clause: str) -> bool:
    """A procedure word in ``clause`` that no verb of entering a list stands before (入库…候选镇 is an honour entered)."""
    entries = tuple(words()["candidacy_entries"])
    return any(not any(e in clause[:m.start()] for e in entries) for m in _procedure_words().finditer(clause))


def _submitted_next(rest: str) -> bool:
    """The clause after the count's puts it to a vote (遴选了12类44项为民办实事项目，提交本次人代会票决: audit 46 XZ row 124)."""
    if not rest.startswith(tuple(words()["vote_submissions"])):
        return False
    stop = first_mark(rest, clause_breaks())
    return _procedure_words().search(rest if stop < 0 else rest[:stop]) is not None


def put_to_vote(clause: str, next_clause: str) -> bool:
    """The count's own ``clause`` names candidates or a vote, or the clause after it (``next_clause``, '' when none) submits
    it to one."""
    return _procedure_word(clause) or _submitted_next(next_clause)
