"""A review figure whose scope is said only in its sentence's lead (round fix146a, held-out set 70 开封 row 32).

圆满完成农村人居环境整治三年行动，…，生活污水处理率达到30%以上: the rate is the rural one, though its name (生活污水处理率) keys the
general sewage rate; the lead of the sentence (its first clause) names the rural scope every figure after it is of. A target
keyed as that scoped measure (农村生活污水处理率, its own key) takes it as its baseline. Only a rural scope (``lead_scope_words``
in tables_words.json), only where the target's name is that scope word right before the very wording the figure's key
matched, the figure's name has no scope of its own before that wording, and its own clause names no other scope."""
from __future__ import annotations

from govreport.extract.keys import key_modifier, key_wording
from govreport.lexicon import name_subjects
from govreport.tables.clauses import CLAUSE_BREAKS, last_mark
from govreport.tables.figures import Figure, words

MIN_WORDING = 3  # characters of the figure's key wording (处理率 alone names no measure)


def lead_scope(target: Figure) -> str:
    """The lead scope word (农村) the target's name holds, '' if none."""
    return next((s for s in words()["lead_scope_words"] if s in target.indicator), "")


def lead_scoped(target: Figure, fig: Figure, scope: str) -> bool:
    """``fig`` (of another key than the target's) measures the target's scoped measure: the target's name holds ``scope`` +
    the wording ``fig``'s key matched in its name, ``fig``'s name names nothing before that wording, its sentence's first
    clause names ``scope`` (or a word of the same scope) and its own clause no other sibling scope (城镇, 城市)."""
    if not scope or not fig.indicator_key or fig.indicator_key == target.indicator_key:
        return False
    wording = key_wording(fig.indicator, fig.indicator_key)
    if len(wording) < MIN_WORDING or scope + wording not in target.indicator or key_modifier(fig.indicator, fig.indicator_key) != "":
        return False
    lead_end = next((i for i, c in enumerate(fig.sentence) if c in CLAUSE_BREAKS), len(fig.sentence))
    if lead_end >= fig.rel_start:  # (the figure's own clause: its name says its scope, or none)
        return False
    alike = [s for s in words()["lead_scope_words"] if words()["lead_scope_words"][s] == words()["lead_scope_words"][scope]]
    if not any(s in fig.sentence[:lead_end] for s in alike):
        return False
    own = fig.before[last_mark(fig.before, CLAUSE_BREAKS) + 1:]
    return not any(s in own for s in name_subjects()["sibling_scopes"] if s not in alike)
