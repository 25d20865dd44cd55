"""Registry wordings a report words one word apart (audit 47 梧州): 旅游总消费 is 旅游消费 with 总 put in, 粮食面积 is
粮食播种面积 with 播种 left out. Without the key such a target is barred from the keyed review figure of the same measure
(实现旅游消费395亿元), so an unkeyed name takes the key of the wording it becomes when the word is taken out or put back,
or the examples that name a set (X等项目) taken out,
only where that wording spans the place of the change and ends the name (a change after it aside; name_words wording_inserted, wording_left_out, wording_loose_not)."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Final

from govreport.lexicon import longest_first, name_words, read_json

# what may follow the wording: the name's head is the wording itself (旅游总人次、总收入: 旅游人次 is no head of the name)
HEAD_TAIL = re.compile(r"(?:增长|增速|增幅|提高|下降|降低)?")


_SPLITS: dict[str, tuple[Iterable[str], tuple[tuple[str, int], ...]]] = {}  # left-out word -> (the wordings, their pairs)


def _splits(word: str, wordings: Iterable[str]) -> tuple[tuple[str, int], ...]:
    """Each way a registry wording holds ``word`` with words either side (粮食播种面积: 粮食, 面积), as the two written
    together and where the word goes back between them (粮食面积, 2): a name takes the word back only between such a pair
    standing together in it, so no other place needs a look-up of a key (a variant at every place of every name was a
    sixth of corpus mode). Made once per word and set of wordings (the registry's, in use), joined once (not per name)."""
    cached = _SPLITS.get(word)
    if cached is not None and cached[0] is wordings:
        return cached[1]
    pairs = set()
    for w in wordings:
        at = w.find(word, 1)
        while at > 0:
            if at + len(word) < len(w):
                pairs.add((w[:at] + w[at + len(word):], at))
            at = w.find(word, at + 1)
    found = tuple(sorted(pairs))
    _SPLITS[word] = (wordings, found)
    return found


def _variants(name: str, wordings: Iterable[str]) -> Iterator[tuple[str, int, int]]:
    """``name`` with one inserted word taken out or one left-out word put back, and where the change lies in it (a word
    put back only where a wording of ``wordings`` can span it: loose_key looks for no other)."""
    if any(w in name for w in name_words("wording_loose_not")):
        return
    for word in name_words("wording_inserted"):
        at = name.find(word, 1)
        while at > 0:
            yield name[:at] + name[at + len(word):], at, at
            at = name.find(word, at + 1)
    examples = name.rfind("等")  # a set named by its examples (新开工米仓山大峡谷旅游景区等项目: 新开工项目, audit 50)
    for at in range(1, examples if examples > 1 and "、" not in name[examples:] else 0):
        yield name[:at] + name[examples + 1:].removesuffix("数"), at, at  # (…等项目数: the count of the wording's things)
    for word in (w for w in name_words("wording_left_out") if w not in name):
        places = set()  # where the name holds a wording less the word (粮食面积: between 粮食 and 面积)
        for joined, gap in _splits(word, wordings):
            at = name.find(joined)
            while at >= 0:
                places.add(at + gap)
                at = name.find(joined, at + 1)
        for at in sorted(places):
            if 0 < at < len(name):
                yield name[:at] + word + name[at:], at, at + len(word)


_PAIRS: list[tuple[Iterable[str], frozenset[str]]] = []  # (the wordings, the pairs of characters they hold)


def _pairs(wordings: Iterable[str]) -> frozenset[str]:
    """Every two characters standing together in a wording of ``wordings``. A wording spans a variant's change at
    ``start`` only if it holds the variant's two characters either side of ``start``: a variant without such a pair
    gets no key (most of them: 新开工米仓山大峡谷旅游景区等项目 is tried with its examples cut at every place), so it needs
    no look-up of one. Made once per set of wordings (the registry's, in use)."""
    if _PAIRS and _PAIRS[0][0] is wordings:
        return _PAIRS[0][1]
    found = frozenset(w[k:k + 2] for w in wordings for k in range(len(w) - 1))
    _PAIRS[:] = [(wordings, found)]
    return found


def loose_key(name: str, key_of: Callable[[str], str], pattern: re.Pattern[str], owner: dict[str, str]) -> str:
    """The key ``key_of`` gives ``name`` less an inserted word or with a left-out word put back, where a wording of
    that key (``pattern`` of the registry's wordings, ``owner`` wording -> key) spans the change (粮食面积 -> 粮食播种面积:
    grain_sown_area); '' when none does."""
    pairs = _pairs(owner)
    for variant, start, end in _variants(name, owner):
        if start < 1 or variant[start - 1:start + 1] not in pairs:
            continue  # no wording can span the change: no key to look up
        key = key_of(variant)
        if key and any(m.start() < start and m.end() > end and key in (owner[m.group()], owner[m.group()] + "_growth", owner[m.group()][:-7])
                       and HEAD_TAIL.fullmatch(variant, m.end()) for m in pattern.finditer(variant)):
            return key
    return ""


def _flow_examples() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The pattern of a flow verb, examples and 等 opening a name, and of the words holding 等 that name no set (中等), made once."""
    if not _EXAMPLES:
        table = read_json("measure_equivalents.json")
        flow = set(table["list_verbs"]) | {v for group in table["equivalent_verbs"] for v in group}
        verbs = "|".join(re.escape(v) for v in sorted(flow, key=longest_first))
        kept = "|".join(re.escape(w) for w in table["not_examples"])
        _EXAMPLES.extend((re.compile(rf"^({verbs})([^，、；。等]{{2,12}}?)等(?!等)(.+)$"), re.compile(kept)))
    return _EXAMPLES[0], _EXAMPLES[1]


_EXAMPLES: list[re.Pattern[str]] = []  # (_flow_examples: made once)


def without_examples(name: str) -> str:
    """``name`` with the examples after its opening flow verb taken out (新增昆仑汉兴等规上工业企业 -> 新增规上工业企业,
    spot 38 抚顺 row 17): the verb counts the class's flow, and the examples standing between them hide the flow's wording
    (新增规上工业企业: firms_upgraded), leaving the stock's (规上工业企业). ``name`` itself where no flow verb opens it or
    its 等 is part of a word (新增省优秀中等职业学校: 中等)."""
    opening, kept = _flow_examples()
    m = opening.match(name)
    if m is None or kept.search(name):
        return name
    return m.group(1) + m.group(3)


FLOW_AFTER: Final = re.compile(r"^(?P<noun>[\u4e00-\u9fff]{2,12}?)(?P<verb>新增|净增)(?:数|量)?$")


def flow_first(name: str) -> str:
    """``name`` with a flow verb standing after its noun moved before it (规模以上工业企业新增420家: 新增规模以上工业企业, the
    year's addition, as the flow's wording says it; held-out 49 邯郸 G2); ``name`` itself otherwise."""
    m = FLOW_AFTER.match(name)
    return m.group("verb") + m.group("noun") if m is not None else name
