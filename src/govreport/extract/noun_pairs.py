"""The second noun of a pair after 和 that ends a count's clause (audit 36 DY24#67: 加快191个重点工业和技改项目建设 counts
both kinds of projects, 重点工业和技改项目, not 重点工业 alone). Kept apart from post_nouns.post_noun, which calls it, so that
module stays short; it takes the verb match from there."""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from govreport.lexicon import name_words, read_json

PAIR_HEADS: Final = ("项目", "工程")  # the head of works before the work done on them (建设)
SECTOR_END: Final = "业"  # 工业, 产业, 农业, 服务业: a sector, not a thing counted
SHORTEST: Final = 4  # 技改项目: a kind and its head
SERVED_KIND: Final = 2  # 地质灾害 before 避险搬迁: the kind of work, a noun of its own before the verb


def paired_noun(pair: str, verb: re.Match[str] | None, first: str, served: bool = False) -> str:
    """``pair`` whole when no verb is in it (家庭农场); the noun before the one verb that closes it when that noun ends in a
    head of works and the ``first`` noun is a sector, which no counter counts (重点工业 + 技改项目建设 -> 技改项目: the sector's
    projects; not 在建重大项目 + 民生工程建设 nor 2座…光热电站 + 配套储能项目建设: things of their own); '' for a clause of its
    own (…和推进改革). For a count of people or households (``served``) a pair closed by its one verb is the work done for them,
    both kinds one noun (3023户生态及地质灾害避险搬迁: the households moved, spot 40 定西)."""
    if verb is None or served and verb.end() == len(pair) and verb.start() >= SERVED_KIND:
        return pair
    if not first.endswith(SECTOR_END):
        return ""
    return pair[:verb.start()] if verb.end() == len(pair) and verb.start() >= SHORTEST and pair.endswith(PAIR_HEADS, 0, verb.start()) else ""


COUNTED_MEMBER: Final = re.compile(r"、[\d.]+[^\d.，,；;。、：:]{1,4}$")  # 、15项 right before the noun
LIST_REACH: Final = 40  # how far back the member before is looked for


def after_counted_member(scan: str, pos: int, second: str) -> bool:
    """The count whose noun starts at ``pos`` is a 、 list member after one with a count of its own whose noun ends with the
    head ``second`` ends with and holds another word of it (办好20项市级重点民生实事、15项补短板事项和民生微实事: 实事, 民生):
    ``second``, joined by 和 and with no count, is a sibling of that member, no part of what the count counts (补短板事项,
    as the review's 18个补短板事项: audit 38, WH24#76; not …、30处城乡便利店和生鲜超市 nor 99件人大代表建议、296件政协提案和
    意见建议, one count of both)."""
    lo = max(0, pos - LIST_REACH)
    m = COUNTED_MEMBER.search(scan, max(lo, pos - 12), pos) if len(second) >= 4 else None
    if m is None or not scan.endswith(second[-2:], lo, m.start()):
        return False
    start = max(scan.rfind(c, lo, m.start()) for c in "，,；;。：:")
    member = scan[start + 1:m.start()]
    return any(c.isdigit() for c in member) and any(second[i:i + 2] in member for i in range(len(second) - 3))


SLOGAN_LENGTH: Final = 4  # 早开快投: two pairs of an adverb and a one-character verb


def _slogan(words: str) -> bool:
    """A slogan of manner (早开快投, 快建多投): four characters, the first and third adverbs of manner (data/name_words.csv kind slogan_adverb)."""
    adverbs = name_words("slogan_adverb")
    return len(words) == SLOGAN_LENGTH and words[0] in adverbs and words[2] in adverbs and words[1] not in adverbs and words[3] not in adverbs


def without_slogans(noun: str, members: list[str]) -> tuple[str, list[str]]:
    """A noun counted that ends in a slogan of manner whose 、 members after it are slogans too (927个省市县重点项目早开快投、
    快建多投: how the projects are pushed, audit 40 LY34, LY35): the noun before the slogan and no members, so the count is of
    省市县重点项目; ``noun`` and ``members`` otherwise."""
    if not members or len(noun) < SLOGAN_LENGTH + 2 or not _slogan(noun[-SLOGAN_LENGTH:]) or not all(_slogan(m) for m in members):
        return noun, members
    return noun[:-SLOGAN_LENGTH], []


def before_batches(members: list[str]) -> list[str]:
    """The 、 members after a counted noun up to the first that opens with a count of its own, an uncounted set (data/tables_words.json
    batch_words: 新增5个省级临床重点专科、一批市级临床重点专科): that member is a sibling the figure does not count, and so is each after it
    (spot audit 35 惠州 row 86)."""
    return next((members[:i] for i, m in enumerate(members) if m.startswith(_batches())), members)


NAME_BEFORE_SITE: Final = 2  # 北岸院区: a name of two characters or more before the campus word (院区 alone is a kind)


def before_named_sites(members: list[str]) -> list[str]:
    """The 、 members after a counted noun up to the first that names one site of its own (data/name_words.csv named_site after a
    name: 建成4家高端专科医院、莆田学院附属医院北岸院区): that campus or branch of one institution is a sibling with no number, not a
    second kind the count counts, and so is each member after it (held-out set 91 莆田 2022 row 77, fix174d)."""
    marks = name_words("named_site")
    return next((members[:i] for i, m in enumerate(members) if any(m.find(w, NAME_BEFORE_SITE) >= 0 for w in marks)), members)


@cache
def _batches() -> tuple[str, ...]:
    return tuple(read_json("tables_words.json")["batch_words"])
