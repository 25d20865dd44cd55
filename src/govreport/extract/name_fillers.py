"""Words that name nothing of what is measured, wherever they stand in a name (unseen audit 14): an anaphor of
the reason (为此), a footnote marker ([3]), a modal (将) and the plan year (今年) — 中央财政为此将增加支出 is 中央财政增加支出, 国家财政将每年支出 is
国家财政每年支出, 中央财政今年再就业补助资金 is 中央财政再就业补助资金 — and 按 right before the change that ends the name
(地区生产总值按增长 of 按增长5%安排 is 地区生产总值增长). data/name_words.csv kinds ``filler`` and
``filler_before_change``; a word of kind ``not_link`` (将来, 将军) or ``filler_kept`` (这方面, 各方面: 方面 is a filler only
as a section lead, 煤炭开采方面，…产量) is left whole. What a section lead names, less the work on it and its
manner (煤炭智能绿色安全开采方面: 煤炭), is the thing a bare measure after it is of (``lead_thing``)."""
from __future__ import annotations

import re
from typing import Final
from functools import cache

from govreport.extract.name_adverbs import closing_change
from govreport.extract.name_forms import without_rating
from govreport.lexicon import name_words


FOOTNOTE: Final = re.compile(r"\^?[\[［]\^?\d{1,3}[\]］]|\[\^(?!\d)")  # “三类500强”企业[3]45家: a note's number, no part of what is counted;
# its caret too (“四上”企业^[4]净增169户: 四上企业净增户数, not 四上企业^净增户数; audit 46 DZ41), a markdown note ([^47]) and
# its opener left when the name is cut at the note's digits (“乡村治理积分制”[^47]: not …积分制[^数; held-out audit 44 儋州 G7)


_GATE: Final[list[re.Pattern[str]]] = []  # made once: a Final list, not functools.cache: a direct call for every figure (lexicon.units)


def _gate() -> re.Pattern[str]:
    """Any filler word, as one pattern: ``_gate().search(name)`` is ``any(w in name for w in words)`` in one search, not a
    generator trying each word in turn for every figure's name (``(?!)``, which finds nothing, for no word)."""
    if not _GATE:
        words = name_words("filler") + name_words("filler_before_change")
        _GATE.append(re.compile("|".join(map(re.escape, words)) if words else "(?!)"))
    return _GATE[0]


@cache
def _fillers() -> re.Pattern[str]:
    kept = sorted(name_words("not_link") + name_words("filler_kept"), key=len, reverse=True)
    fillers = sorted(name_words("filler"), key=len, reverse=True)
    before = sorted(name_words("filler_before_change"), key=len, reverse=True)
    return re.compile("(" + "|".join(map(re.escape, kept)) + ")|(?:" + "|".join(map(re.escape, fillers)) + ")|(?:"
                      + "|".join(map(re.escape, before)) + f")(?={closing_change()})")


def _keep(m: re.Match[str]) -> str:
    return m.group(1) or ""


def without_fillers(name: str) -> str:
    """``name`` without the words of kind filler (and 按 before its closing change); unchanged when fewer than two
    characters would be left; nor a footnote marker (新增“三类500强”企业[3]45家: 新增三类500强企业数, audit 39 SY24#13)."""
    if "[" in name or "［" in name:
        name = FOOTNOTE.sub("", name)
    first = name[:1]  # (isdigit is a method call when compiled: an ASCII character or an ideograph is decided by comparisons)
    digit = "0" <= first <= "9" or first >= "\x80" and not "\u4e00" <= first <= "\u9fff" and first.isdigit()
    name = without_rating(name) if digit else name  # (750千伏和电网工程新建数: a rating and a link open no name)
    if len(name) < 3 or _gate().search(name) is None:
        return name
    bare = _fillers().sub(_keep, name)
    return bare if len(bare) >= 2 else name


def lead_thing(topic: str) -> str:
    """What a section lead (X方面, data/name_words.csv kind section_lead) names: X less the work done on it
    (kind lead_activity) and that work's manner (kind lead_manner) at its end, at least two characters kept
    (煤炭智能绿色安全开采方面 -> 煤炭, 非常规天然气发展方面 -> 非常规天然气); any other topic as it is."""
    end = next((w for w in name_words("section_lead") if topic.endswith(w)), "")
    if not end or len(topic) - len(end) < 2:
        return topic
    topic = topic[:-len(end)]
    work = next((w for w in name_words("lead_activity") if topic.endswith(w) and len(topic) - len(w) >= 2), "")
    topic = topic[:len(topic) - len(work)]
    while work and (manner := next((w for w in name_words("lead_manner") if topic.endswith(w) and len(topic) - len(w) >= 2), "")):
        topic = topic[:-len(manner)]
    return topic
