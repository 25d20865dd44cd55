"""A sentence opening that is a slogan about a body's role (增强市经开区“火车头”作用) names no measure: what its
figures are of is the body whose role it is (市经开区), not the slogan (audit 33, MDJ24#41); a role named by its verb
(充分发挥产业基金撬动作用，…) gives the body to the bare amounts of the clauses after it (``role_scoped``, audit 46)."""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from govreport.lexicon import name_subjects, name_words
from govreport.extract.name_holders import held_scoped
from govreport.extract.industry_scopes import capital_reached, industry_scoped, owner_opened

ROLE_END: Final = "作用"  # the noun a role slogan ends with (增强…作用, 发挥…作用)


def role_owner(clause: str, topic: str) -> str:
    """The body a role slogan is about, when ``clause`` opens with a role verb (data/name_words.csv kind role_verb:
    增强, 发挥) and names the role in quotes before 作用 (增强市经开区“火车头”作用 -> 市经开区); ``topic`` otherwise."""
    if not topic.endswith(ROLE_END) or not clause.startswith(name_words("role_verb")):
        return topic
    verb = next(w for w in name_words("role_verb") if clause.startswith(w))
    m = QUOTED_ROLE.fullmatch(clause, len(verb))
    return m.group(1) if m else topic


QUOTED_ROLE: Final = re.compile(r"([\u4e00-\u9fff]{2,10}?)的?“[^”]{1,8}”" + ROLE_END)


@cache
def _role_opening() -> re.Pattern[str]:
    """充分发挥 + the body + a role word (name_subjects.json role_words) + 作用 + a comma."""
    roles = "|".join(sorted(name_subjects()["role_words"], key=len, reverse=True))
    return re.compile(r"(?:充分)?发挥(?:好)?([\u4e00-\u9fff]{2,10}?)的?(" + roles + ")" + ROLE_END + "[，,]")


def role_scoped(scan: str, sentence_start: int, figure_start: int, base: str) -> str:
    """``base`` with the body before it when the sentence opens with that body's role named by a verb (data/name_subjects.json
    role_words: 充分发挥产业基金撬动作用，) and ``base``, in a later clause, is a bare investment (role_measures: 年度投资) or opens
    with the role's own verb (撬动社会资本): 产业基金年度投资, not the projects' investment of the whole city; else ``base``."""
    if figure_start - sentence_start < 8 or not scan[sentence_start:sentence_start + 4].startswith(("发挥", "充分发挥")):
        return base
    m = _role_opening().match(scan, sentence_start, figure_start)
    words = name_subjects()
    if m is None or m.group(1) in base:
        return base
    return m.group(1) + base if base in words["role_measures"] or base.startswith(m.group(2)) else base


SOUGHT: Final = re.compile(r"(?:加强|加大|积极|全力|强化)?(?:([\u4e00-\u9fff]{1,4}?)资金争取|争取([\u4e00-\u9fff]{1,4}?)资金)[^，,；;。\d]{0,8}[，,]")
FUNDS_IN: Final = ("到位资金", "资金到位")


def funds_sought(scan: str, sentence_start: int, figure_start: int, base: str) -> str:
    """Funds in place (到位资金增长) after a clause with no figure that seeks funds from a source (加强中省资金争取，力争到位资金增长10%)
    are that source's funds: 中省到位资金增长 (audit 46 达州 row 10); ``base`` otherwise."""
    if not base.startswith(FUNDS_IN):
        return base
    m = SOUGHT.match(scan, sentence_start, figure_start)
    source = (m.group(1) or m.group(2)) if m else ""
    return source + base if source and source not in base else base


def sentence_scoped(scan: str, sentence_start: int, figure_start: int, base: str) -> str:
    """``base`` with the body or source its sentence's opening clause gives it (``role_scoped``, ``funds_sought``), or the holder
    an earlier clause opens with (``name_holders.held_scoped``), or the industry the opening develops (``industry_scopes``)."""
    base = capital_reached(scan, figure_start, industry_scoped(scan, sentence_start, figure_start, base))
    base = owner_opened(scan, sentence_start, figure_start, base)
    return held_scoped(scan, sentence_start, figure_start, funds_sought(scan, sentence_start, figure_start, role_scoped(scan, sentence_start, figure_start, base)))
