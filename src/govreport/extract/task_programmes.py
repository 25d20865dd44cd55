"""A task programme of some years (深入实施农村人居环境整治提升五年行动) before a bare task of its own
(完成改厕1.6万户): the programme's name is no subject of the task (held-out audit 43, 平顶山 G6: not
农村人居环境整治提升五年改厕户数); only the area it opens with (data/name_words.csv kind programme_area: 农村) is
kept (农村改厕户数). A thing counted in the clause before (绿化美化村庄100个，完成改厕6万户) is no subject of a bare task a new
完成 clause names in another counter either (改厕户数; held-out audit 46 洛阳 G1), nor is a thing measured there in an area unit
(共拆除“空心房”888.81万平方米，完成改厕17.46万户: 改厕户数, not 拆除空心房改厕户数; held-out set 86, fix168d). A programme for a thing (天麻产业高质量发展三年行动) before a measure (综合产值) stays its subject."""
from __future__ import annotations

import re
from typing import Final

from govreport.extract.indicators import MEASURE_ENDINGS, all_verbs
from govreport.lexicon import name_words, unit_field

# a programme of some years, named for its task: …整治提升五年行动, …三年攻坚行动计划 (not a 专项行动: 包虫病综合防治六大专项行动，
# 筛查…人次 keeps its subject, the span word being what misleads: a five-year total)
SPAN_PROGRAMME: Final = re.compile(r"[一二两三四五六七八九十\d]+年(?:攻坚)?行动(?:计划|方案)?$")


def task_programme_area(topic: str, base: str) -> str | None:
    """The area (农村) a task programme ``topic`` opens with, '' when none, for a ``base`` that is a bare task (改厕,
    no measure word, not a verb alone) after it; None when ``topic`` is no task programme or ``base`` is a measure (the usual subject)."""
    m = SPAN_PROGRAMME.search(topic)
    done = next((w for w in name_words("done_task_end") if topic.endswith(w)), "") if m is None else ""
    stem = topic[:m.start()] if m else topic[:-len(done)] if done else ""  # (完成…隐患整治任务，改厕3000座: a task done is no subject either, fix160e)
    if len(stem) < 4 or not base or base.endswith(MEASURE_ENDINGS) or all_verbs(base) or base in stem:  # (…三年行动，投入35.4亿元: a bare
        return None  # verb's amount is the programme's)
    return next((w for w in name_words("programme_area") if stem.startswith(w) or stem[2:].startswith(w)), "")


TASK_DONE: Final = "完成"  # a new clause of work done: 绿化美化村庄100个，完成改厕6万户
COUNTED_KINDS: Final = ("count", "area")  # unit kinds (data/units.csv) of a figure that measures a thing of its own: 村庄100个, 空心房888.81万平方米


def counted_apart(clause: str, base: str, prev: tuple[str, str, str, str] | None, unit: str, lead: str) -> bool:
    """True when ``base`` is a bare task of words of its own (改厕: no measure word, no verb alone) opened by 完成 in a clause
    after a comma, and the figure before counted its own thing (``prev``: name, verb, unit, base) in another counter: that
    thing is no subject of the task (绿化美化村庄100个，完成改厕6万户以上: 改厕户数, not 绿化美化村庄改厕户数)."""
    if prev is None or lead == "、" or prev[2] == unit or not clause.lstrip("，, ").startswith(TASK_DONE):
        return False
    if not base or base.endswith(MEASURE_ENDINGS) or all_verbs(base) or unit_field(unit, "kind") == "money":
        return False  # (实施重点项目100个，完成投资50亿元: the projects' investment)
    return unit_field(prev[2], "kind") in COUNTED_KINDS and base not in prev[0]
