"""A goal named only by its frame word (held-out set 82, fix162e): 完成化肥农药减量增效100万亩目标任务 reads
目标面积, since 目标任务 after the unit is the noun after the figure; the frame says the figure is a goal, not what it
measures. The words before the figure (less their verb) are the subject: 化肥农药减量增效面积; a count (107项任务) counts
the tasks, so they stay: 国企改革三年行动任务数. Frame words:
data/name_words.csv kind ``task_frame``."""
from __future__ import annotations

from govreport.extract.indicators import add_measure, all_verbs, strip_clause
from govreport.lexicon import name_words, unit_field

SUBJECT_LEAST = 2  # a one-character rest is a verb's debris, no subject
TASK = "任务"  # what a count before a task frame counts (国企改革三年行动任务数)


def frame_free(name: str, clause: str, unit: str) -> str:
    """``name`` when it says more than a frame word and its unit's measure; else the clause's subject with the measure."""
    frame = next((w for w in name_words("task_frame") if name == add_measure(w, unit)), "")
    counted = unit_field(unit, "kind") == "count"
    if not frame or counted and TASK not in frame:
        return name  # 围绕“1个目标、5个定位”: a slogan's goals are counted, no task of anything
    base, _ = strip_clause(clause.lstrip("，,、；; "))
    if len(base) < SUBJECT_LEAST or all_verbs(base) or base.endswith("的") or any(w in base for w in name_words("task_frame")):
        return name  # 超额完成国家下达的110万人任务: a modifier, no subject
    return add_measure(base + TASK, unit) if counted else add_measure(base, unit)  # 国企改革三年行动107项任务: tasks counted
