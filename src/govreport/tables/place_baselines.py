"""Review figures no level target is measured against (audit 40 LY #49, #50, fix49b): a threshold of a class that is
counted (工业产值过500亿元的县达到5个: the counties passing 50 billion, no county's or city's output), and for a target of one
place of a 、 list of places (莒南县、沂水县工业产值力争“过千亿”), any figure that does not name that place in its own clause
or name (规上工业总产值突破8000亿元 is the city's, not 莒南县's) (docs/assumptions.md#baseline-matching)."""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from govreport.extract.crossings import counted_class as counted_class_at
from govreport.lexicon import trie_pattern
from govreport.tables.figures import Figure, words
from govreport.tables.likeness import family_key
from govreport.tables.name_scopes import scope_of
from govreport.tables.measures import RATE_UNITS
from govreport.tables.place_members import place_of

PLACE_NAME: Final = 4  # characters of an area's name that say which (锂电小镇)
PLACE_MOST: Final = 8  # a named place is short (金秀瑶族自治县)
CLAUSES: Final = re.compile("[，,；;]")


def counted_class(fig: Figure) -> bool:
    """The figure is the threshold of a class the sentence then counts (工业产值过500亿元的县达到5个, 村集体年收入20万元以上的村
    达到79个): it qualifies the noun after 的 and measures nothing of its own (not a rate: 80%以上的村 is the share)."""
    if fig.unit in RATE_UNITS or not fig.unit:
        return False
    return counted_class_at(fig.sentence, fig.rel_start, fig.rel_end)


def other_place(target: Figure, baseline: Figure, text: str = "") -> str:
    """The place of a 、 list of places the target is for (莒南县工业产值 of 莒南县、沂水县工业产值力争“过千亿”) where the review
    figure names it neither in its name nor in its own clause; '' otherwise (``text``, the report's: where a 其中 sentence of
    parts opens, part_place_lead)."""
    place = place_of(target) or part_place(target) or part_place_lead(target, text)
    if not place:
        return named_place_apart(target, baseline)
    stem = place[:-1] if len(place) > 2 else place  # 莒南 of 莒南县 (the review may write the county without 县)
    return "" if stem in baseline.indicator or stem in baseline.clause_before else place


@cache
def _part_places() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A member that is only a named river, lake or basin (枫江) or county-level place (莒南县), and a clause before a 、 that
    ends with such a place and its figure (…练江676公里): ``tables_words.json`` ``part_place_ends``."""
    ends = "|".join(map(re.escape, sorted(words()["part_place_ends"], key=len, reverse=True)))
    place = f"[\u4e00-\u9fff]{{1,{PLACE_MOST - 2}}}?(?:{ends})"
    return re.compile(place), re.compile(f"[\u4e00-\u9fff]({place})[\\d.]+[千百万亿]*[^\\d、，,；;。]{{0,4}}$")


def part_place(target: Figure) -> str:
    """The named place of the target's own 、 member where the member is that place alone and the member before it opens
    with another place and a figure (抓紧完成省帮扶练江676公里、枫江229公里污水管网: 枫江's part of the work, held-out 40b 揭阳 row 19):
    the review's city-wide figure (污水管网462公里) is the whole, no baseline of a part; '' otherwise."""
    clause = CLAUSES.split(target.before)[-1]  # (its clause_before stops at the 、)
    if "、" not in clause:
        return ""
    earlier, own = clause.rsplit("、", 1)
    alone, ended = _part_places()
    if not alone.fullmatch(own) or own.startswith(tuple(words()["whole_place_leads"])) or own.endswith(tuple(words()["part_place_nouns"])):
        return ""
    m = ended.search(earlier)
    return own if m and m.group(1)[-len(own):] != own else ""


def _full_sentence(target: Figure, text: str) -> str:
    """The target's sentence from the 。 (or line) before it: a ；-piece of 其中，…；丹阳市…；句容市… with the lead of its first."""
    start = target.sentence_start
    if not text or not 0 < start <= len(text) or not text.startswith(target.sentence[:8], start):
        return target.sentence
    return text[max(text.rfind("。", 0, start), text.rfind("\n", 0, start)) + 1:start] + target.sentence


def part_place_lead(target: Figure, text: str = "") -> str:
    """The named place a target's name opens with in a sentence of parts (其中，丹阳市新签约亿元以上产业项目总投资330亿元：
    ``part_place_leads``): that place's share of the whole stated before, so a review figure naming no such place (the city's
    新签约亿元以上产业项目列统投资115亿元) is no baseline of it (held-out set 53 镇江, fix121d); '' otherwise."""
    if not _full_sentence(target, text).startswith(tuple(words()["part_place_leads"])):
        return ""
    ends = "".join(words()["part_place_scope_ends"])
    m = re.match(f"[\u4e00-\u9fff]{{2,{PLACE_MOST - 1}}}?[{ends}]", target.indicator)
    place = m.group() if m else ""
    if not place or place in words()["neutral_scopes"] or place.startswith(tuple(words()["whole_place_leads"])):
        return ""
    return place if place in target.clause_before else ""  # (the place written in the figure's own clause, not made up by a name)


def _opening_place(name: str) -> str:
    """The named place below the city a name opens with (金秀瑶族自治县 of 金秀瑶族自治县规上工业增加值增长; tables_words.json
    place_scope_ends), '' if none."""
    m = re.match(f"[\u4e00-\u9fff]{{2,{PLACE_MOST - 1}}}?[{''.join(words()['place_scope_ends'])}]", name)
    return m.group() if m and m.group() not in words()["neutral_scopes"] else ""


def named_place_apart(target: Figure, baseline: Figure) -> str:
    """The target's place where the target's name opens with one named place and the review figure's with another
    (金秀瑶族自治县规上工业增加值增长 and 忻城县增长 of 忻城县、金秀瑶族自治县工业投资分别增长超260％、40％: audit 49); '' otherwise."""
    place, other = _opening_place(target.indicator), _opening_place(baseline.indicator)
    if not place or not other or other == place or place in baseline.indicator or scope_of(target.indicator, target.indicator_key) != place:
        return ""  # (新改造老旧小区: no place, a scope of the key's wording only is)
    return place if target.indicator.endswith(baseline.indicator[len(other):]) else ""  # 忻城县增长: the same change of another place


@cache
def _area_end() -> re.Pattern[str]:
    return re.compile(f"(?:{trie_pattern(words()['project_area_ends'])})$")


def projects_of_an_area(target: Figure, baseline: Figure) -> str:
    """The area a review count of a family key is for, named by the clause before it in its sentence (高标准规划建设锂电小镇，
    16个重点项目加快推进: ``project_area_ends`` 小镇, 园区 …), where the target's sentence does not name it: that area's projects,
    not the target's (推进50个重点项目建设, audit 47 jingmen row 32); '' otherwise, nor where the target's sentence names that kind
    of area (全面升级产业园区，投入34.4亿元建设78个基础设施项目 and …73个基础设施项目，…，推进园区“九通一平”建设: held-out set 58, fix128d)."""
    if not family_key(target.indicator_key):
        return ""
    clauses = CLAUSES.split(baseline.before)
    found = _area_end().search(clauses[-2]) if len(clauses) > 1 else None
    if found is None:
        return ""
    area = clauses[-2][-PLACE_NAME:]
    return area if area not in target.sentence and found.group() not in target.sentence else ""  # (its kind: 园区 of 产业园区)
