"""Measures of a 、 member named for the member before it (name_lists.py asks; it is at its size limit): a year's investment
right after a count of projects is theirs, and a body's own measure (营收, 利润) after another measure of the same body shares
that body, not the other measure (held-out set 59, fix129b).
"""
from __future__ import annotations

from govreport.extract.indicators import all_verbs
from govreport.lexicon import name_subjects, name_words, unit_field


def member_year_investment(base: str, prev: tuple[str, str, str, str], unit: str) -> str:
    """A year's investment (data/name_subjects.json member_year_investments) as the 、 member right after a count of projects:
    theirs, without the verbs that open the count's name (谋划实施省列重大项目17个、年度完成投资105亿元 -> 省列重大项目年度完成投资,
    held-out set 59 白银 rows 11, 13, fix129b); '' otherwise."""
    if base not in name_subjects()["member_year_investments"] or unit_field(unit, "kind") != "money" or unit_field(prev[2], "kind") != "count":
        return ""
    projects = prev[0]
    if not projects.endswith(("项目", "工程")) or prev[3] != prev[0] + prev[1]:
        return ""
    cut = max((k for k in range(2, len(projects) - 3) if all_verbs(projects[:k])), default=0)
    return projects[cut:] + base


def sibling_measure_owner(topic: str, base: str, whole: str) -> str:
    """The subject a measure of its own (data/name_words.csv kind measure_verb: 营收, 利润) shares with the figure before, whose
    name ``topic`` ends with another measure of the same subject (kind member_measure: 资产规模) or is itself one (营收, the
    member before named ``whole``): 推动市属国企资产规模达到233亿元，实现营收11亿元、利润2.2亿元 -> 市属国企营收, 市属国企利润, not
    市属国企资产规模营收, 营收利润 (held-out set 59 汕尾 rows 128-129, fix129b); '' when neither, or under two characters are left."""
    measure = next((w for w in name_words("member_measure") + name_words("measure_verb") if topic.endswith(w) and w != base), "")
    if not measure:
        return ""
    if len(topic) - len(measure) >= 2:
        return topic[:-len(measure)]
    return whole[:-len(topic)] if topic == measure and whole.endswith(topic) and len(whole) - len(topic) >= 2 else ""
