"""A review count stated before a recognition verb is the year's addition of the title (spot 40, round fix100c).

Reviews write the titles a year's firms or villages gained with the count first and the title after the verb:
4家企业获评自治区数字化车间、智能工厂, 37家企业被认定为国家高新技术企业. The plan sets the same thing as an addition of the
title: 新增自治区级数字化车间、智能工厂3家以上. The names the extractor gives the two (企业获评自治区数字化车间和智能工厂数
and 新增自治区级数字化车间智能工厂数) share little beyond the title, so the wording scores miss them. Where no baseline was
found, the review count is taken when its title, read from the words after the verb, is the target's name less the head
that says it gains the title (新增, 培育, 创建: baseline_scopes.json recognition_heads) — both without list marks, 和, a level's
级 or quotation marks, so 自治区级 and 自治区, 车间、工厂 and 车间和工厂 agree — in a counter alike and a plausible amount, and
exactly one review figure fits. A target's span of levels (培育省级以上绿色工厂5家) takes the count of its floor level where no
count of the span is stated (5家企业获评省级绿色工厂: the bulk of what the span adds, as name_scopes.floor_of_span; held-out set 70
开封 row 13, fix146b).
"""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from govreport.lexicon import read_json
from govreport.tables.baselines import BaselineIndex, Match, plausible
from govreport.tables.figures import Figure, words
from govreport.tables.name_agreement import counts_alike
from govreport.tables.name_equivalents import reduced
from govreport.tables.name_scopes import SPAN_UP

JOINS: Final = re.compile(r"[、和及与级“”\"]")  # marks and joins of a title's members, a level's 级: how a title is written
TITLE_CHARS: Final = r"[^，,；;。：:！？\d（）()]"  # a title runs to its clause's end and holds no figure
_LAST: list[tuple[BaselineIndex, dict[str, list[Figure]]]] = []  # the titles of the last index's figures, read once


@cache
def _data() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """The pattern of a count's noun, recognition verb and title after a figure, and the heads of a target that gains a title."""
    d = read_json("baseline_scopes.json")["recognition"]
    verbs = "|".join(sorted(map(re.escape, d["verbs"]), key=len, reverse=True))
    after = re.compile(rf"^[\u4e00-\u9fff]{{0,6}}?(?:{verbs})({TITLE_CHARS}{{2,30}})")
    return after, tuple(sorted(d["target_heads"], key=len, reverse=True))


def _plain(title: str) -> str:
    """A title as compared: its name reduced as name_equivalents does, without the marks that only say how it is written."""
    return JOINS.sub("", reduced(title))


def recognised_title(fig: Figure) -> str:
    """The title a review count gained, read after it (4家企业获评自治区数字化车间、智能工厂 -> 自治区数字化车间智能工厂), '' if none."""
    found = _data()[0].match(fig.after)
    return _plain(found.group(1)) if found else ""


def gained_title(target: Figure) -> str:
    """The title a target adds, its name less the head that gains it (新增自治区级数字化车间智能工厂数 -> 自治区数字化车间智能工厂),
    '' if its name opens with no such head."""
    name = target.indicator
    head = next((h for h in _data()[1] if name.startswith(h)), "")
    if not head and name.startswith(tuple(words()["scope_levels"])) and target.sentence.startswith(_data()[1]):
        return _plain(name)  # a title at a level in a sentence that opens with the head, its members after a ， (新增…技术中心5户，省级“专精特新”企业10户: held-out set 87 锦州 row 23)
    return _plain(name[len(head):]) if head else ""


def span_floor(title: str) -> str:
    """The title at the floor level of a span that opens it (省以上绿色工厂 -> 省绿色工厂), '' where it opens with no level and 以上."""
    level = next((w for w in words()["scope_levels"] if title.startswith(w)), "")
    rest = title[len(level):]
    return level + rest.removeprefix(SPAN_UP) if level and rest.startswith(SPAN_UP) and len(rest) > len(SPAN_UP) else ""


def _titled(index: BaselineIndex) -> dict[str, list[Figure]]:
    """Title -> the review figures (no averages over years) stated before a recognition verb of it; made once per index."""
    if _LAST and _LAST[0][0] is index:
        return _LAST[0][1]
    out: dict[str, list[Figure]] = {}
    for a in index.figures:
        if a.id not in index.average and (title := recognised_title(a)):
            out.setdefault(title, []).append(a)
    _LAST[:] = [(index, out)]
    return out


def recognised_match(target: Figure, index: BaselineIndex) -> Match | None:
    """The one review count of the title the target adds, stated before a recognition verb; None if not exactly one."""
    title = gained_title(target)
    if len(title) < 4:
        return None
    titled = _titled(index)
    floor = span_floor(title) if title not in titled else ""
    found = [a for a in titled.get(title, ()) or titled.get(floor, ()) if counts_alike(target.unit, a.unit) and plausible(target, a)]
    if len(found) != 1:
        return None
    fig = found[0]
    return Match(fig, "same", 1.0, f"the title the target adds, gained in the review ('{fig.indicator}', {fig.text})", fig.year)


def scope_word_moot(target: Figure, fig: Figure | None, why: str) -> bool:
    """A refusal for a scope word the two names do not share (another giant word) is moot where the whole title the review
    count gained is the one the target adds: its name was cut short (企业被认定为省专精特新中小企业数 for …中小企业和小巨人企业;
    held-out set 87 锦州 row 23)."""
    title = gained_title(target)
    return fig is not None and why.startswith("another ") and why.endswith(" word") and len(title) >= 4 and recognised_title(fig) == title
