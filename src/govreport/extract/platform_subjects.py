"""A sentence that opens with a lead verb and a named platform or zone followed by a verb of its own states that platform's
goals (支持智造新城提升产城融合发展水平，…，接续保持35%以上的制造业投资增速，…，力争规上工业产值突破2000亿元: the 智造新城's
investment growth and output, the city's stated elsewhere; held-out set 60 衢州 rows 28-31, fix131a). Its later figures are
named with the platform, and tables/baseline_refusals refuses them a review figure that names no platform. A figure whose
own clause names the whole city (全市) or a zone of its own keeps its name. Word lists: data/name_subjects.json
(``platform_subject_leads``, ``platform_subject_ends``, ``platform_subject_verbs``, ``city_scopes``)."""
from __future__ import annotations

import re
from functools import cache

from govreport.lexicon import name_subjects, trie_pattern

BODY = r"[\u4e00-\u9fff]{0,8}?"  # the platform's own name before its end word (智造 of 智造新城)
OPENING_CLAUSE = r"[^，,。；;：:\d]*[，,]"  # the rest of the opening clause: words, no figure


@cache
def _opening() -> re.Pattern[str]:
    """A lead verb, the platform (its name and an end word), one of its own verbs, the opening clause with no figure."""
    words = name_subjects()
    leads, ends, verbs = (trie_pattern(words[k]) for k in ("platform_subject_leads", "platform_subject_ends", "platform_subject_verbs"))
    return re.compile(rf"(?:{leads})({BODY}(?:{ends}))(?={verbs}){OPENING_CLAUSE}")


def platform_of(sentence: str) -> str:
    """The platform ``sentence`` opens with as its subject (智造新城), '' when it opens otherwise."""
    m = _opening().match(sentence)
    return m.group(1) if m else ""


def platform_named(scan: str, sentence_start: int, lo: int, figure_start: int, name: str) -> str:
    """``name`` with the platform its sentence opens with before it, for a figure after the opening clause whose own
    clause (``scan[lo:figure_start]``) names no whole city and whose name names no zone of its own; ``name`` otherwise."""
    if not name or lo <= sentence_start:
        return name
    m = _opening().match(scan, sentence_start, figure_start)
    if m is None or m.end() > lo:
        return name
    words = name_subjects()
    platform, clause = m.group(1), scan[lo:figure_start]
    if any(w in clause or name.startswith(w) for w in words["city_scopes"]) or any(e in name for e in words["platform_subject_ends"]):
        return name
    return platform + name

