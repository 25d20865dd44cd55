"""The thing a topic names when a measure of the thing itself borrows it (spot audit 37 宿迁): a plan's
topic clause opens with the work the plan does to the thing (建设, 巩固提升, 启动), while the figure after
it measures the thing, not that work — 高标准建设5个新型食品产业园，全年产值突破30亿元 is 新型食品产业园产值,
巩固提升高端纺织产业，年内产值达… is 高端纺织产业产值, and 启动生态环境基础设施重点工程，完成投资… is
…重点工程投资. data/name_words.csv kinds ``output_measure`` (what a thing produces), ``thing_verb`` (a verb that
grows or holds a thing, not a count verb) and ``work_start`` (a verb that only starts the work an investment pays for). A topic
that carries out a policy (实施“两新”政策) names the policy (``carried_out``, fix99d)."""
from __future__ import annotations

from govreport.extract.indicators import all_verbs
from govreport.extract.predicates import count_verb
from govreport.lexicon import name_subjects, name_words

KEPT = 4  # at least this many characters of the thing are kept


def thing_of_topic(topic: str, base: str) -> str:
    """``topic`` without its opening verbs where ``base`` is a thing's output (产值) — a count verb
    (data/verbs.csv heavy or action) or a ``thing_verb`` — or its investment (投资) and the verb only starts
    the work (``work_start``); ``topic`` as it is otherwise, where fewer than ``KEPT`` characters remain or where it ends in a quality
    raised (data/name_subjects.json quality_nouns)."""
    if topic.endswith(tuple(name_subjects()["quality_nouns"])):
        return topic  # 提升…产业核心竞争力，力争产值…: a quality raised, left whole for name_subjects (audit 17)
    if base in name_words("output_measure"):
        at, step = 0, -1
        while step:
            verb = count_verb(False).match(topic, at)
            step = verb.end() - at if verb else len(next((w for w in name_words("thing_verb") if topic.startswith(w, at)), ""))
            at += step
    elif base == "投资":
        at = len(next((w for w in name_words("work_start") if topic.startswith(w)), ""))
    else:
        return topic
    return topic[at:] if len(topic) - at >= KEPT else topic


def carried_out(topic: str, base: str) -> str:
    """A topic that carries out a policy or programme (data/name_words.csv ``programme_doing`` + a name ending in kind
    ``programme_noun``: 实施“两新”政策) names that policy for a measure borrowing it, not the carrying out (大力实施“两新”政策，…，
    实现消费15亿元以上 -> 两新政策消费, not 实施两新政策消费: fix99d 文山 row 23); ``topic`` for a bare verb's (实施项目数)."""
    doing = next((w for w in name_words("programme_doing") if topic.startswith(w)), "") if base and not all_verbs(base) else ""
    rest = topic[len(doing):]
    plain = not any(c.isdigit() or c == "等" for c in rest)  # (实施石岭500千伏输变电站等电网工程: examples, left to their own rule)
    return rest if doing and plain and len(rest) >= 4 and rest.endswith(name_words("programme_noun")) else topic
