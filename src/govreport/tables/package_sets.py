"""Plan figures that describe what there is or how big a package is, not an amount to produce
(docs/assumptions.md#review-part-targets): people a place has (广州有66万名在园幼儿、180多万名在校中小学生),
classes of a set worked on (突出抓好9类重点行业和10类特殊敏感场所), the size of a package of rules or plans
(…监管体制改革15项举措, 实施…12个重点产业稳增长方案, 推动81项…举措落地见效),
a set of which more are sought (316个…项目更多获批), a designated set named by example
(打造A、B等4个万亿级产业), existing sets used (发挥…3个…试点作用, 发挥好171名非遗传承人作用), a share that
names a survey (1%人口抽样调查) and a distance that defines an area (长江沿线1公里化工腾退地块). Word lists: ``tables_words.json`` stock_verbs, package_nouns,
package_carry_verbs, package_land_ends, more_of_set, band_places, landed_nouns, share_named_surveys, use_adverbs, use_verbs,
use_ends, designating_verbs, scale_classes."""
from __future__ import annotations

import re
from typing import Any

from govreport.lexicon import clause_breaks, qualifier_pattern, unit_field
from govreport.tables.clauses import first_mark, last_mark
from govreport.tables.figures import Figure, words
from govreport.tables.worked_sets import NOUN_RUN

HAN = re.compile(r"[\u4e00-\u9fff]")
NOT_A_STOCK_BEFORE = ("具", "没", "只", "要", "应", "将", "会", "确保", "保证")  # 具有, 没有, 确保有: no stock stated


def describes_or_packages(fig: Figure, goal_verbs: tuple[str, ...]) -> str:
    """Why the figure describes what there is or sizes a package ('' when it does not)."""
    w = words()
    before = fig.before
    clause = before[last_mark(before, clause_breaks()) + 1:]
    after = fig.after
    stop = first_mark(after, clause_breaks())
    rest = after if stop < 0 else after[:stop]
    kind = unit_field(fig.unit, "kind")
    if fig.unit == "%" and after.startswith(tuple(w["share_named_surveys"])):
        return "a share that names a survey (全国1%人口抽样调查), not a goal"
    if kind == "people" and _has_a_stock(clause, goal_verbs):
        return "people a place has (广州有66万名在园幼儿), the present described, not a goal"
    if kind == "length" and before.endswith(tuple(w["band_places"])) and HAN.match(after) and not qualifier_pattern("after").match(after):
        # (修复砂质岸线4公里以上: 以上 is the figure's qualifier, no noun of an area; a length to restore)
        return "a distance that defines the area worked on (长江沿线1公里化工腾退地块), not a length to produce"
    if kind in ("count", "people") and _puts_to_use(clause, rest, w):
        return "existing sets put to use (发挥…3个…试点作用, 发挥好171名非遗传承人作用, 充分运用38个…研究成果), not an amount to produce"
    if kind != "count":
        return ""
    focus = tuple(w["class_focus_verbs"])
    if fig.unit == "类" and HAN.match(after) and (clause.endswith(("等", *focus)) or clause.endswith(("和", "、")) and any(
            f"{v}{d}" in clause for v in focus for d in "0123456789")):  # 抓好9类重点行业和10类…场所: both counts
        return "classes of a set worked on (突出抓好9类重点行业), not an amount to produce"
    noun = NOUN_RUN.match(after)
    noun_text = noun.group() if noun else ""
    if noun_text.endswith(tuple(w["package_nouns"])) and (before.endswith("改革") or any(
            v in clause for v in w["package_carry_verbs"])) or _lands_package(rest, w):
        return "the size of a package of rules or plans (…改革15项举措, 实施12个…方案, 推动81项…举措落地见效), not an amount to produce"
    if _more_of_set(rest, w):
        return "the set of which more are sought (316个基础设施项目更多获批): the goal is more, no count"
    if any(v in clause for v in w["designating_verbs"]) and clause.endswith("等") \
            and after.startswith(tuple(w["scale_classes"])):
        return "a designated set named by example (打造A、B等4个万亿级产业), not an amount to produce"
    return ""


def _lands_package(rest: str, w: dict[str, Any]) -> bool:
    """The count's clause is a package noun and a landing end (对标提升举措落地见效, 改革任务有序推进): the plan's own
    measures landed or moving."""
    end = next((e for e in w["package_land_ends"] if rest.endswith(e)), "")
    return bool(end) and rest[:-len(end)].endswith(tuple(w["package_nouns"] + w["landed_nouns"]))


def _more_of_set(rest: str, w: dict[str, Any]) -> bool:
    """The count's noun, a head of more_of_set_heads, is followed at once by 更多 (基础设施项目更多获批): more of the set
    is the goal, the count is the set."""
    at = next((k for m in w["more_of_set"] if (k := rest.find(m)) > 0), -1)
    return at > 0 and rest[:at].endswith(tuple(w["more_of_set_heads"])) and not any(c.isdigit() for c in rest[:at])


def _has_a_stock(clause: str, goal_verbs: tuple[str, ...]) -> bool:
    """The clause opens with what a place has right before its first figure (有66万名…, 广州有…), and what
    stands between that figure and this one is a list of members (、) with no goal verb."""
    w = words()
    verb_at, verb = next(((clause.find(v), v) for v in w["stock_verbs"] if v in clause), (-1, ""))
    if verb_at < 0 or verb_at > 6 or clause[:verb_at].endswith(NOT_A_STOCK_BEFORE):
        return False
    tail = clause[verb_at + len(verb):]
    if tail and not (tail[:1].isdigit() and "、" in tail):
        return False
    return not any(v in clause for v in (*goal_verbs, *w["commitment_words"]))


LIST_JOINS = ("及", "和", "、")  # not 与: 100个村与100个社区合作 pairs partners, one goal


def two_members(fig: Figure, other: Figure) -> bool:
    """Two counts of one sentence, joined by a list word, each with its own count and name (启动2家左右上市公司并购及2家左右
    上市公司“二次混改”): two goals of one size, not one goal stated again (audit 25 GZ24#21)."""
    if fig.sentence_start != other.sentence_start or fig.indicator == other.indicator:
        return False
    first, second = sorted((fig, other), key=lambda f: f.rel_start)
    gap = fig.sentence[first.rel_end:second.rel_start]
    return any(j in gap for j in LIST_JOINS) and not any(m in gap for m in "，,；;。") and "即" not in gap


def _puts_to_use(clause: str, rest: str, w: dict[str, Any]) -> bool:
    """The count's clause opens on a use verb (an adverb such as 充分 before it) and closes on what the set gives
    (发挥好171名非遗传承人作用, 充分运用38个重大课题研究成果, 锚定12条产业链发展目标): the set or roster there is, put to
    use or aimed at, no amount to reach (tables_words.json use_adverbs, use_verbs, use_ends)."""
    for adverb in w["use_adverbs"]:
        clause = clause.removeprefix(adverb)
    return clause.startswith(tuple(w["use_verbs"])) and rest.endswith(tuple(w["use_ends"])) \
        and not any(c.isdigit() for c in rest + clause)
