"""Names a plan figure by the goal it sits in when the clause before it names nothing of its own (held-out sets 85-86, fix169a).

实现全市建制村通客运班车100%目标: the share reached is the state's rate (建制村通客运班车率), not a bare state. 年内确保完成
17.5万人的脱贫攻坚任务: the people are those of the task after them (脱贫攻坚任务人数); the bare 完成 otherwise borrows a word of
the sentence's opening (按照完成人数). 年内创建5个以上的达标重点中心镇和特色小城镇: what is created is the noun after 的
(达标重点中心镇和特色小城镇创建数), not the object of the clause before. Words in data/name_words.csv kinds ``goal_share_lead``,
``goal_share_after``, ``task_verb_before``, ``task_noun_end``, ``made_verb_before``, ``again_share_lead``, ``become_verb``. 再有20%行政村成为省级达标村:
the share of villages newly made 省级达标村 (新增省级达标村占行政村比重), not the clause before with 再 at its end."""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from govreport.lexicon import name_words, unit_field

RATE_ENDS: Final = ("率", "比例", "比重", "占比", "份额", "增长", "增速", "幅度", "水平", "指数")
SCOPE_GAP: Final = 3  # 实现全市|建制村…: a scope word of up to three characters between the lead and the state
CLAUSE_END: Final = "，,。；;！!\n"


@cache
def _of_after() -> re.Pattern[str]:
    """的 and a noun run to the clause's end, after the figure and its qualifier (以上的达标重点中心镇和特色小城镇)."""
    return re.compile(r"(?:以上|左右)?的([\u4e00-\u9fff]{2,14})(?=[%s]|$)" % CLAUSE_END)


def _words_end(text: str, kind: str) -> bool:
    return text.endswith(name_words(kind))


def _becoming(clause: str, scan: str, end: int) -> str:
    """再有20%行政村成为省级达标村: the share of the things that become a title this year (新增省级达标村占行政村比重); ''
    otherwise (kinds ``again_share_lead`` before the share, ``become_verb`` after the things)."""
    if not clause.endswith(name_words("again_share_lead")):
        return ""
    verbs = "|".join(map(re.escape, name_words("become_verb")))
    m = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?:%s)([\u4e00-\u9fff]{2,10})(?=[%s]|$)" % (verbs, CLAUSE_END)).match(scan, end)
    return f"新增{m.group(2)}占{m.group(1)}比重" if m else ""


def goal_named(name: str, unit: str, scan: str, start: int, end: int, clause_lo: int) -> str:
    """``name`` of the figure at ``start``..``end`` in a goal frame: a share before 目标 after 实现 and the name (+率); people
    before a task (完成N人的X任务: X任务人数); things created (创建N个以上的X: X创建数); ``name`` otherwise."""
    clause = scan[clause_lo:start]
    if unit == "%" and (becoming := _becoming(clause, scan, end)):
        return becoming
    if unit == "%":
        if not name or name.endswith(RATE_ENDS) or not scan.startswith(name_words("goal_share_after"), end):
            return name
        at = clause.rfind(name) if len(name) >= 4 else -1
        if at < 0 or at + len(name) != len(clause):
            return name
        lead = max((clause.rfind(w, 0, at) for w in name_words("goal_share_lead")), default=-1)
        gap = at - lead - 2
        return name + "率" if lead >= 0 and 0 <= gap <= SCOPE_GAP else name
    after = _of_after().match(scan, end)
    if after is None:
        return name
    noun = after.group(1)
    measure = unit_field(unit, "measure")
    if unit_field(unit, "kind") == "people" and _words_end(clause, "task_verb_before") and _words_end(noun, "task_noun_end") and measure:
        return noun + measure  # 完成17.5万人的脱贫攻坚任务: 脱贫攻坚任务人数
    if unit_field(unit, "kind") == "count" and scan.startswith("以上", end) and (verb := next((w for w in name_words("made_verb_before") if clause.endswith(w)), "")) \
            and noun not in name:
        return noun + verb + "数"  # 创建5个以上的达标重点中心镇和特色小城镇: 达标重点中心镇和特色小城镇创建数
    return name
