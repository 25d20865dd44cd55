"""A review figure of another subject than the target's own, though name or key agree (held-out set 59, fix129c).

- a 其中 part (其中续建项目285个、新建项目265个) takes no baseline its whole took (实施重点项目500个 for 谋划实施重点项目550个):
  a part of a set is not measured against the count of the whole set;
- a key found through a list neighbour's words (人工造林40万亩、封育22万亩: 封育 named 人工造林封育面积) is not the target's
  where the review figure shares no character with the target's own member words (实施国土绿化提质增效12.7万亩);
- firms attracted from elsewhere (引进“专精特新”企业5家以上) are not firms certified or added (新增省专精特新中小企业10家);
- an amount a fund leverages (用好产业发展基金，…，撬动投资15亿元) is not what another subject leveraged (…业务板块逐步扩大，
  撬动投资160亿元).
Word lists: data/baseline_scopes.json attract_verbs, leverage_verbs, leverage_subjects.
"""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from govreport.lexicon import read_json
from govreport.tables.figures import Figure, words
from govreport.tables.likeness import Likeness
from govreport.tables.project_investment import _levels
from govreport.tables.stock_parts import PART_OPENER

CLAUSE_END: Final = re.compile(r"[，,；;。：:]")
CJK: Final = re.compile(r"[\u4e00-\u9fff]")


@cache
def _lists() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    d = read_json("baseline_scopes.json")
    return tuple(d["attract_verbs"]), tuple(d["leverage_verbs"]), tuple(d["leverage_subjects"])


def part_whole(fig: Figure) -> str:
    """The clause a 其中 part's whole is stated in (谋划实施重点项目550个、总投资约2700亿元 of 其中续建项目285个、新建项目265个),
    '' when the figure's clause (its 、 members included) does not open with 其中."""
    before = fig.before
    cut = max((m.end() for m in CLAUSE_END.finditer(before)), default=0)
    if not before[cut:].startswith(PART_OPENER):
        return ""
    head = before[:cut].rstrip("，,；;。：:")
    start = max((m.end() for m in CLAUSE_END.finditer(head)), default=0)
    return head[start:]


def whole_for_a_part(target: Figure, fig: Figure, claimed: dict[int, str]) -> bool:
    """The target is a 其中 part and the review figure, itself no 其中 part, is the baseline a target named in the whole's
    clause took: the count of the whole set, not of the part."""
    whole = part_whole(target)
    owner = claimed.get(fig.id)
    if not whole or owner is None or owner == target.indicator or part_whole(fig):
        return False
    name = owner.removesuffix("数").removesuffix("量")
    return len(name) >= 2 and name in whole


def neighbour_key(like: Likeness, target: Figure, fig: Figure) -> str:
    """The target's own list member words (封育 of 人工造林40万亩、封育22万亩) where its name borrowed a neighbour's (人工
    造林封育面积) and the review figure's name and clause share no character with them; '' otherwise."""
    own, _ = like.member(target)
    if len(CJK.findall(own)) < 2 or not target.before.endswith("、" + own) \
            or own not in target.indicator or target.indicator.startswith(own):
        return ""
    theirs = fig.indicator + fig.clause_before
    return own if not any(c in theirs for c in own) else ""


def leveled_beside_wider(target: Figure, fig: Figure) -> str:
    """The level of the key projects the target's own clause counts before its investment (省列重大项目12个以上、完成投资80亿元以上)
    where its sentence states a wider set's investment before that clause (实施…重大项目260个以上、完成投资370亿元以上) and
    the review figure's sentence names no level (确定高质量发展重大项目248个，完成投资320亿元): the wider set's, not the level's."""
    if "投资" not in target.indicator or "投资" not in fig.indicator:
        return ""
    before = target.before
    cut = max((m.end() for m in CLAUSE_END.finditer(before)), default=0)
    clause = before[cut:]
    mine = _levels(clause)
    if mine is None or "、" not in clause or "投资" not in before[:cut] or _levels(fig.before) is not None:
        return ""
    return mine


def attracted_for_added(target: Figure, fig: Figure) -> bool:
    """A count of firms attracted (its own clause opens with an attract verb: 引进“专精特新”企业5家以上) and a review count of
    firms whose clause and name say no attract verb (新增省专精特新中小企业10家)."""
    verbs = _lists()[0]
    heads = tuple(words()["organisation_heads"])
    clause = target.clause_before
    if not clause.startswith(verbs) or not clause.rstrip("”\"").endswith(heads):
        return False
    return not any(v in fig.clause_before + fig.indicator for v in verbs)


def other_leverage_subject(target: Figure, fig: Figure) -> str:
    """The subject (基金) the target's sentence names before an amount leveraged (撬动投资15亿元) where the review figure's
    sentence before it names none; ''."""
    _, verbs, subjects = _lists()
    if not any(v in target.clause_before for v in verbs) or not any(v in fig.clause_before for v in verbs):
        return ""
    mine = next((s for s in subjects if s in target.before), "")
    return mine if mine and not any(s in fig.before for s in subjects) else ""
