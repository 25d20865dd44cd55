"""Plan figures that set how something is done, not what the year is to produce
(docs/assumptions.md#non-targets): a rate a tax is levied at (购置税按7.5%征收), the change from last
year of a level the clause before has just raised (补助标准提高到120元，比上年增长50%), and counts of
candidates or of items put to a vote (筛选出18个候选项目提交审议和票决). Word lists:
``tables_words.json`` levy_verbs, raised_to_verbs, procedure_words."""
from __future__ import annotations

import re
from functools import cache

from govreport.lexicon import clause_breaks, unit_field
from govreport.tables.clauses import first_mark
from govreport.tables.figures import Figure, words

LAST_YEAR_GROWTH = re.compile(r"(?:比上年|比去年|较上年|较去年|同比)(?:增长|提高|增加)")
LEVEL_GAP = re.compile(r"(?:左右|以上)?[，,、]")


def procedure_reason(fig: Figure) -> str:
    """Why the figure sets a rule or a procedure rather than a goal ('' when it does not)."""
    w = words()
    after = fig.sentence[fig.rel_end:]
    if fig.unit in ("%", "‰") and fig.before.endswith("按") and after.startswith(tuple(w["levy_verbs"])):
        return "a statutory rate a tax is levied at (购置税按7.5%征收), a policy setting, not an outcome"
    if unit_field(fig.unit, "kind") == "count":
        stop = first_mark(after, clause_breaks())
        clause = fig.clause_before + (after if stop < 0 else after[:stop])
        if _procedure_words().search(clause):
            return "candidates or items put to a vote (18个候选项目提交审议和票决): procedure, not a goal"
    return ""


def restates_a_level(fig: Figure, group: list[Figure]) -> bool:
    """比上年增长50% right after a level the clause before raises (财政补助标准提高到120元，比上年增长
    50%): that level's change from last year, stated again, not a goal of its own."""
    if fig.unit != "%" or not LAST_YEAR_GROWTH.fullmatch(fig.clause_before):
        return False
    verb_at = fig.rel_start - len(fig.clause_before)
    raised = tuple(words()["raised_to_verbs"])
    return any(o.unit not in ("%", "‰", "") and o.rel_end <= verb_at and o.clause_before.endswith(raised)
               and LEVEL_GAP.fullmatch(fig.sentence, o.rel_end, verb_at) for o in group if o is not fig)


@cache
def _procedure_words() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(x) for x in words()["procedure_words"]))
