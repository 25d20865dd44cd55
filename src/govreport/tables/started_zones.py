"""A zone's own size under a start verb when the next clause states the year's work in the same unit (held-out audit 47
焦作 G5): 启动40万亩高标准农田示范区建设，完成5万亩以上建设任务. The 40万亩 is the size of the zone whose building starts;
the year's output is the 5万亩 of the 完成 clause, so the size is no goal. Without such a clause (启动建设30公里…) the
size stays the goal. A pilot started (启动48万亩全域国土综合整治试点项目: the clause closes on ``started_pilot_ends``) is sized
the same way, a scope of years, not the year's area (held-out set 75 宜昌 row 52, fix154c). Word lists: ``tables_words.json`` start_verbs, started_year_work_verbs."""
from __future__ import annotations

import re

from govreport.lexicon import unit_field
from govreport.tables.figures import Figure, words

CLAUSE_BREAK = re.compile(r"[，,；;。]")
SIZE_KINDS = ("area", "length")
HAN_ONLY = re.compile(r"[\u4e00-\u9fff]*")


def started_zone_size(fig: Figure) -> str:
    """Why a size is the size of a zone whose building starts or is backed ('' when it is not)."""
    if unit_field(fig.unit, "kind") not in SIZE_KINDS:
        return ""
    if supported_zone(fig):
        return "the size of a zone whose building is backed (重点支持…30万亩整片开发示范区建设), a scope of years, not the year's area"
    if not fig.clause_before.endswith(tuple(words()["start_verbs"])):
        return ""
    own, *rest = CLAUSE_BREAK.split(fig.after, maxsplit=1)
    if own.endswith(tuple(words()["started_pilot_ends"])) and not any(c.isdigit() for c in own):
        return "the size of a pilot whose work starts (启动48万亩…试点项目), a scope of years, not the year's amount"
    if not own.endswith("建设") or any(c.isdigit() for c in own) or not rest:
        return ""
    following = CLAUSE_BREAK.split(rest[0], maxsplit=1)[0]
    if not following.startswith(tuple(words()["started_year_work_verbs"])) or not re.search(r"\d[十百千万亿]*" + re.escape(fig.unit), following):
        return ""
    return "the size of a zone whose building starts (启动40万亩…示范区建设), the year's work is the next clause's, not a goal"


def supported_zone(fig: Figure) -> bool:
    """A size right after a verb of support, a place's short name between at most, whose clause closes on a zone's building
    with no other figure (``supported_zones``: 重点支持某县30万亩整片开发示范区建设): the zone's own size, not the year's area;
    支持建设10万亩高标准农田 closes on no zone and stays a goal (held-out set 83 周口 row 12, fix163c)."""
    w = words()["supported_zones"]
    clause = fig.clause_before
    verb = next((v for v in w["verbs"] if v in clause[-(len(v) + int(w["place_chars"])):]), "")
    if not verb or not HAN_ONLY.fullmatch(clause[clause.rfind(verb) + len(verb):]):
        return False
    own = CLAUSE_BREAK.split(fig.after, maxsplit=1)[0]
    return own.endswith(tuple(w["ends"])) and not any(c.isdigit() for c in own)
