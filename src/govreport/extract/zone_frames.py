"""A zone or park that closes a sentence as its subject scopes the figures of its earlier clauses.

深入开展园区规模和质量提升行动，…，力争规模以上工业企业新增35户以上、产值达1900亿元，把园区建成经济发展主阵地: the closing
clause makes the parks its subject, so the 35 firms are the parks' new firms, not the
prefecture's; likewise …，力争新增企业500户，…，确保自贸试验区X片区工业总产值增长10%以上 (held-out set 84 红河 rows 26-27,
34-35, fix165c). Such a figure takes no key of the whole place (extract/quantities) and no baseline from a review figure whose
sentence names no such zone (tables/baseline_refusals). A figure whose own clause names the whole place (全市) is the
place's. Word lists: data/name_subjects.json (``frame_zone_ends``, ``frame_zone_leads``, ``city_scopes``)."""
from __future__ import annotations

import re
from functools import cache

from govreport.lexicon import holds_verb, name_subjects, trie_pattern

CLAUSE_MARKS = "，,；;：:"
ZONE_BODY = r"[^\W\d_及和与、]{0,10}?"  # a zone's own name before its end word (自贸试验区X of 自贸试验区X片区); no list (区县及重点园区)


@cache
def _words() -> tuple[tuple[str, ...], re.Pattern[str], tuple[str, ...], tuple[str, ...]]:
    words = name_subjects()
    ends = tuple(words["frame_zone_ends"])
    closing = re.compile(rf"(?:{trie_pattern(words['frame_zone_leads'])})?({ZONE_BODY})({trie_pattern(list(ends))})(?![\d、和与及])")
    return ends, closing, tuple(words["city_scopes"]), tuple(words["frame_zone_not_starts"])


def _closing_zone(sentence: str, figure_start: int, closing: re.Pattern[str], not_starts: tuple[str, ...]) -> str:
    """The zone the sentence's closing clause opens with as its subject (…，把园区建成…。), where the figure is before it; not
    each zone of a class (每个开发园区储备…)."""
    text = sentence.rstrip("。！？!?；; \n")
    cut = max(text.rfind(c) for c in CLAUSE_MARKS)
    if cut < 0 or cut < figure_start:
        return ""
    m = closing.match(text, cut + 1)
    return "" if m is None or holds_verb(m.group(1)) or m.group(1).startswith(not_starts) else m.group(2)


def framing_zone(sentence: str, figure_start: int) -> str:
    """The zone word (园区, 片区 …) that frames ``sentence`` around the figure at ``figure_start`` (its offset in it): its
    closing clause has one as subject; '' where none does or the figure's own clause names the whole place (全市新增企业500户).
    (An opening clause that works on a zone is not enough: 有序推进油田片区…建设，改造老旧小区138个 is the city's.)"""
    ends, closing, whole, not_starts = _words()
    if not any(w in sentence for w in ends):  # (cheap gate: most sentences name no zone)
        return ""
    own = sentence[max(sentence.rfind(c, 0, figure_start) for c in CLAUSE_MARKS) + 1:figure_start]
    if any(w in own for w in whole):
        return ""
    return _closing_zone(sentence, figure_start, closing, not_starts)
