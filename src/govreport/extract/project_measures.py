"""The investment of a count of projects (安排…重大项目1678个、年度投资1.1万亿元 -> 重大项目年度投资): a bare investment after
the count, or after another measure of the same projects (实施重大项目254个，总投资1000亿元以上，年度投资250亿元以上 ->
实施重大项目年度投资, held-out audit 39b), is theirs. Moved from name_parts.py, which had reached its size."""
from __future__ import annotations

from govreport.extract.indicators import all_verbs
from govreport.extract.predicates import count_verb, verb_chain_end
from govreport.lexicon import name_subjects, name_words, unit_field

DONE = "完成投资"  # the year's investment done (name_words project_measure): never of projects only planned or held in reserve


def planned_only(projects: str) -> bool:
    """The projects are only planned or held in reserve (name_subjects.json planned_project_words: 谋划, 储备), not carried out too
    (planned_project_vetoes: 谋划实施)."""
    subjects = name_subjects()
    return any(w in projects for w in subjects["planned_project_words"]) and not any(w in projects for w in subjects["planned_project_vetoes"])


def projects_measure(base: str, prev: tuple[str, str, str, str], unit: str) -> str:
    """A bare investment (年度投资, 总投资: data/name_words.csv kind project_measure) in a 、 list right after a
    count of projects is those projects' (安排…重大项目1678个、年度投资1.1万亿元 -> …重大项目年度投资; 推动530个省市重大项目建设，
    完成年度投资1100亿元 -> 省市重大项目年度投资, not the work's: audit 36 ZB24#5), or firms brought in with it (data/name_subjects.json
    investing_counts: 引进…制造业企业120家、投资额600亿元 -> …制造业企业投资额, held-out set 59, fix129b); '' otherwise."""
    projects = prev[0].removesuffix("建设")
    measured = base in name_words("project_measure")  # (or the year's investment done, 当年完成投资, at the end of a stage chain only)
    if not (measured or base.endswith(DONE)) or unit_field(unit, "kind") != "money":
        return ""
    if base == DONE and planned_only(prev[0]):  # 谋划储备项目527个，在库项目176个，全年完成投资…: no investment of projects only planned (fix131a)
        return ""
    if measured and unit_field(prev[2], "kind") == "money":  # 实施重大项目254个，总投资1000亿元以上，年度投资250亿元: the second measure of the
        # same projects (held-out audit 39b, 石嘴山 row 12); the measure before named them (实施重大项目总投资)
        named = prev[3]
        measure = max((w for w in name_words("project_measure") if named.endswith(w)), key=len, default="")
        projects = named[:-len(measure)] if measure and named[:-len(measure)].endswith("项目") else ""
        return projects + base if projects else ""
    own = prev[0] + prev[1]
    lead = prev[3][:len(prev[3]) - len(own)] if prev[3].endswith(own) else None  # (加快推进…等429个市级重点建设项目，年度计划投资…:
    # the count's name opens with its verbs, 推进市级重点建设项目; the investment is the projects', round fix102a)
    staged = lead is None and prev[3].startswith(own) and _stage_words(prev[3][len(own):])  # (…亿元以上项目超过200个，竣工投产50个，
    # 当年完成投资430亿元: a stage of the same projects ends the count's name; the chain's subject carries on: held-out set 89 鞍山 row 27, fix171e)
    lead = "" if staged else lead if measured else None
    if unit_field(prev[2], "kind") == "count" and projects.endswith(tuple(name_subjects()["investing_counts"])) and lead is not None and (not lead or all_verbs(lead)):
        return projects + base
    return ""


def _stage_words(words: str) -> bool:
    """``words`` are only a verb or a chain of verbs (竣工投产: data/verbs.csv and name_words.csv chain_verb), a stage the
    projects before them reached."""
    return bool(words) and (count_verb(False).fullmatch(words) is not None or verb_chain_end().match(words) is not None)
