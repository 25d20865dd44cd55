"""Goals whose measure the figure's own words leave out (held-out set 86 汕头, fix168c): a group that reaches a % right
after a rate (确保签约率达到30%以上，重点人群达到60%以上) is measured by that rate, for the group (重点人群…签约率, not a
bare 重点人群 with no measure); a count of places made into a place of another grade (37个省定贫困村提前建成社会主义新农村
示范村) counts the places so made, its goal in the predicate (省定贫困村建成社会主义新农村示范村数, not 省定贫困村数, which
reads as the poor villages there are); a count of places whose task follows (完成355个行政村的生活污水治理任务) counts the
places where the task is done (行政村生活污水治理数, not 行政村数); a % that places meet a standard by (断面水质年均值100%达标) is
a 达标率 (held-out set 86 衡阳 rows 39, 47); a bare rate right after a scoped rate of the same kind (主干道装灯率100%，
亮灯率99%以上) is of that scope (主干道亮灯率, 汕头 rows 21, 23); a 、 member that is a measure of its own (资产总额突破1300亿元、
税收突破10亿元) is not glued to the member before's (资产总额税收, 莆田 row 61); bare projects a park puts into production
(两岸生技产业园投产30个项目) are that park's so put (两岸生技产业园投产项目数, 莆田 row 34).
Word lists: data/name_subjects.json (``group_rate_nouns``, ``group_rate_reaches``, ``made_into_verbs``, ``made_into_adverbs``).
"""
from __future__ import annotations

import re
from typing import Final

from govreport.lexicon import name_subjects

RATE_END: Final = "率"
RATE_MAX: Final = 5  # a bare rate word of the clause before (签约率), not a rate named with its own subject
GROUP_MAX: Final = 8  # a group named short (重点人群, 贫困群体)
COUNT: Final = re.compile(r"[0-9０-９.]+[个座所家户]")  # the count before the places it counts
PLACE_MAX: Final = 16
_MADE: Final[list[re.Pattern[str]]] = []


def group_rate(base: str, clause: str, prev: tuple[str, str, str, str] | None, unit: str) -> str:
    """``base``, a group alone reaching a % (``group_rate_nouns``; the clause only the group and a reach verb), after a bare
    rate in % (``prev``: 签约率 of 家庭医生签约服务扩面工程签约率): the group + the rate before's name; '' otherwise."""
    words = name_subjects()
    if unit != "%" or prev is None or prev[2] != "%" or not prev[0].endswith(RATE_END) or len(prev[0]) > RATE_MAX:
        return ""
    if not 2 < len(base) <= GROUP_MAX or not base.endswith(tuple(words["group_rate_nouns"])):
        return ""
    own = clause.lstrip("，,、 ")
    if not any(own == base + verb for verb in words["group_rate_reaches"]):
        return ""
    return base + (prev[3] if prev[3].endswith(prev[0]) else prev[0])


TASK: Final = re.compile(r"的([\u4e00-\u9fff]{2,10}?)(?:任务)(?=[，,。；;])")  # 355个行政村的生活污水治理任务: the task done there
MET: Final = re.compile(r"[0-9０-９.]+[%％]达标(?=[，,。；;])")  # 水质年均值100%达标: the share of sites meeting the standard
MET_RATE: Final = "达标率"


def task_of_places(scan: str, at: int, base: str) -> str:
    """``base`` (the places a count at ``at`` counts: 行政村) with the task the count's clause goes on to name after 的
    (的生活污水治理任务): 行政村生活污水治理; '' otherwise."""
    count = COUNT.match(scan, at) if at >= 0 else None
    if count is None or len(base) < 2 or not scan.startswith(base, count.end()):
        return ""
    m = TASK.match(scan, count.end() + len(base))
    return base + m.group(1) if m and m.group(1) not in name_subjects()["task_generic_words"] else ""  # (5个方面的工作任务: none)


def met_rate(scan: str, at: int, base: str, unit: str) -> str:
    """``base`` + 达标率 for a % right before 达标 (地表水考核断面水质年均值100%达标) when ``base`` names no rate of its own;
    '' otherwise."""
    if unit != "%" or at < 0 or len(base) < 2 or base.endswith((RATE_END, "比例", "比重")) or not MET.match(scan, at):
        return ""
    return base + MET_RATE


SIBLING_MAX: Final = 4  # a bare rate (亮灯率), not one named with a scope of its own


def sibling_rate_scope(base: str, clause: str, prev: tuple[str, str, str, str] | None, unit: str) -> str:
    """``base``, a bare rate alone in its clause (亮灯率), after a rate in % ending alike (主干道装灯率: 灯率) but another
    (装灯率): the scope before the rate before's word (主干道) + ``base``; '' otherwise."""
    if unit != "%" or prev is None or prev[2] != "%" or not 3 <= len(base) <= SIBLING_MAX or not base.endswith(RATE_END):
        return ""
    if clause.lstrip("，,、 ") != base:
        return ""
    before = prev[0]
    rate = before[-len(base):]
    scope = before[:-len(base)]
    if rate == base or rate[-2:] != base[-2:] or len(scope) < 2 or scope.endswith(RATE_END):
        return ""
    return scope + base


def own_member_measure(base: str, clause: str, prev: tuple[str, str, str, str] | None) -> str:
    """The measure of a 、 member's own clause (、税收突破: 税收, ``member_own_measures``) when ``base`` glued it to the
    member before's (``prev``: 资产总额 -> 资产总额税收); '' otherwise."""
    if prev is None or not clause.startswith("、"):
        return ""
    words = name_subjects()
    own = clause[1:]
    own = next((own[:-len(v)] for v in words["member_own_reaches"] if own.endswith(v)), own)
    glued = prev[0] + own
    return base[:-len(glued)] + own if own in words["member_own_measures"] and base.endswith(glued) else ""  # (a holder before kept)


def park_projects(base: str, clause: str) -> str:
    """``base``, bare projects (``park_project_heads``), counted after a park and a stage verb alone (两岸生技产业园投产: the
    park ending in one of ``park_ends``, the verb one of ``member_stage_verbs``): the park + the verb + ``base``; ''
    otherwise."""
    words = name_subjects()
    own = clause.lstrip("，,、 ")
    if base not in words["park_project_heads"]:
        return ""
    verb = next((v for v in sorted(words["member_stage_verbs"], key=len, reverse=True) if own.endswith(v)), "")
    park = own[:len(own) - len(verb)]
    return own + base if verb and 3 <= len(park) <= 12 and park.endswith(tuple(words["park_ends"])) else ""


def _made() -> re.Pattern[str]:
    """(提前)建成/创建为 + the place it is made into, up to the clause's end."""
    if not _MADE:
        words = name_subjects()
        verbs = "|".join(map(re.escape, sorted(words["made_into_verbs"], key=len, reverse=True)))
        adverbs = "|".join(map(re.escape, words["made_into_adverbs"]))
        _MADE.append(re.compile(f"(?:{adverbs})?({verbs})([\u4e00-\u9fff]{{2,{PLACE_MAX}}})(?=[，,。；;])"))
    return _MADE[0]


def made_into(scan: str, at: int, base: str) -> str:
    """``base`` (the places a count at ``at`` counts: 省定贫困村) with what they are made into when the count's clause goes
    on to make them a place of the same kind (its last character: 村 -> 示范村): 省定贫困村建成社会主义新农村示范村; ''
    otherwise."""
    count = COUNT.match(scan, at) if at >= 0 else None
    if count is None or len(base) < 2 or not scan.startswith(base, count.end()):
        return ""
    m = _made().match(scan, count.end() + len(base))
    if m is None or not m.group(2).endswith(base[-1]) or m.group(2) == base:
        return ""
    return base + m.group(1) + m.group(2)
