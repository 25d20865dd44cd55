"""A 均 list of growths whose first member counts things of a subject and whose later ones name only an amount
(新签约长三角来淮投资项目数、资金额均增长10%以上: 新签约长三角来淮投资项目数, 新签约长三角来淮投资资金额): each later member is the
amount of the same subject, two goals (audit 53 huainan #151, #152). Kept apart from shared_lists.py, at its size limit."""
from __future__ import annotations

from govreport.tables.figures import words


def count_and_amounts(members: list[str]) -> list[str]:
    """The members named whole when the first ends in a count of things (``tables_words.json:pair_count_ends``, 项目数)
    and each later one is a bare amount word (``pair_amounts``, 资金额): the first's subject before its counted noun
    given to each; [] for any other list."""
    w = words()
    first, rest = members[0], members[1:]
    end = next((e for e in w["pair_count_ends"] if first.endswith(e)), "")
    subject = first[:len(first) - len(end)]
    if not end or len(subject) < 2 or not rest or any(x not in w["pair_amounts"] for x in rest):
        return []
    return [first] + [subject + x for x in rest]
