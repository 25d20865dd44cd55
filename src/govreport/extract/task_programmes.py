"""A task programme of some years (深入实施农村人居环境整治提升五年行动) before a bare task of its own
(完成改厕1.6万户): the programme's name is no subject of the task (held-out audit 43, 平顶山 G6: not
农村人居环境整治提升五年改厕户数); only the area it opens with (data/name_words.csv kind programme_area: 农村) is
kept (农村改厕户数). A programme for a thing (天麻产业高质量发展三年行动) before a measure (综合产值) stays its subject."""
from __future__ import annotations

import re
from typing import Final

from govreport.extract.indicators import MEASURE_ENDINGS, all_verbs
from govreport.lexicon import name_words

# a programme of some years, named for its task: …整治提升五年行动, …三年攻坚行动计划 (not a 专项行动: 包虫病综合防治六大专项行动，
# 筛查…人次 keeps its subject, the span word being what misleads: a five-year total)
SPAN_PROGRAMME: Final = re.compile(r"[一二两三四五六七八九十\d]+年(?:攻坚)?行动(?:计划|方案)?$")


def task_programme_area(topic: str, base: str) -> str | None:
    """The area (农村) a task programme ``topic`` opens with, '' when none, for a ``base`` that is a bare task (改厕,
    no measure word, not a verb alone) after it; None when ``topic`` is no task programme or ``base`` is a measure (the usual subject)."""
    m = SPAN_PROGRAMME.search(topic)
    stem = topic[:m.start()] if m else ""
    if len(stem) < 4 or not base or base.endswith(MEASURE_ENDINGS) or all_verbs(base) or base in stem:  # (…三年行动，投入35.4亿元: a bare
        return None  # verb's amount is the programme's)
    return next((w for w in name_words("programme_area") if stem.startswith(w) or stem[2:].startswith(w)), "")
