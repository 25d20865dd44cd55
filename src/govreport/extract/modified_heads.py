"""The head a count's noun names when the words after the figure are only its modifiers before 的.

A count is of the head after 的, not of the words that describe it: 1所全区一流的优质初中 counts schools,
3-5家企业主导的创新联合体 innovation consortia, 40个以上市域领先、群众急需的临床重点学科 clinical disciplines
(a 、 pair of such modifiers before one 的 included; audit 54 YQ24#38, CZ24#138). The words that end such a
modifier are data (data/name_words.csv kind head_modifier_end), and so are the verbs that open one
(kind head_modifier_verb: 5个彰显屯堡文化元素的文旅项目 counts projects; spot audit 34).
"""
from __future__ import annotations

import re
from typing import Final

from govreport.extract.joined_titles import joined_title
from govreport.extract.post_nouns import noun_after
from govreport.lexicon import name_words

MODIFIER_REACH: Final = 10  # how long a second modifier after 、 may be (群众急需)
# a measure over an amount, then 的, between a count and its noun (年新增产值超2000万元的, 总投资超亿元的, 投资1亿元以上的)
OVER_AMOUNT: Final = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:(?:超过|超|达到|达|不低于)(?:[\d.]+[十百千万亿]*|[十百千万亿]{1,2})[\u4e00-\u9fff]{1,3}?(?:及以上|以上)?|(?:[\d.]+[十百千万亿]*|[十百千万亿]{1,2})[\u4e00-\u9fff]{1,3}?(?:及以上|以上))的")
KEPT_REACH: Final = 16  # the longest name a kept modifier and its head make (育繁推一体化现代渔业示范园区: 14)
COPULA: Final = "是"  # words after a count that say what the counted thing is (…开发区是…的主战场): no modifier
QUALIFIER_ROOM: Final = 3  # a qualifier between the figure and the modifier (40个以上市域领先)


# …的5个创新平台和10个龙头企业的研发平台: the count before 和 and the noun it counts
PAIRED_COUNT: Final = re.compile(r"[\d.]+([个家所项处座])([\u4e00-\u9fff]{2,10})和[\d.]+([个家所项处座])$")
PAIR_REACH: Final = 30  # how far before the figure the count it is paired with may start


def owned_like_sibling(scan: str, end: int, post: str) -> str:
    """The owner and the noun after 的 when the figure ending at ``end`` is joined by 和 to a count of the same counter whose
    noun ends as that noun does (5个创新平台和10个龙头企业的研发平台建设: 10个 counts 龙头企业研发平台建设, not firms; held-out
    set 57 梧州 row 56); '' otherwise."""
    at = scan.find(post, end, end + QUALIFIER_ROOM + len(post))
    pair = PAIRED_COUNT.search(scan, max(0, end - PAIR_REACH), end)
    if at != end or not scan.startswith("的", at + len(post)) or pair is None or pair.group(1) != pair.group(3):
        return ""
    owned = noun_after(scan, at + len(post))
    head = pair.group(2)[-2:]
    return post + owned if owned and head in owned and head not in post else ""


# modifiers that open with a verb right after a count, joined by 、, up to the 的 before the head they describe
VERB_MODIFIERS: Final = re.compile(r"(?:以上|及以上)?((?:[\u4e00-\u9fff“”]{2,16}、){0,2}[\u4e00-\u9fff“”]{2,16}?)的")


def _verb_modified_head(scan: str, end: int) -> str:
    """The head after 的 when the words right after a count are only verb-opened modifiers (data/name_words.csv kind
    head_modifier_verb), each of them so, joined by 、 (培育50个达到省级重点学科水平、具备…潜质的品牌学科): the count is
    of 品牌学科, not of a noun the clause before names (held-out set 72 济宁 row 100); '' otherwise."""
    m = VERB_MODIFIERS.match(scan, end)
    opens = name_words("head_modifier_verb")
    if m is None or not all(part.startswith(opens) for part in m.group(1).split("、")):
        return ""
    return noun_after(scan, m.end() - 1)


def head_after_modifiers(scan: str, end: int, post: str) -> str:
    """The noun after 的 when ``post``, the noun read after the figure ending at ``end``, is a modifier
    (ends with a head_modifier_end word) followed by 的, or by 、 and another such modifier and 的; else ``post``."""
    if not post:
        return _verb_modified_head(scan, end)
    if owned := owned_like_sibling(scan, end, post) or joined_title(scan, end, post):
        return owned  # (省级文化和旅游消费示范县（区）: one designation, fix146d)
    if post and (at := scan.find(post, end, end + len(post) + QUALIFIER_ROOM)) >= 0 and (over := OVER_AMOUNT.match(scan, at)) is not None and (head := noun_after(scan, over.end() - 1)):
        return scan[at:over.end() - 1] + head.rstrip("或和及与")  # 103个年新增产值超2000万元的市级新增长点项目: the projects of that class (fix146d)
    kept = name_words("head_modifier_kept")  # (育繁推一体化的现代渔业示范园区: a kind of park, kept in the name; fix146d)
    ends = name_words("head_modifier_end") + kept
    start = scan.find(post, end, end + len(post) + QUALIFIER_ROOM) if post.endswith(ends) or post.startswith(name_words("head_modifier_verb")) else -1
    if start < 0:
        return post
    at = start + len(post)
    if scan.startswith("、", at):
        m = re.compile(r"、([\u4e00-\u9fff]{2,%d}?)的" % MODIFIER_REACH).match(scan, at)
        if m is None or not (m.group(1).endswith(ends) or m.group(1).startswith(name_words("head_modifier_verb"))):  # (特色鲜明、具有较强竞争力的主导产业)
            return post
        at = m.end() - 1
    if not scan.startswith("的", at):
        return post
    head = noun_after(scan, at)
    if COPULA in post:
        return post  # 13个省级开发区是经济高质量发展的主战场: a predicate on the thing counted, no modifier of the head (fix151c)
    return (post + head if post.endswith(kept) and len(post) + len(head) <= KEPT_REACH else head) if head else post
