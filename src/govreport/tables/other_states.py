"""Review figures of another state or another set than a target's, refused as its baseline (held-out set 85, fix166b).

Three shapes, each a figure that shares the target's words but not its measure (``tables_words.json`` other_state_words):
a year's new planting (新种植星油藤10万亩) against the whole area planted (星油藤种植面积超3万亩), a stock; a milestone
(2个…码头泊位通港) against the same objects still being built last year (2个…码头泊位建设顺利推进), one project at two
stages, not two years' flows; and the 总投资 of one set of projects (…风电二期等项目建设，总投资40亿元) against another
set's (实施为民办实事工程34项、总投资33亿元), alike only through the registry key.
"""
from __future__ import annotations

import re
from functools import cache
from typing import Any

from govreport.extract.keys import key_wording
from govreport.tables.clauses import CLAUSE_END
from govreport.tables.figures import Figure
from govreport.tables.head_scopes import code_named_scope, one_park_for_all
from govreport.tables.table_words import words

HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
THRESHOLD = re.compile(r"(\d+(?:\.\d+)?)(万元|亿元)(?:及)?以上[\u4e00-\u9fff]{0,6}?项目")  # 5000万元以上重大项目: the set's size threshold
ANY_THRESHOLD = re.compile(r"(\d+(?:\.\d+)?)(万元|亿元)(?:及)?以上")


@cache
def _words() -> dict[str, Any]:
    found: dict[str, Any] = words()["other_state_words"]
    return found


def _own_clause_after(fig: Figure) -> str:
    """The words of the figure's own clause after it (码头泊位建设顺利推进)."""
    end = CLAUSE_END.search(fig.after)
    return fig.after[:end.start()] if end else fig.after


def planted_whole(target: Figure, fig: Figure) -> bool:
    """The target plants anew (新种植…10万亩) and ``fig`` is the whole planted area (…种植面积超3万亩), its clause with no
    new-planting word: a stock, no baseline of the year's new planting."""
    w = _words()
    if not any(n in target.clause_before for n in w["new_planting"]):
        return False
    clause = fig.clause_before
    return any(s in clause for s in w["planted_stocks"]) and not any(n in clause for n in w["new_planting"]) and "新增" not in clause


def under_way_for_done(target: Figure, fig: Figure) -> bool:
    """``fig``'s own clause says its objects were still being built (建设顺利推进, 在建) and the target's says they are to be
    finished (通港, 通车, 建成): the same objects at two stages, so no year's flow to compare."""
    w = _words()
    after = _own_clause_after(fig)
    if not any(e in after for e in w["in_progress_ends"]):
        return False
    own = target.clause_before + _own_clause_after(target)
    return any(v in own for v in w["completed_stages"]) and not any(v in fig.clause_before + after for v in w["completed_stages"])


def _pairs(text: str, key: str = "", generic: bool = False) -> set[str]:
    """The two-character words of ``text``'s Chinese runs, once ``key``'s wordings and (with ``generic``) the words that
    name no particular set (项目, 全年, 完成, 投资) are cut out of it."""
    while key and (wording := key_wording(text, key)):
        text = text.replace(wording, "|")
    if generic:
        for word in sorted(_words()["generic_set_words"], key=len, reverse=True):
            text = text.replace(word, "|")
    return {run[i:i + 2] for run in HAN_RUN.findall(text) for i in range(len(run) - 1)}


def _set_words(fig: Figure, phrase: str) -> set[str]:
    """The two-character words a figure's name and phrase give its set of projects, the key's wordings left out."""
    return _pairs(fig.indicator + "|" + phrase, fig.indicator_key)


def _own_words(text: str, key: str) -> set[str]:
    """The words of ``text`` that say a particular set: none for a bare name (全年计划投资, 总投资超)."""
    return _pairs(text, key, generic=True)


def _named_words(fig: Figure, phrase: str) -> set[str]:
    """The words a figure's name and phrase give its set, generic words cut out (重点片区 of 重点片区投资; none of 年度投资)."""
    return _pairs(fig.indicator + "|" + phrase, generic=True)


def _clause_set_words(fig: Figure) -> set[str]:
    """The words of the set a bare-named figure (全年计划投资, 总投资超) counts: its sentence before it from the clause of the
    last set noun (谋划储备项目1000个以上，总投资超), or, with no set noun before it, the rest of its sentence where a set
    noun stands there (全年计划投资8.6亿元，…等市政项目建设); none when its sentence names no set (its set is said elsewhere,
    if anywhere)."""
    before, nouns = fig.before, _words()["set_nouns"]
    at = max(before.rfind(noun) for noun in nouns)
    if at >= 0:
        marks = [m.end() for m in CLAUSE_END.finditer(before, 0, at)]
        return _own_words(before[marks[-1] if marks else 0:], fig.indicator_key)
    after = fig.after
    return _own_words(after, fig.indicator_key) if any(noun in after for noun in nouns) else set()


def other_set(target: Figure, fig: Figure, target_phrase: str, fig_phrase: str) -> bool:
    """A key that is a property of a set of projects (总投资) and two sets whose own words share no word (新的化工项目 and
    为民办实事工程), or only a generic one (引进重大项目 and 选报项目) that the target's sentence does not widen: the key alone
    makes them no measure of one thing. A target named bare (全年计划投资15亿元) is measured only by a figure of a set its own
    sentence names, sharing a word with it (fix167c)."""
    w = _words()
    if fig.indicator_key != target.indicator_key:
        return False
    mine, theirs = _set_words(target, target_phrase), _set_words(fig, fig_phrase)
    if target.indicator_key in w["set_property_keys"] and mine and theirs:
        if not mine & theirs:
            return True
        named = _named_words(fig, fig_phrase)
        return bool(named) and not (mine & theirs) - set(w["generic_set_words"]) and not _own_words(target.before, target.indicator_key) & named
    if target.indicator_key not in w["bare_set_keys"] or _named_words(target, target_phrase):
        return False
    if not _named_words(fig, fig_phrase) and all(any(n in f.indicator + p for n in w["set_nouns"]) for f, p in ((target, target_phrase), (fig, fig_phrase))):
        return False  # both the year's projects as a whole (完成项目投资 against 全年完成项目投资)
    return not _clause_set_words(target) & (_named_words(fig, fig_phrase) or _clause_set_words(fig))


def other_threshold(target: Figure, fig: Figure) -> bool:
    """Both sentences name their set of projects by a size threshold before the figure, and two thresholds (5000万元以上重大项目
    and 3000万元以上重大项目): two sets, for the count and the money alike (玉林 2020 rows 21-22)."""
    if target.indicator_key not in words()["project_sets"]["keys"] and not THRESHOLD.search(target.clause_before):
        return False  # (省外产业到位资金增长8% after 引进5亿元以上产业项目40个: no figure of the set)
    if not (THRESHOLD.search(target.before) and THRESHOLD.search(fig.before)):
        return False
    mine, theirs = ANY_THRESHOLD.findall(target.before), ANY_THRESHOLD.findall(fig.before)  # the last class named (其中100亿元以上4个)
    return mine[-1] != theirs[-1]


def other_state(target: Figure, fig: Figure, target_phrase: str, fig_phrase: str) -> bool:
    """Any of these: the whole planted area for new planting, work under way for its milestone, another set's 总投资, a figure
    without the target's code-named scope, one park's figure for all parks' (head_scopes)."""
    return (planted_whole(target, fig) or under_way_for_done(target, fig) or other_set(target, fig, target_phrase, fig_phrase)
            or code_named_scope(target, fig) or one_park_for_all(target, fig) or other_threshold(target, fig))
