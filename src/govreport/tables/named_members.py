"""The member of a review 分别 list of one wording that the target's name ends with (audit 43, YY25).

省、市重点建设项目分别完成投资309亿元、529亿元 gives both figures one phrase (重点建设项目…完成投资), so wording alone
ties them and the first (省) is taken; 实施市重点建设项目…完成投资530亿元以上 names the 市 member, whose own name
(市重点建设项目投资) the target's name ends with. Only figures of the same sentence, unit family and form as the one found, with
the same phrase, are looked at (``BaselineIndex.by_sentence``): a handful of string tests per target.
"""
from __future__ import annotations

from govreport.tables.baselines import BaselineIndex, Match, _form, group_of, plausible
from govreport.tables.figures import Figure

MIN_NAME = 4  # a member's own name at least this long (市重点建设项目投资), not a bare head (投资)


def own_named_member(target: Figure, m: Match, index: BaselineIndex) -> Match:
    """``m`` with its figure replaced by the member of the same 分别 list (same sentence, same phrase) whose name the
    target's name ends with, where the figure found is not that member; ``m`` itself otherwise."""
    fig = m.figure
    if fig is None or m.kind != "same" or target.indicator.endswith(fig.indicator) or "分别" not in fig.sentence:
        return m
    phrase = index.phrase_of(fig)
    for i in index.by_sentence.get((group_of(fig), _form(fig), fig.sentence_start), ()):
        other = index.figures[i]
        if other.id != fig.id and len(other.indicator) >= MIN_NAME and target.indicator.endswith(other.indicator) \
                and index.phrase_of(other) == phrase and plausible(target, other):
            return Match(other, "same", m.score, f"the member of the review's 分别 list named as the target ('{other.indicator}', "
                         f"{other.text}), not '{fig.text}' of the same wording", other.year)
    return m
