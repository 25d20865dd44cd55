"""A set of projects named by examples and no field takes the field its sentence names (spot audit 38).

实施大麦地岩画…、沙坡头景区室内冰雪主题馆等15个项目，开展…等50项文旅活动 counts the year's 文旅 projects, though 项目 alone
follows its 等: the sentence is about 文旅. The review's count under the same verb that names that field after its 等
(实施钻石酒店等文旅项目16个，举办…等文旅活动50场次) is its baseline when the two sentences also state another measure
alike (文旅活动; 优化基础教育布局，实施中卫十四小、海原九小等项目9个，新增学位2520个 and 实施中卫十中等教育项目15个，
新增学位1万个). A set named by examples in a sentence that states nothing else (落实国家教育数字化战略，实施智慧教室等项目13个)
takes none: its examples may be another kind of project of the field. One review figure must fit.
"""
from __future__ import annotations

import re
from typing import Final

from govreport.lexicon import verbs
from govreport.report.chars import shared_run
from govreport.tables.baselines import BaselineIndex, Match, plausible
from govreport.tables.clauses import own_clause
from govreport.tables.figures import Figure, words

PROJECTS: Final = "项目"
EXAMPLES: Final = "等"
VERB: Final = 2  # the characters of the clause's verb (实施)
ALIKE: Final = 4  # the characters another measure's names of the two sentences share (文旅活动, 新增学位)
# the review clause: its verb, examples, 等, a field of two to four characters and 项目 (实施钻石酒店等文旅项目)
FIELD_SET: Final = re.compile(r"[^，,；;。]*等([\u4e00-\u9fff]{2,4})项目$")


def _verb(clause: str) -> str:
    """The clause's first verb, after an adverb of manner (data/tables_words.json example_set_adverbs), '' if it opens with none."""
    for adverb in words()["example_set_adverbs"]:
        clause = clause.removeprefix(adverb)
    return clause[:VERB] if clause[:VERB] in verbs() else ""


def _bare_examples(target: Figure) -> bool:
    """The target counts projects named by examples with nothing between 等 and 项目 (…等15个项目, …等项目9个)."""
    clause = own_clause(target.before)
    return clause.endswith(EXAMPLES + PROJECTS) or clause.endswith(EXAMPLES) and target.after.startswith(PROJECTS)


def _alike_elsewhere(target: Figure, fig: Figure, index: BaselineIndex) -> bool:
    """Another figure of the target's sentence and another of the review figure's share a run of ``ALIKE`` characters in their names."""
    groups = index.phrase_of.groups
    mine = [o.indicator for o in groups.get(target.sentence_start, ()) if o.id != target.id and o.indicator]
    theirs = [o.indicator for o in groups.get(fig.sentence_start, ()) if o.id != fig.id and o.indicator]
    return any(shared_run(m, t, ALIKE) for m in mine for t in theirs)


def field_set_match(target: Figure, index: BaselineIndex) -> Match | None:
    """The one review count of the field the target's sentence names, under the same verb (see the module's doc), or None."""
    verb = _verb(own_clause(target.before))
    if not verb or not _bare_examples(target):
        return None
    found = []
    for a in index.figures:
        clause = own_clause(a.before)
        m = FIELD_SET.fullmatch(clause)
        if (m and a.unit == target.unit and a.id not in index.average and _verb(clause) == verb
                and m.group(1) in target.sentence and plausible(target, a) and _alike_elsewhere(target, a, index)):
            found.append((a, m.group(1)))
    if len(found) != 1:
        return None
    fig, field = found[0]
    return Match(fig, "same", 1.0, f"'{fig.indicator}' ({fig.text}) counts the {field} projects its sentence names by examples "
                 f"under the same verb ({verb}); the target's sentence is about {field} too", fig.year)
