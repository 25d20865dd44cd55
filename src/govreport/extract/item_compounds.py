"""A count of a bare item noun (指标, 事项: data/name_words.csv kind ``bare_item``) that reaches a state right after it
(推动营商指标争先晋位，12个指标达到全国一流标准) says which items only through the clause before in its sentence, whose
compound of that noun (营商指标) is what is counted: 营商指标达到全国一流标准, not a count of 指标 (held-out 50 齐齐哈尔 G4)."""
from __future__ import annotations

import re
from typing import Final

from govreport.extract.indicators import strip_clause
from govreport.lexicon import name_words

REACHED: Final = re.compile(r"(?:达到|实现)[\u4e00-\u9fff]{2,12}(?=[，,。；;]|$)")  # the state the items reach, to the clause's end
MODIFIER: Final = re.compile(r"[\u4e00-\u9fff]{1,4}")


def compound_item(scan: str, sentence_start: int, start: int, end: int, post: str) -> str:
    """``post`` (the noun after the count ending at ``end``) as the compound the sentence's clause before names and the
    state reached, when ``post`` is a bare item noun; ``post`` otherwise."""
    if post not in name_words("bare_item") or not scan.startswith(post, end):
        return post
    m = REACHED.match(scan, end + len(post))
    clause_start = max(scan.rfind(c, sentence_start, start) for c in "，,；;")
    at = scan.rfind(post, sentence_start, clause_start) if m is not None and clause_start > sentence_start else -1
    if at < 0:
        return post
    piece = scan[max(sentence_start, *(scan.rfind(c, sentence_start, at) + 1 for c in "，,；;、")):at]
    modifier = strip_clause(piece)[0] if piece else ""
    return modifier + post + m.group() if m is not None and MODIFIER.fullmatch(modifier) else post
