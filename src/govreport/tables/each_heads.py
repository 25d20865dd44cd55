"""What the members of a 各 list of counts take from the last member and the clause before (audit 55).

A list of short members before the last one's head shares that head (上市（过会）和报会企业各8家: 上市（过会）企业), an
industry counted in 家 counts its firms (战略性新兴产业、“专精特新”、“两化”融合贯标企业各3家: 战略性新兴产业企业, “专精特新”企业),
a bare level word takes the title the last member names after its own level (争创国家级、省级“四好农村路”示范县各1个:
国家级“四好农村路”示范县), and a list with no verb of its own after a count of the same counter opened by a count lead
(力争新增国家高新技术企业4家，A、B各3家) counts additions too.
"""
from __future__ import annotations

import re
from typing import Final

from govreport.extract.name_polish import LEVEL_ANYWHERE
from govreport.extract.place_lists import PLACE
from govreport.lexicon import clause_breaks, name_subjects, name_words
from govreport.tables.clauses import Trimmer, last_mark
from govreport.tables.figures import words

ASIDE: Final = re.compile(r"[（(][^）)]*[）)]")  # an aside: not counted in a member's length
LABEL: Final = re.compile(r"(?:(?:国家|自治区|省|市|州|县|区)级(?:以上)?)?“[^“”]+”")  # a member that is a quoted label alone (“专精特新”), or after its level (省级“专精特新”: spot 40 定西 row 99), names no counted thing
SHORT: Final = 4  # a member this short (its aside and quotes aside) names no counted thing of its own
PLACE_ALONE: Final = re.compile(PLACE)  # a member that is a county-level place alone (老边区)


def with_count_head(members: list[str], lead: str = "") -> list[str]:
    """Short members before the last one's head word (data/name_words.csv head: 企业, 产业, 行业) share it:
    上市（过会）和报会企业各8家 -> 上市（过会）企业, 报会企业 (audit 28); “专精特新” -> “专精特新”企业; a member naming an
    industry (``tables_words.json:counted_sectors``: 战略性新兴产业) takes a 企业 head, its firms counted (audit 55 HS#35);
    a member that names a thing (持牌金融机构) keeps its own; ``lead`` (新增), put before every member, is not part of a label."""
    last = members[-1]
    head = next((w for w in name_words("head") if last.endswith(w) and len(last) > len(w)), "")
    if not head:
        return members
    sectors = tuple(words()["counted_sectors"]) if head in words()["counted_sector_heads"] else ()
    return [x + head if not x.endswith(head) and (len(ASIDE.sub("", x)) <= SHORT or LABEL.fullmatch(x.removeprefix(lead) if lead else x) or (sectors and x.endswith(sectors))) else x
            for x in members[:-1]] + [last]


PAIR_JOINS: Final = ("和", "及")  # the join of a 、 list's last two members (A、B和C)
PAIR_MEMBER_MOST: Final = 12  # the longest unit a joined member may name (铁岭经济技术开发区)


def split_last_pair(members: list[str]) -> list[str]:
    """The last member of a 、 list of places split at its 和/及 when both sides name units of their own (西丰县、调兵山市和
    铁岭经济技术开发区各17个: three members, 17 each; held-out set 60 铁岭, fix131a): every member before is a place alone, the
    left side is one too, and the right side is a place or a zone (``name_subjects.json`` zone_ends: 开发区, 高新区); the
    members as they are otherwise (a 和 inside one name, 科技和信息化局, is no join of places)."""
    if len(members) < 2 or not all(PLACE_ALONE.fullmatch(x) for x in members[:-1]):
        return members
    last = members[-1]
    for join in PAIR_JOINS:
        left, mark, right = last.partition(join)
        if mark and PLACE_ALONE.fullmatch(left) and join not in right and len(right) <= PAIR_MEMBER_MOST \
                and (PLACE_ALONE.fullmatch(right) or right.endswith(tuple(name_subjects()["zone_ends"])) and len(right) > 3):
            return members[:-1] + [left, right]
    return members


def with_level_heads(members: list[str]) -> list[str]:
    """A member that is a bare level word (国家级) takes what the last member names after its own level
    (争创国家级、省级“四好农村路”示范县各1个: 国家级“四好农村路”示范县, audit 55 ABA#32); the members as they are otherwise."""
    last = members[-1]
    level = LEVEL_ANYWHERE.match(last)
    rest = last[level.end():] if level else ""
    if len(rest) < 2 or not any(LEVEL_ANYWHERE.fullmatch(x) for x in members[:-1]):
        return members
    return [x + rest if LEVEL_ANYWHERE.fullmatch(x) else x for x in members[:-1]] + [last]


def with_place_heads(members: list[str]) -> list[str]:
    """A member that is a place alone takes what the last member names after its own place (新建老边区、盖州市污水处理厂
    各1座: 老边区污水处理厂, audit spot 37 营口#51): the places are listed before one shared head; the members as they are
    otherwise."""
    last = members[-1]
    place = PLACE_ALONE.match(last)
    rest = last[place.end():] if place else ""
    if len(rest) < 2 or not any(PLACE_ALONE.fullmatch(x) for x in members[:-1]):
        return members
    return [x + rest if PLACE_ALONE.fullmatch(x) else x for x in members[:-1]] + [last]


def lead_of_count_before(before: str, start: int, unit: str, trim: Trimmer) -> str:
    """The count lead of additions (``carried_count_leads``: 新增, not 培育: 培育…300家，上市和报会企业各8家 are no firms bred) opening the clause right before the list at ``start`` when that clause is
    one count of the same counter (力争新增国家高新技术企业4家，战略性新兴产业…各3家: additions too, audit 55 HS#35-37);
    '' otherwise."""
    if start < 2 or before[start - 1] not in "，,":
        return ""
    prev = before[last_mark(before[:start - 1], clause_breaks()) + 1:start - 1]
    one = re.search(r"(?<![\d.])\d+(?:\.\d+)?" + re.escape(unit) + r"(?:以上|左右)?$", prev)
    if one is None or "各" in prev or "、" in prev or re.search(r"\d", prev[:one.start()]):
        return ""
    rest = trim(prev)  # (the trimmer takes 力争 and 新增 alike)
    cut = prev[:len(prev) - len(rest)]
    return next((w for w in words()["carried_count_leads"] if cut.endswith(w) or rest.startswith(w)), "")


def with_site_head(members: list[str]) -> list[str]:
    """Counts shared by 各 whose last member ends in a site head (``name_words.csv`` site_head: 养殖基地) the others
    lack: the head is every member's (标准化生猪、肉羊、肉牛养殖基地各2个 -> 标准化生猪养殖基地, 肉羊养殖基地; spot 48
    怒江), as the members alone name the animals, not the sites counted; the members as they are otherwise."""
    heads = name_words("site_head")
    head = next((h for h in heads if members[-1].endswith(h) and len(members[-1]) > len(h)), "")
    if not head or any(h[-2:] in x for x in members[:-1] for h in heads):
        return members
    return [x + head for x in members[:-1]] + [members[-1]]


ALIKE_HEAD: Final = 2  # the shortest head a last member adds after the character its kind ends with (种质资源保种场)


def with_alike_head(members: list[str]) -> list[str]:
    """Counts shared by 各 whose earlier members end with the character the last member's kind ends with before a head
    they lack (建成甘加羊、科才羊种质资源保种场各1个: 甘加羊 and 科才羊 are two sheep, each with its 种质资源保种场; held-out set 67
    甘南 row 34): the head is every member's, as the members alone name the kinds, not the things counted; the members as
    they are otherwise (中心村、美丽乡村各10个: no head after 村)."""
    last = members[-1] if len(members) > 1 else ""
    ends = {x[-1:] for x in members[:-1]}
    if len(ends) != 1 or not last:
        return members
    end = next(iter(ends))
    at = last.find(end, 1)
    head = last[at + 1:] if at > 0 else ""
    if len(head) < ALIKE_HEAD or end in head or any(len(x) < 2 or head[-2:] in x for x in members[:-1]):
        return members
    return [x + head for x in members[:-1]] + [last]
