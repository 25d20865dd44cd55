"""A sentence opening that is a slogan about a body's role (增强市经开区“火车头”作用) names no measure: what its
figures are of is the body whose role it is (市经开区), not the slogan (audit 33, MDJ24#41)."""
from __future__ import annotations

import re
from typing import Final

from govreport.lexicon import name_words

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
