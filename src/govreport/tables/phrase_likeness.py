"""How alike two name phrases are: synonyms folded, character bigrams weighted toward a phrase's head.

Moved out of ``tables/figures.py`` (which holds a figure and the words around it) so that module stays
under the 400-line cap; nothing here looks at a figure, only at phrases already cut from sentences.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Final

from govreport.lexicon import holds_verb, read_json, read_rows
from govreport.tables.table_words import words

_ONCE: Final[dict[str, Any]] = {}  # the synonym pattern and the generic heads, made once (a direct look-up, as in tables/figures.py)


def synonyms() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern of every synonym word, longest first, and word -> canonical; used only for 'related' matches."""
    if "synonyms" in _ONCE:
        return _ONCE["synonyms"]
    table = {r["word"]: r["canonical"] for r in read_rows("tables_synonyms.csv")}
    return _ONCE.setdefault("synonyms", (re.compile("|".join(re.escape(w) for w in sorted(table, key=len, reverse=True))), table))


MEMO_SIZE: Final = 16384  # the phrase memos start again when this full (memoised in plain dicts: a direct look-up where compiled)
_CANONICAL: Final[dict[str, str]] = {}
_BIGRAMS: Final[dict[str, Mapping[str, float]]] = {}


def canonical(phrase: str) -> str:
    """Synonyms replaced in one pass, longest word first (储备重大项目 -> 谋划重点项目; 规模以上 kept whole, not 规模).
    Memoised: asked for each phrase again at every comparison."""
    done = _CANONICAL.get(phrase)
    if done is None:
        if len(_CANONICAL) >= MEMO_SIZE:
            _CANONICAL.clear()
        done = _CANONICAL[phrase] = synonyms()[0].sub(lambda m: synonyms()[1][m.group()], phrase)
    return done


def generic_bigrams() -> frozenset[str]:
    """The generic heads as a set, made once (not once per phrase)."""
    return _ONCE.get("generic_bigrams") or _ONCE.setdefault("generic_bigrams", frozenset(words()["generic_bigrams"]))


def weighted_bigrams(phrase: str) -> Mapping[str, float]:
    """Character bigrams of each '|'-separated piece, weighted toward the end of the piece.

    Chinese names are head-final (脱贫人口**转移就业**), so the last bigrams weigh most;
    generic heads (面积, 项目, 资金 …) weigh little, or every area would match every area.
    Read-only, as it is shared between calls: memoised (matching compares each target with every actual)."""
    done = _BIGRAMS.get(phrase)
    if done is not None:
        return done
    if len(_BIGRAMS) >= MEMO_SIZE:
        _BIGRAMS.clear()
    out: dict[str, float] = {}
    generic, damp = generic_bigrams(), words()["generic_bigram_weight"]
    for piece in phrase.split("|"):
        grams = [piece[i:i + 2] for i in range(len(piece) - 1)]
        n = len(grams)
        for i, g in enumerate(grams):
            w = (0.5 + (i / (n - 1) if n > 1 else 1.0)) * (damp if g in generic else 1.0)
            out[g] = max(out.get(g, 0.0), w)
    done = _BIGRAMS[phrase] = MappingProxyType(out)
    return done


def phrase_grams(phrase: str) -> set[str]:
    """The bigrams of a phrase as written and with its synonyms folded (``set(weighted_bigrams(phrase)) |
    set(weighted_bigrams(canonical(phrase)))``), the folded phrase's read only where folding changed it (most phrases)."""
    grams = set(weighted_bigrams(phrase))
    folded = canonical(phrase)
    if folded != phrase:
        grams.update(weighted_bigrams(folded))
    return grams


def unbranded(phrase: str) -> str:
    """``phrase`` without a campaign's quoted slogan before 系列 and a kind of its own (not “书香龙城”系列活动) and the class fillers (tables_words.json campaign_series,
    class_fillers): 开展“乐购本溪 惠享美好”系列促消费活动 and 开展各类促消费活动 are one measure (spot 40 本溪 row 21)."""
    if "brand" not in _ONCE:
        series = "|".join(map(re.escape, words()["campaign_series"]))
        _ONCE["brand"] = re.compile(f"“[^“”]{{2,16}}”(?:{series})(?=[\u4e00-\u9fff]{{4}})|" + "|".join(map(re.escape, words()["class_fillers"])))
    return _ONCE["brand"].sub("", phrase)


def similarity(a: str, b: str) -> float:
    """Weighted Dice overlap of character bigrams, 0 (nothing shared) to 1 (same words); a campaign's slogan and class
    fillers left out (``unbranded``) where both phrases say one (各类 and 系列: a series or classes of the same thing)."""
    if any(w in a for w in words()["class_fillers"]) and any(w in b for w in words()["class_fillers"]):  # (各类人才 against 技能人才: the class says all kinds)
        a, b = unbranded(a), unbranded(b)
    if ("“" in a) != ("“" in b):  # one quoted name whole, the other unquoted: the marks say how it is written (“示范家庭” and 示范家庭)
        a, b = (x[1:-1] if x[:1] == "“" and x[-1:] == "”" and x.count("“") == 1 else x for x in (a, b))
    wa, wb = weighted_bigrams(a), weighted_bigrams(b)
    total = sum(wa.values(), 0.0) + sum(wb.values(), 0.0)
    if not total:
        return 0.0
    shared = sum((wa[g] + wb[g] for g in wa if g in wb), 0.0)  # in wa's order: a set's order changes per process
    return round(shared / total, 4)


def shared_words(a: str, b: str) -> str:
    """The longest run of characters the two phrases share, for a human-readable reason."""
    best = ""
    for piece in a.split("|"):
        for i in range(len(piece)):
            for j in range(len(piece), i + len(best), -1):
                if piece[i:j] in b:
                    best = piece[i:j]
                    break
    return best


def without_inserted_title(phrase: str, other: str) -> str:
    """``other`` without a title word it inserts between two words ``phrase`` says together (绿色制造示范项目 against
    打造绿色制造项目 reads 绿色制造项目: tables_words.json inserted_title_words; held-out set 65 昌吉 row 27, fix139b);
    ``other`` as it is when ``phrase`` holds the title word itself or does not say the rest of ``other`` whole."""
    for title in words()["inserted_title_words"]:
        at = other.find(title)
        if at >= 2 and title not in phrase and (bare := other[:at] + other[at + len(title):]) in phrase:
            return bare  # (the rest said whole by the target: 升级改造…夜经济街区 is no 打造夜经济示范街区)
    return other


def examples_left_out(phrase: str, other: str) -> str:
    """``other`` without the examples it names before 等 (新增…公园等4A景区8个: 4A景区) where ``phrase`` says the rest whole after
    nothing or a verb that adds or wins a title as 新增 does (创成4A景区3个: tables_words.json title_won_leads): the same
    designations won in the year, the examples only say which (held-out set 79 保山 row 32, fix159a); ``other`` otherwise, and
    where 等 is part of a word (中等职业学校: measure_equivalents.json not_examples) or ``phrase`` names examples itself."""
    at = other.rfind("等")
    rest = other[at + 1:]
    if at < 1 or "等" in phrase or len(rest) < 3 or not phrase.endswith(rest) or {other[at - 1:at + 1], other[at:at + 2]} & _not_examples():
        return other
    lead = phrase[:-len(rest)]
    return rest if not lead or lead in words()["title_won_leads"] else other


def _not_examples() -> frozenset[str]:
    """Words holding 等 that name no examples (measure_equivalents.json not_examples), read once."""
    return _ONCE.get("not_examples") or _ONCE.setdefault("not_examples", frozenset(read_json("measure_equivalents.json")["not_examples"]))


FULL_INSERT: Final = (2, 4)  # characters a short name may leave out before its head (省级园区 of 省级现代农业园区)


def said_in_full(phrase: str, before: str) -> str:
    """``phrase`` as its sentence said it whole before (``before``: the sentence before the figure) where the phrase leaves out
    two to four characters between its head and the character before it (做大做优25个省级现代农业园区，…新增省级园区3个、市级
    园区30个: 省级园区 and 市级园区 are 省级/市级现代农业园区, matched as such to the review's 新建省级现代农业园区10个、市级35个;
    held-out set 89 宝鸡 rows 5, 6, fix172c); the last such saying, its left-out words no verb (data/verbs.csv) and none of the
    three characters around them (交易中心交易额 is no 交易额 said whole: the head cut a word open). ``phrase``
    as it is for a phrase of several pieces, a head that is generic or a measure word (项目, 面积), or nothing so said."""
    if "|" in phrase or len(phrase) < 4 or (head := phrase[-2:]) in words()["generic_bigrams"] or head in words()["measure_words"]:
        return phrase
    lo, hi = FULL_INSERT
    found = [m.group(1) for m in re.finditer(f"(?={re.escape(phrase[-3])}([\u4e00-\u9fff]{{{lo},{hi}}}?){re.escape(head)})", before)]
    inserted = found[-1] if found else ""
    apart = inserted and inserted not in phrase and not set(inserted) & set(phrase[-3:])  # (交易中心交易额: no word cut open)
    return phrase[:-2] + inserted + head if apart and not holds_verb(inserted) else phrase
