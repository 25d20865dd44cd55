"""Counts of a set the plan works on, not amounts to produce (docs/assumptions.md#review-part-targets; audit 56):
the pace of a set already started sped up (加快2023年度6个精品示范村…建设进度, 加快已获得…的8个…工程建设进度), the aspects
a task is counted in (办好10个方面的民生实事), fields a focus verb names (紧盯15个重点领域), a set whose level is raised
(重点提升40所国门学校建设水平, 增强50户重点企业支撑作用: audit 57; named by examples too, 提高曲周色素等7个…外贸基地发展水平: held-out audit 49), a drug's registration class
(金马1.1类新药), a set done already whose work is sped up (70宗已落地项目加快建设: spot 35), a running set pushed to full output (30个投运项目达产增效: spot 36) and the size of a programme's package of actions (实施健康崇左15项专项行动); since held-out set 64 (fix137a) also the chains whose
development a push verb drives (大力推进12条产业链发展外向型经济) and the fields a rule allows after a focus verb (瞄准…的13个领域).
worked_sets.py, where the like rules live, is at its size limit. Word lists: ``tables_words.json`` pace_raising_verbs,
paced_ends, aspect_counts, class_focus_verbs, focus_fields, raised_level_verbs, raised_level_ends, drug_class_nouns, action_package_nouns,
package_carry_verbs, done_marks, running_marks, full_output_ends, scoped_fields, chain_push_verbs, pushed_chains, approved_set_marks
(加快州直3个“十三五”已核准…煤矿项目建设: a set approved and under way, pushed; held-out set 66, fix140c)."""
from __future__ import annotations

import re
from typing import Any

from govreport.lexicon import unit_field
from govreport.report.chars import first_opening
from govreport.tables.clauses import clause_before
from govreport.tables.figures import Figure, words
from govreport.tables.scoping_figures import own_clause_after

DIGIT = re.compile(r"\d")


def paced_or_focused_set(fig: Figure) -> str:
    """Why a count is a set worked on rather than an amount to produce ('' when it is not)."""
    kind = unit_field(fig.unit, "kind")
    if kind not in ("count", "households"):
        return ""
    w = words()
    clause = clause_before(fig.before)
    rest = own_clause_after(fig)
    raised = clause in w["raised_level_verbs"] or clause.endswith("等") and clause.startswith(tuple(w["raised_level_verbs"]))  # (提高曲周色素等7个…: examples)
    if raised and rest.endswith(tuple(w["raised_level_ends"])) and not DIGIT.search(rest):
        return "a set whose level or role is raised (提升40所国门学校建设水平, 增强50户重点企业支撑作用), not an amount to produce"
    if kind != "count":
        return ""
    if fig.unit == "类" and fig.sentence.startswith(tuple(w["drug_class_nouns"]), fig.rel_end):
        return "a drug's registration class (金马1.1类新药), a label, not a count"
    if clause.startswith(tuple(w["pace_raising_verbs"])) and rest.endswith(tuple(w["paced_ends"])) and not _named_projects_paced(clause, rest, w):
        return "a set under way whose pace is raised (加快2023年度6个…建设进度), not an amount to produce"
    if rest.startswith(tuple(w["running_marks"])) and rest.endswith(tuple(w["full_output_ends"])) and not DIGIT.search(rest):
        return "a set already running pushed to full output (30个投运项目达产增效), not an amount to produce"
    if clause.startswith(tuple(w["pace_raising_verbs"])) and rest.endswith("建设") and any(m in rest for m in w["approved_set_marks"]):  # (held-out set 66, fix140c)
        return "a set already approved and under way, pushed (加快3个…已核准…煤矿项目建设), not an amount to produce"
    if _done_set_sped_up(rest, w):
        return "a set done already whose work is sped up (70宗已落地项目加快建设), not an amount to produce"
    if fig.sentence.startswith(tuple(w["aspect_counts"]), fig.rel_end):
        return "the aspects a task is counted in (办好10个方面的民生实事), not an amount to produce"
    if clause in w["class_focus_verbs"] and rest in w["focus_fields"]:
        return "the fields a focus verb names (紧盯15个重点领域), not an amount to produce"
    if _focused_scope(clause, rest, w):
        return "the fields a rule allows that a focus verb names (瞄准专项债可用作资本金的13个领域), not an amount to produce"
    if clause in w["chain_push_verbs"] and rest.startswith(tuple(c + "发展" for c in w["pushed_chains"])):
        return "the chains whose development is pushed (大力推进12条产业链发展外向型经济), a set worked on, not an amount to produce"
    if rest in w["action_package_nouns"] and any(v in clause for v in w["package_carry_verbs"]):
        return "the size of a programme's package of actions (实施健康崇左15项专项行动), not an amount to produce"
    return ""


def _named_projects_paced(clause: str, rest: str, w: dict[str, Any]) -> bool:
    """Projects named by example, then their building paced (加快A、B等37个项目建设进程, held-out set 83 延边 missed 3): one
    stage of the year's project schedule beside 开工建设A等37个项目, a goal; a batch named by its year (加快2023年度6个…建设进度)
    stays a set under way."""
    return clause.endswith("等") and any(rest == "项目建设" + e for e in w["paced_ends"])


def _done_set_sped_up(rest: str, w: dict[str, Any]) -> bool:
    """The noun after the count opens with a done mark and an output verb (已落地, 已签约) and a pace verb after it
    speeds the set's work with no output verb after the pace verb (70宗已落地项目加快建设; not …加快落地: spot 35)."""
    mark = first_opening(rest, tuple(w["done_marks"]))  # 已由, 已经, 已 (longest first in the list)
    if not mark or not rest[len(mark):].startswith(tuple(w["output_verbs"]) + tuple(w["output_after"])):
        return False
    at = min((k for v in w["pace_raising_verbs"] if (k := rest.find(v)) > 0), default=-1)
    return at > 0 and not any(v in rest[at:] for v in w["output_after"])


def _focused_scope(clause: str, rest: str, w: dict[str, Any]) -> bool:
    """A focus verb opens the clause and a relative clause ending in 的 (no figure) says which fields, the count's noun one
    of ``focus_fields`` or ``scoped_fields`` closing the clause: the scope of a rule the plan aims at (瞄准专项债可用作资本金的
    13个领域; another set of fields may follow after 以及/和/及), not an amount to produce (held-out set 64 潮州 row 22, fix137a)."""
    return clause.startswith(tuple(w["class_focus_verbs"])) and clause.endswith("的") and not DIGIT.search(clause) \
        and any(rest == f or rest.startswith(f + j) for f in (*w["focus_fields"], *w["scoped_fields"]) for j in ("以及", "和", "及"))
