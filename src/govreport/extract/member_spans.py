"""Where the words of a 、 list member start and end before a count (held-out set 71 绍兴, fix151d).

- 淘汰150家企业落后产能、整治“低散乱”企业1000家: the clause of 1000家 starts right after 150家, but 企业落后产能 is what
  150家 counts; the member after the 、 opens with a verb of its own (整治) and its name starts there.
- 新增省级企业研究院、高新技术企业研发中心40家: a count after two 、-joined nouns with no count between them counts both, so
  a long name keeps both members rather than being cut to the last one's registered head."""
from __future__ import annotations

from typing import Final

from govreport.extract.predicates import count_verb, verb_chain
from govreport.lexicon import name_words
from govreport.report.chars import is_ideograph

JOINT_MEMBER: Final = (3, 10)  # the length of each of two joint nouns (省级企业研究院): shorter is a word, longer a clause
JOINT_NAME_MAX: Final = 22  # a longer joint name is left to the usual trim


def post_noun_debris(clause: str, after_post: bool) -> int:
    """How much of ``clause`` (which starts right after a figure named by the noun after it, ``after_post``) is that
    figure's noun: up to and with the first 、 when the member after it opens with a verb of its own (data/verbs.csv heavy
    or action, data/name_words.csv ``member_own_verb``) and its object before the figure; 0 otherwise."""
    if not after_post:
        return 0
    k = clause.find("、")
    if k <= 0 or "，" in clause[:k] or "," in clause[:k]:
        return 0
    verb = count_verb(False).match(clause, k + 1)
    end = verb.end() if verb else k + 1 + next((len(w) for w in name_words("member_own_verb") if clause.startswith(w, k + 1)), 0)
    return k + 1 if k + 1 < end < len(clause) else 0  # (重大项目建设、实施150项…活动: the verb alone before the figure, left as it was)


def joint_pair(base: str, clause: str) -> bool:
    """True when ``base`` (a long name) ends with the two nouns of ``clause``, joined by one 、 after its verb and with no
    count between them: the count is of both, and cutting the name would keep only the second."""
    verb = verb_chain().match(clause)
    parts = clause[verb.end() if verb else 0:].split("、")
    lo, hi = JOINT_MEMBER
    return len(parts) == 2 and len(base) <= JOINT_NAME_MAX and base.endswith(parts[0] + parts[1]) \
        and all(lo <= len(p) <= hi and all(map(is_ideograph, p)) and "等" not in p for p in parts)
