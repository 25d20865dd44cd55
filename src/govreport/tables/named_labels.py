"""Figures that are part of an idiom or of a name, not a goal
(held-out set 66, fix140c): 只要有百分之一的希望就付出百分之百的努力 (an idiom), 打造G219、环博800公里北线 (a length in a
route's name, one of a list); a share in a standard's name (执行居住建筑节能65%设计标准) and a count a quoted formula of its
sentence names as a member (推进6个县域副中心和20个中心镇…，构建“1+3+6+20”…新格局: the set's size; held-out set 73 遂宁, fix152b).
Word lists: ``tables_words.json`` idiom_figures, route_name_ends, standard_nouns, standard_name_infixes."""
from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from govreport.lexicon import unit_field
from govreport.report.chars import is_ideograph
from govreport.tables.clauses import first_mark
from govreport.tables.figures import Figure, words

ROUTE_LEAD = 4  # the most ideographs of a route's name before its length (环博)


def idiom_figure(fig: Figure) -> bool:
    """The figure opens an idiom of ``idiom_figures`` (百分之一的希望, 百分之百的努力): a saying, no share to reach."""
    return fig.sentence.startswith(tuple(words()["idiom_figures"]), fig.rel_start)


def route_name_length(fig: Figure) -> bool:
    """A length right before a route word (``route_name_ends``: 北线, 环线) after a list mark and a few ideographs with no
    verb (打造G219、环博800公里北线、…等自驾线路): part of a listed route's name; 建成300公里环线 stays a goal."""
    if unit_field(fig.unit, "kind") != "length" or not fig.sentence.startswith(tuple(words()["route_name_ends"]), fig.rel_end):
        return False
    before = fig.before
    mark = before.rfind("、", max(len(before) - ROUTE_LEAD - 1, 0))
    lead = before[mark + 1:]
    return mark >= 0 and 0 < len(lead) <= ROUTE_LEAD and all(is_ideograph(c) for c in lead) \
        and not lead.startswith(tuple(words()["output_verbs"]))


NAME_LEAD = re.compile(r"[\u4e00-\u9fff]{1,6}")  # 科尔沁: the name's words before the length


def quality_of_a_named_length(fig: Figure) -> bool:
    """A quality verb (``quality_verbs``), a few ideographs of a name, the length, and the rest of the clause with no figure
    ending in a quality (``named_length_qualities``, ``quality_nouns``: 提升科尔沁500公里风景大道配套服务水平; held-out set
    88 通辽 G3): the length is fused into the name of what is raised, a label; 提升改造农村公路500公里 stays a goal."""
    if unit_field(fig.unit, "kind") != "length":
        return False
    w = words()
    clause = fig.clause_before
    verb = next((v for v in sorted(w["quality_verbs"], key=len, reverse=True) if clause.startswith(v)), "")
    rest = _clause_rest(fig.after)
    return bool(verb) and NAME_LEAD.fullmatch(clause[len(verb):]) is not None and not any(c.isdigit() for c in rest) \
        and rest.endswith(tuple(w["named_length_qualities"]) + tuple(w["quality_nouns"])) and len(rest) > 4


def _clause_rest(after: str) -> str:
    """``after`` up to the end of its clause."""
    cut = first_mark(after, "，,；;。、")
    return after[:cut] if cut >= 0 else after


FORMULA = re.compile(r"[“\"](\d+(?:\+\d+)+)[”\"]")  # “11+2”, “1+3+6+20”: a quoted label spelling its parts' counts
FORMULA_ONE = Decimal(1)  # 1 stands for the centre in most formulas (“1+3+6+20”: the city), too common to tie a count to


def quoted_formulas(text: str) -> list[tuple[Decimal, ...]]:
    """The members of each quoted “N+M…” label in ``text``, in order: the one reader of such labels (held_sets reads
    the two-member ones, formula_member those of three members or more)."""
    return [tuple(Decimal(n) for n in m.split("+")) for m in FORMULA.findall(text)]


@cache
def _standard_name() -> re.Pattern[str]:
    """An infix of a standard's name (``standard_name_infixes``: 设计), at most one, then a standard noun (``standard_nouns``)."""
    w = words()
    infixes = "|".join(map(re.escape, w["standard_name_infixes"]))
    return re.compile(f"(?:{infixes})?(?:{'|'.join(map(re.escape, w['standard_nouns']))})")


def names_a_standard(fig: Figure) -> bool:
    """A share glued to a standard noun (全面执行居住建筑节能65%设计标准): the standard's name, no share to reach."""
    return fig.unit == "%" and _standard_name().match(fig.sentence, fig.rel_end) is not None


def formula_member(fig: Figure) -> bool:
    """A count (not 1) whose value is a member of a quoted formula of three members or more in its sentence
    (有序推进6个县域副中心和20个中心镇…规划编制，…构建“1+3+6+20”市域发展新格局): the formula names the set, its size no
    amount to produce."""
    if unit_field(fig.unit, "kind") != "count" or fig.value is None or fig.value_high is not None or fig.value == FORMULA_ONE:
        return False
    return any(len(members) >= 3 and fig.value in members for members in quoted_formulas(fig.sentence))


def named_label(fig: Figure) -> str:
    """Why the figure is part of an idiom, of a route's or a standard's name, or a member of a quoted formula ('' when none)."""
    if idiom_figure(fig):
        return "part of an idiom (只要有百分之一的希望就付出百分之百的努力), not a goal"
    if route_name_length(fig):
        return "a length in a listed route's name (环博800公里北线), not a goal"
    if quality_of_a_named_length(fig):
        return "a length in the name of a place whose quality is raised (提升科尔沁500公里风景大道配套服务水平), a label, not a goal"
    if names_a_standard(fig):
        return "a share in a standard's name (执行居住建筑节能65%设计标准), not a share to reach"
    if formula_member(fig):
        return "a count a quoted formula of its sentence names (6个县域副中心 of “1+3+6+20”), the set's size, not an amount to produce"
    return ""
