"""Verbs of one 、 list sharing one noun, with as many figures after it: paired member by member.

新签约、新落地重点项目374个、242个 says 374 signed and 242 started; both figures carry the one name and key, so a plan
target 落地300个以上 took the first (374) by order alone (held-out set 61 鞍山 row 11, fix134c). The verbs are read as the
list's members of the first member's length (新签约, 新落地; the noun 重点项目 follows the last), the figures as the run of
the review's figures joined by 、 right after the list; the target takes the figure whose verb alone has a word (two
characters) the target's own clause says.
"""
from __future__ import annotations

from govreport.tables.clauses import clause_before
from govreport.tables.figures import Figure

VERB_SIZES = range(2, 5)  # characters of a verb member (签约, 新落地, 开工建设)


def _verbs(first: Figure) -> list[str]:
    """The verb members of the 、 list right before ``first`` (the first figure of the run): [] when the list's members
    are not verbs of one length followed, on the last, by a noun they share."""
    members = clause_before(first.before).split("、")
    size = len(members[0])
    if len(members) < 2 or size not in VERB_SIZES or any(len(m) != size for m in members[:-1]) or len(members[-1]) <= size + 1:
        return []
    verbs = [m[:size] for m in members]
    return verbs if not any(c.isdigit() for c in "".join(members)) and len(set(verbs)) == len(verbs) else []


def _run(fig: Figure, figures: list[Figure]) -> list[Figure]:
    """The figures of ``fig``'s sentence joined to it by 、 alone, in text order (374个、242个)."""
    same = sorted((a for a in figures if a.sentence_start == fig.sentence_start), key=lambda a: a.start)
    at = same.index(fig)
    lo = at
    while lo > 0 and fig.sentence[same[lo - 1].rel_end:same[lo].rel_start] == "、":
        lo -= 1
    hi = at
    while hi + 1 < len(same) and fig.sentence[same[hi].rel_end:same[hi + 1].rel_start] == "、":
        hi += 1
    return same[lo:hi + 1]


def _bigrams(word: str) -> set[str]:
    return {word[i:i + 2] for i in range(len(word) - 1)}


def paired_member(target: Figure, keyed: list[Figure]) -> list[Figure]:
    """``keyed`` narrowed to the one figure of a verb-paired run whose verb the target's clause says (落地300个 ->
    新落地…242个); ``keyed`` unchanged where no run of two or more pairs with verbs, or the target's clause says the
    verb of none or of several."""
    clause = target.clause_before
    for fig in keyed:
        run = _run(fig, keyed)
        verbs = _verbs(run[0]) if len(run) >= 2 else []
        if len(verbs) != len(run):
            continue
        own = [_bigrams(v) - set().union(*(_bigrams(w) for w in verbs if w != v)) for v in verbs]
        said = [i for i, grams in enumerate(own) if any(g in clause for g in grams)]
        if len(said) == 1:
            return [run[said[0]]]
    return keyed
