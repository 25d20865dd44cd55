"""A level a subject is pushed towards, 向 + amount + (目标) + 迈进/冲刺/进军 (fix99d, 衡阳 2025 row 8): 支持五矿铜业向130亿元
目标迈进 names 五矿铜业's size, not 支持五矿铜业向 — the clause before the amount ends with 向 and holds the subject after a verb
of support (推动, 支持: data/name_words.csv ``entity_lead`` and the light words ``strip_clause`` drops). An amount of money is
the subject's output where the report states that subject's output elsewhere (五矿铜业产值突破百亿 in the review: data/name_words.csv
``output_measure``), else its plain 规模; another unit's measure is the unit's (add_measure). The march words:
data/name_words.csv kind ``march_verb``. The subject may stand after 向 too (向轨道交通产业2000亿元台阶迈进, fix172f, audit 90
株洲 2016 row 7): the preposition is no part of the name (轨道交通产业收入 where the review states 轨道交通产业收入, else
轨道交通产业规模; never 向轨道交通产业规模)."""
from __future__ import annotations

import re
from typing import Final

from govreport.extract.indicators import MEASURE_ENDINGS, add_measure
from govreport.lexicon import name_words, unit_field

TOWARDS: Final = "向"
GOAL_WORDS: Final = re.compile(r"(?:以上)?(?:的)?(?:目标|大关|台阶)?(?:加快|加速|全力|奋力|稳步|持续)?")
SIZE: Final = "规模"  # an amount of money whose subject states no output of its own anywhere


def marched_goal(name: str, scan: str, end: int, unit: str) -> str:
    """``name`` of the figure ending at ``end`` when it is a subject and a dangling 向 before an amount marched towards: the
    subject and its measure; ``name`` otherwise."""
    ahead = name.startswith(TOWARDS) and len(name) >= 3  # 向X|2000亿元台阶迈进: the subject after 向
    if not ahead and (not name.endswith(TOWARDS) or len(name) < 3):
        return name
    after = GOAL_WORDS.match(scan, end)
    at = after.end() if after else end
    if not scan.startswith(name_words("march_verb"), at):
        return name
    if ahead:
        subject = name[len(TOWARDS):].removesuffix(SIZE)  # (the namer's own 规模: the report's output word first)
        return _measured(subject, scan, unit) if len(subject) >= 2 else name
    subject = name[:-len(TOWARDS)]
    lead = next((w for w in name_words("entity_lead") if subject.startswith(w)), "")
    subject = subject[len(lead):] if len(subject) - len(lead) >= 2 else subject
    pace = next((w for w in name_words("push_adverb") if subject.endswith(w)), "")  # 支持西昌加快向…: how fast, no part of it
    subject = subject[:-len(pace)] if pace and len(subject) - len(pace) >= 2 else subject
    return _measured(subject, scan, unit)


def _measured(subject: str, scan: str, unit: str) -> str:
    """The subject marched with its measure: its own, the output the report states for it, else its size."""
    if subject.endswith(MEASURE_ENDINGS) or unit_field(unit, "kind") != "money":
        return add_measure(subject, unit)  # 推动蔬菜出口额向…: its own measure
    output = next((w for w in sorted(name_words("output_measure"), key=len, reverse=True) if subject + w in scan), "")
    return subject + (output or SIZE)
