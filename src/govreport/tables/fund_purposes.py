"""Amounts of one payer for different purposes (audit 11): 中央财政拟安排补贴资金1230亿元 and 中央财政安排423亿元
资金，支持十大重点节能工程 share the payer and the allocation verb, nothing else; 实施更加积极的就业政策，中央财政拟
投入420亿元资金 and 国家助学制度进一步完善，中央财政投入223亿元 likewise. Where both figures' clauses name the same
payer (tables_words.json ``fund_payers``), the money's purpose must agree for one to measure the other.

A figure's purpose: its clause with the payer and the words that say nothing of a purpose left out
(``fund_plain_words``: 拟安排, 投入, 资金 …), the words after it in its clause, and the next clause where
that opens with a purpose (``fund_purpose_openers``: 支持…, 主要用于…); where these leave nothing, the
clause before (实施更加积极的就业政策，). Two purposes agree when they share a character
pair that is no generic head (技术改造 / 科技 / 补贴 …); a purpose that is empty agrees with nothing.
"""
from __future__ import annotations

import re
from functools import cache, lru_cache

from govreport.tables.clauses import first_mark, last_mark
from govreport.tables.figures import Figure, generic_bigrams, words

BREAKS = "，,；;。：:"


@cache
def _patterns() -> tuple[tuple[str, ...], re.Pattern[str], re.Pattern[str]]:
    w = words()
    payers = tuple(sorted(w["fund_payers"], key=len, reverse=True))
    plain = re.compile("|".join(map(re.escape, sorted(payers + tuple(w["fund_plain_words"]), key=len, reverse=True))))
    openers = re.compile("|".join(sorted(w["fund_purpose_openers"], key=len, reverse=True)))
    return payers, plain, openers


def _payer(clause: str) -> str:
    if "财政" not in clause:  # the cheap guard: most figures are no public money
        return ""
    return next((p for p in _patterns()[0] if p in clause), "")


def _bigrams(text: str) -> frozenset[str]:
    generic = generic_bigrams()
    chars = "".join(c for c in text if "\u4e00" <= c <= "\u9fff" or c == "|")
    return frozenset(g for piece in chars.split("|") for g in (piece[i:i + 2] for i in range(len(piece) - 1))
                     if g not in generic)


@lru_cache(maxsize=4096)
def _purpose(sentence: str, start: int, end: int) -> frozenset[str]:
    """The character pairs that say what the amount at ``sentence[start:end]`` is for (once per figure)."""
    _, plain, openers = _patterns()
    lo = last_mark(sentence[:start], BREAKS) + 1
    after = first_mark(sentence[end:], BREAKS)
    hi = end + after if after >= 0 else len(sentence)
    own = plain.sub("|", sentence[lo:start] + "|" + sentence[end:hi])
    nxt = sentence[hi + 1:]
    opener = openers.search(nxt[:6])
    if opener is not None:
        cut = first_mark(nxt, BREAKS)
        stop = cut if cut >= 0 else len(nxt)
        own += "|" + nxt[opener.end():stop]
    found = _bigrams(own)
    if found or lo == 0:
        return found
    before = last_mark(sentence[:lo - 1], BREAKS) + 1
    return _bigrams(plain.sub("|", sentence[before:lo - 1]))


def same_purpose(target: Figure, baseline: Figure) -> bool:
    """False where both figures' clauses name the same payer and their money's purposes share no
    character pair (another fund of the central budget); True otherwise."""
    payer = _payer(target.clause_before)
    if not payer or payer != _payer(baseline.clause_before):
        return True
    mine = _purpose(target.sentence, target.rel_start, target.rel_end)
    theirs = _purpose(baseline.sentence, baseline.rel_start, baseline.rel_end)
    return bool(mine & theirs)


@cache
def _name_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    w = words()
    plain = re.compile("|".join(map(re.escape, sorted(w["fund_name_plain_words"], key=len, reverse=True))) + "$")
    verbs = re.compile("^(?:" + "|".join(map(re.escape, w["fund_name_verbs"])) + ")")
    return plain, verbs


@lru_cache(maxsize=4096)
def name_purpose(name: str) -> tuple[str, str]:
    """(payer, purpose) of an amount's name: 中央财政社会保障投入 -> (中央财政, 社会保障), 中央财政促进就业投入 and
    中央财政就业专项资金 -> (中央财政, 就业); ('', '') when the name opens with no payer."""
    if "财政" not in name:
        return "", ""
    payer = next((p for p in _patterns()[0] if name.startswith(p)), "")
    if not payer:
        return "", ""
    plain, verbs = _name_patterns()
    return payer, verbs.sub("", plain.sub("", name[len(payer):]))


QUOTED = re.compile(r"“([\u4e00-\u9fff]{3,12})”")  # a programme's name in quotation marks (“两个确保”)


def same_fund(target: Figure, review: list[Figure], averages: set[int]) -> list[Figure]:
    """The review's amounts (no averages or totals over years) of the target's payer named with the same purpose
    of at least two characters (中央财政拟投入433亿元用于促进就业 and 中央财政安排就业专项资金426亿元), or with purposes
    that both hold a programme the two sentences quote (用于“两个确保”和城市“低保”的补助资金 and 为继续落实“两个确保”
    和“三条保障线”，…中央财政支出: 两个确保); [] if none."""
    payer, purpose = name_purpose(target.indicator)
    if len(purpose) < 2 or not all("\u4e00" <= c <= "\u9fff" for c in purpose):
        return []
    quoted = [q for q in QUOTED.findall(target.clause_before) if q in purpose]
    return [a for a in review if a.unit == target.unit and a.id not in averages
            and ((theirs := name_purpose(a.indicator)) == (payer, purpose)
                 or theirs[0] == payer and any(q in theirs[1] and f"“{q}”" in a.sentence for q in quoted))]
