"""A bare count of projects in a sentence (a run of clauses up to ；or 。) opened by a bare topic and a comma is that
topic's (钢产业链，重点抓好30个产业链项目建设，新开工…等14个项目: 钢产业链项目建设数, 钢产业链新开工项目数; 抓好PPP项目，推动…等7个项目
落地: PPP项目落地数; held-out set 70 防城港, fix146c): the namer names such a count from the words after 等N个 only, so the
counts of two chains or programmes (钢产业链 and 铜产业链) get one name with different values. The topic is the whole first
clause: a lead verb (data/name_subjects.json ``topic_count_leads``: 抓好) and a noun phrase ending in a head
(``topic_count_heads``), or a short noun with no verb before it (钢产业链: at most BARE_MOST words before the head). An idiom,
a place, a task (a verb opening it, or one of ``topic_count_task_ends`` right before its head: 精心推项目) or a clause with a
figure is no topic; a name that is no bare project count (a headline measure, a count with its own subject: 两重项目推进数;
only words of ``topic_count_verbs`` may stand before 项目) is kept, and so is one that already holds the topic."""
from __future__ import annotations

import re
from typing import Final

from govreport.extract.name_tails import _alt, _words
from govreport.extract.scanner import Token

HAN: Final = "\u4e00-\u9fff"
PROJECTS: Final = "项目"
COUNTED: Final = ("个", "项")
BARE_MOST: Final = 3  # the words before the head of a topic with no lead verb (钢产业链): a short noun; a longer run is a task (启动实施城市建设十大工程)
_ONCE: Final[dict[str, re.Pattern[str]]] = {}


def _pattern(key: str) -> re.Pattern[str]:
    """The topic clause and the bare project count, compiled on first use."""
    found = _ONCE.get(key)
    if found is None:
        sources = {
            "topic": lambda: f"(?:{_alt('topic_count_leads')})([{HAN}A-Za-z“”]{{1,16}}?(?:{_alt('topic_count_heads')}))"
                             f"|([{HAN}A-Za-z“”]{{1,{BARE_MOST}}}?(?:{_alt('topic_count_heads')}))",
            "bare": lambda: f"(?:{_alt('topic_count_verbs')})*(?:产业链)?{PROJECTS}[{HAN}]{{0,4}}数",
        }
        found = _ONCE[key] = re.compile(sources[key]())
    return found


def _verbs() -> tuple[str, ...]:
    """Words a task opens with (推进, 加快, 重点): a clause opening with one is no bare topic."""
    return _words("project_topic_verbs") + _words("object_lead_adverbs") + _words("object_lead_verbs") + _words("bare_project_verbs")


def _joined(topic: str, name: str) -> str:
    """``topic`` put before ``name``, the words they share said once (钢产业链 + 产业链项目建设数; PPP项目 + 项目落地数)."""
    overlap = next((k for k in range(min(len(topic), len(name)), 1, -1) if name.startswith(topic[-k:])), 0)
    return topic + name[overlap:]  # (新开工项目数 after …重大项目 keeps its 项目: the count and its key say what is counted)


def topic_count(name: str, scan: str, start: int, lo: int, t: Token) -> str:
    """``name`` of ``t`` (its clause from ``lo``, its sentence from ``start``) with the topic its sentence opens with, when it
    is a bare count of projects in a later clause; '' otherwise."""
    if t.unit not in COUNTED or PROJECTS not in name or not name.endswith("数") or lo <= start:
        return ""
    if _pattern("bare").fullmatch(name) is None:
        return ""
    comma = min((k for c in "，," if (k := scan.find(c, start, lo)) >= 0), default=-1)
    if comma < 0:
        return ""
    topic = _pattern("topic").fullmatch(scan, start, comma)
    if topic is None or any(c.isdigit() for c in scan[start:comma]):
        return ""
    words = (topic.group(1) or topic.group(2)).replace("“", "").replace("”", "")
    head = next((h for h in _words("topic_count_heads") if words.endswith(h)), "")
    if len(words) <= 2 or words in name or words.startswith(_verbs()) or words[:len(words) - len(head)].endswith(_words("topic_count_task_ends")):
        return ""  # (加快推进重大项目，; 精心推项目，: a task, no topic)
    return _joined(words, name)
