"""A count of works at one stage takes the review's one count of the same thing at the same stage (held-out set 85, fix167a).

…等200个重大项目开工 and 90个重大项目竣工 against the review's 谋划推进重大项目突破500个，新开工项目251个、竣工122个: the bare
项目 (or no noun) of a later member is the 重大项目 of the sentence, each at its own stage; 开工建设…等17条城市道路 against
…等6条新建、改造道路开工建设, whose names (新建数) say nothing alike. Wording does not find these, so the stage and the head
counted are read from the figure's own member (data/stage_counts.json) and a review count is taken only where it is the
one count of that head at that stage (several of differing values: none).
"""
from __future__ import annotations

from functools import cache
from typing import Any

from govreport.lexicon import read_json
from govreport.tables.baselines import BaselineIndex, Match, plausible
from govreport.tables.clauses import first_mark, last_mark
from govreport.tables.figures import Figure

MARKS = "，,；;。：:"


@cache
def _data() -> dict[str, Any]:
    return read_json("stage_counts.json")


def _own(fig: Figure) -> tuple[str, str]:
    """The figure's own member: the words before it back to a clause mark or to a 、 after another figure, and after it to
    the next clause mark or to a 、 before another figure."""
    before = fig.before
    before = before[last_mark(before, MARKS) + 1:]
    parts = before.split("、")
    last = max((i for i, p in enumerate(parts[:-1]) if any(c.isdigit() for c in p)), default=-1)
    before = "、".join(parts[last + 1:])
    after = fig.sentence[max(fig.rel_end, 0):]
    cut = first_mark(after, MARKS)
    after = after[:cut] if cut >= 0 else after
    for i, c in enumerate(after):
        if c == "、" and any(d.isdigit() for d in after[i:]):
            after = after[:i]
            break
    return before, after


def _stage(text: str) -> tuple[str, str]:
    """The one stage group the text names and the text less its stage words; ('', text) for none or several."""
    found: list[str] = []
    pairs = [(w, g) for g, ws in _data()["stages"].items() for w in ws]
    for word, group in sorted(pairs, key=lambda p: len(p[0]), reverse=True):
        if word in text:
            text = text.replace(word, "|")
            if group not in found:
                found.append(group)
    return (found[0], text) if len(found) == 1 else ("", text)


def _head(fig: Figure, rest: str) -> str:
    """The head group the figure counts: named in its own member, or, where the member says only a bare word, fillers and
    its stage, the last head an earlier part of the sentence names."""
    heads: dict[str, dict[str, list[str]]] = _data()["heads"]
    for group, ws in heads.items():
        if any(w in rest for w in ws["own"]):
            return group
    left = rest.replace(fig.text, "").replace("|", "")
    for w in _data()["filler_words"]:
        left = left.replace(w, "")
    bare = [g for g, ws in heads.items() if left in ws["bare"]]
    if left and not bare:
        return ""
    earlier = fig.before[:len(fig.before) - len(_own(fig)[0])]
    spots = [(max(earlier.rfind(w) for w in ws["own"]), g) for g, ws in heads.items() if not left or g in bare]
    at, group = max(spots, default=(-1, ""))
    return group if at >= 0 else ""


def stage_and_head(fig: Figure) -> tuple[str, str]:
    """(stage, head) of a count, ('', '') where either is unclear."""
    if fig.unit not in _data()["counters"]:
        return "", ""
    before, after = _own(fig)
    found, rest = _stage(before + fig.text + after)
    head = _head(fig, rest) if found else ""
    return (found, head) if head else ("", "")


def same_stage_count(target: Figure, figures: list[Figure]) -> Figure | None:
    """The review's one count of the target's head at the target's stage, None where there is none or several that differ."""
    mine = stage_and_head(target)
    if not mine[0] or target.year is None:
        return None
    found = [a for a in figures if a.unit == target.unit and a.part == "review" and a.year == target.year - 1
             and a.value is not None and a.value > 0 and stage_and_head(a) == mine]
    return found[0] if found and all(a.value == found[0].value for a in found) else None


def stage_count_match(target: Figure, index: BaselineIndex) -> Match | None:
    """``same_stage_count`` as a match, where the amounts are plausibly one measure's."""
    found = same_stage_count(target, index.figures)
    if found is None or found.id in index.average or not plausible(target, found):
        return None
    return Match(found, "same", 1.0, f"the review's one count of the same things at the same stage ('{found.indicator}', {found.text})", found.year)
