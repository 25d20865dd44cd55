"""The action a verb names (data/tables_actions.csv: attract, start, build …) and the patterns that find action verbs in a
clause: likeness.py asks whether a target and a review figure say the same action on the thing they count."""
from __future__ import annotations

import re
from functools import cache

from govreport.extract.categories import trie_pattern
from govreport.lexicon import longest_first, read_rows
from govreport.tables.figures import words


@cache
def actions() -> dict[str, str]:
    """Verb -> the action it names (attract, under_way, start, build, supply, allocate …); a verb of two
    actions holds both, joined by | (化解: cut of 产能 and 债务, treat of 堵点 like 治理)."""
    return {r["verb"]: r["action"] for r in read_rows("tables_actions.csv")}


def same_action(one: str, other: str) -> bool:
    """Two actions agree when they share one (化解 cut|treat and 治理 treat)."""
    return one == other or bool(set(one.split("|")) & set(other.split("|")))


def _alternation(items: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in sorted(set(items), key=longest_first) if w))


@cache
def _action_scan() -> re.Pattern[str]:
    """The action verbs that name an action (not the neutral ones), as one prefix tree."""
    return re.compile(trie_pattern([v for v, a in actions().items() if a]))


@cache
def _joined_actions() -> re.Pattern[str]:
    """Two action verbs joined by 和/及/与/、 (建成和开工建设): a count of two stages."""
    alt = _alternation([v for v, a in actions().items() if a]).pattern
    return re.compile(f"({alt})[和及与、]({alt})")


@cache
def _member_verb() -> re.Pattern[str]:
    """Words that give a list member a predicate of its own: action verbs of tables_actions.csv,
    commitment words and changes (提升至, 达到: 实时可调负荷提升至75万千瓦), and works that close a member but name no action
    of their own (生态修复: ``tables_words.json:member_predicate_verbs``, held-out set 62 fix133c)."""
    return _alternation([*actions(), *words()["commitment_words"], *words()["member_predicate_verbs"], "提升至", "提高到", "达到", "降至", "增长", "下降"])


def unstaged(verb: str, unit: str) -> str:
    """A bare 建设 of homes counted in 套 names no stage: both a start and a build ('start|build', which same_action
    matches with either: 建设保障性租赁住房1674套 and 新开工…保障性租赁住房2967套); '' for any other verb or unit
    (tables_words.json unstaged_builds)."""
    found = words()["unstaged_builds"]
    return "start|build" if verb in found["verbs"] and unit in found["units"] else ""


def completed_by(verb: str, name: str) -> str:
    """A verb that, on some things, is how their building is completed (开通 of 5G基站: a station opened is one built), so it
    agrees with a build as well as its own action ('run|build': 开通5G基站1123个 and 新建5G基站1500个, held-out set 87 锦州 row 24);
    '' for any other verb or thing (tables_words.json completion_verbs)."""
    found = words()["completion_verbs"].get(verb)
    if not found or not any(n in name for n in found["nouns"]):
        return ""
    return f"{actions()[verb]}|{found['action']}"
