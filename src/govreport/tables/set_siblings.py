"""Counts listed beside a count of a set the plan works on (tables/worked_sets.py): one list under one verb is judged
as one, before or after the refused count (发展壮大2个国家级和12个省级…集群; 推进5个卫星镇、2个县域次中心镇、10个特色专业镇试点建设)."""
from __future__ import annotations

from govreport.extract.naming_patterns import LEVEL
from govreport.tables.figures import Figure, words
from govreport.tables.worked_sets import GOAL_VERBS, HAN_ONLY, other_verbs, works_on_a_set


def sibling_of_a_set(fig: Figure, groups: dict[int, list[Figure]]) -> bool:
    """A count listed right after a count of a set the plan works on is one too (发展壮大2个国家级
    和12个省级战略性新兴产业集群: both numbers count existing clusters)."""
    group = groups.get(fig.sentence_start, [])
    i = next((k for k, f in enumerate(group) if f.id == fig.id), 0)
    while i > 0:
        prev = group[i - 1]
        gap = fig.sentence[prev.rel_end:group[i].rel_start]
        if level := LEVEL.match(gap):  # 2个国家级和12个: the level belongs to the first count
            gap = gap[level.end():]
        nominal = 0 < len(gap) <= 8 and HAN_ONLY.fullmatch(gap) is not None and not other_verbs().search(gap) \
            and not any(v in gap for v in GOAL_VERBS)  # 等10个产业集群30条产业链: one noun phrase
        if not nominal and (prev.unit != fig.unit or gap not in ("和", "、", "及")) and not _same_counted_noun(prev, fig, gap):
            break
        if works_on_a_set(prev):
            return True
        i -= 1
    return _listed_before_a_set(fig, group)


def _listed_before_a_set(fig: Figure, group: list[Figure]) -> bool:
    """A count whose member (a noun, no verb) and a 、/和/及 lead to a later count of a set worked on is one too: one list
    under one verb, judged as one (加强…4个核心区、3个协同区建设; 推进5个卫星镇、2个…镇、10个…试点建设: audit 47)."""
    prev = fig
    for nxt in group[next((k for k, f in enumerate(group) if f.id == fig.id), len(group)) + 1:]:
        gap = fig.sentence[prev.rel_end:nxt.rel_start]
        if nxt.unit != fig.unit or gap[-1:] not in "、和及" or len(gap) > 13 or HAN_ONLY.fullmatch(gap[:-1]) is None \
                or other_verbs().search(gap[:-1]) or any(v in gap for v in GOAL_VERBS):
            return False
        if works_on_a_set(nxt):
            return True
        prev = nxt
    return False


def _same_counted_noun(prev: Figure, fig: Figure, gap: str) -> bool:
    """Two counts of one clause (no clause mark, no goal verb between) that count the same noun (…5个领域在建项目以及工业、
    农业、服务业3个领域拟招项目, audit 61 黔东南): one enumeration under one verb, judged as one."""
    made = (*GOAL_VERBS, *words()["output_verbs"])
    return prev.unit == fig.unit and not any(c in gap for c in "，,；;。：:") and not any(v in gap for v in made) \
        and len(fig.after) >= 2 and fig.after[:2] == prev.after[:2] and HAN_ONLY.fullmatch(fig.after[:2]) is not None
