"""A time a service is to be done in (新开办企业“0.5天”“零成本”办理, 开办企业1个工作日办结): a ceiling on how long the service
takes, a goal, even in quotation marks and with no measure word (时限, 时长) before it (held-out set 72 阳泉). A span of time
(延长30年) has no done word after it and stays no goal. Words: tables_words.json ``duration_done_ends``."""
from __future__ import annotations

import re
from functools import cache

from govreport.lexicon import trie_pattern, unit_field
from govreport.tables.figures import Figure, words


@cache
def _done_after() -> re.Pattern[str]:
    """以内/内 and the closing quote, other short quoted terms (“零成本”), then a done word (办理, 办结)."""
    return re.compile(rf"(?:以内|之内|内)?[”\"]?(?:[“\"][^”\"，,；;。\d]{{1,6}}[”\"])*(?:{trie_pattern(words()['duration_done_ends'])})")


def service_time(fig: Figure) -> bool:
    """A duration right before a done word (after quotes and 以内): the time the service is to take, a goal."""
    return unit_field(fig.unit, "kind") == "duration" and _done_after().match(fig.sentence, fig.rel_end) is not None
