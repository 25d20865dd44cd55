"""Words left in a figure's name by the earlier steps that name something else than the figure measures (held-out
audit 77): a clause-opening verb before the subject (持续壮大…产业营业收入, 推动…机场旅客吞吐量), the first member's
verb carried into the second member's name (新开工棚户区改造2.5万套、基本建成1.5万套: 棚户区基本建成数, not
新开工棚户区基本建成数), a rate's name taken as the next figure's subject (农产品加工转化率70%以上，产值突破…: 农产品加工产值),
a bare 覆盖率 after a clause that adds a counted thing (新建…规范化社区59个，覆盖率达到65%以上: 规范化社区覆盖率), and an
amount named by its action alone (处置不良贷款100亿元: 不良贷款处置额).
Word lists: data/name_words.csv kinds opening_verb, paid, amount_verb."""
from __future__ import annotations

import re
from typing import Final

from govreport.extract.indicators import GENERIC
from govreport.extract.member_coverage import COUNTED_BEFORE
from govreport.extract.predicates import count_verb, verb_chain
from govreport.lexicon import name_words, verbs

RATE_TAIL: Final = re.compile(r"[\u4e00-\u9fff]{2}率$")  # a rate's own word (转化率, 覆盖率): what is left before it is the subject
BARE_RATE_CLAUSE: Final = re.compile(r"[，,](?:[\u4e00-\u9fff]{0,2}?)覆盖率(?:达到|达|提高到|提升到|提高至|提升至)?$")  # ，覆盖率达到: a rate with no subject of its own
QUOTES: Final = re.compile(r"[“”\"‘’'「」『』《》]")
GENERIC_AFTER_RATE: Final = ("产值", "总产值", "规模", "总量", "收入", "营业收入")  # what a rate's subject has besides the rate


def without_opening_verb(name: str, own: str) -> str:
    """``name`` without a verb opening an earlier clause before its subject (data/name_words.csv kind opening_verb:
    持续壮大食品饮料产业…，确保实现营业收入 -> 食品饮料产业营业收入): how the work is pushed, no word of what is measured;
    kept when the figure's own words ``own`` say it (接续推动3万山区农民下山集聚: what is done to the counted) or three
    characters or fewer would be left."""
    lead = next((w for w in name_words("opening_verb") if name.startswith(w)), "")
    return name[len(lead):] if lead and lead not in own and len(name) - len(lead) > 3 else name


def without_first_verb(name: str, previous: str, own: str) -> str:
    """The second member of 「V1 X a、V2 b」 (or 「V1 X a，V2 b」) named X + V2: ``name`` without the verb ``previous`` (the
    member before's name) opens with, when ``own`` (the figure's own words before it) says a verb of its own and not V1
    (开工建设老旧小区改造项目486个，完成277个: 老旧小区改造项目完成数); ``name`` otherwise."""
    if not previous or not own or not name:
        return name
    first = verb_chain().match(previous)
    if first is None or first.end() < 3 or not name.startswith(first.group()) or first.group() in own:
        return name
    opened = own.lstrip("、，, ")
    if not opened or count_verb(False).match(opened) is None and not any(opened[:n] in verbs() for n in (2, 3, 4)) \
            and not opened.startswith(("基本", "全面")):
        return name  # (no verb of its own: the member shares V1; V1 of two characters, 签约…500个，落地300个: kept, as the review names it)
    rest = name[first.end():]
    own_verb = opened[2:4] if opened.startswith(("基本", "全面")) else opened[:2]
    return rest if len(rest) >= 4 and rest[:2] not in opened[:4] and own_verb in rest else name  # (X + V2: the member's verb in it)


def without_rate_subject(name: str, previous: str) -> str:
    """A generic measure (产值) after a rate in the same sentence named by the rate's subject, not the rate
    (农产品加工转化率70%以上，产值突破2000亿元: 农产品加工产值, not 农产品加工转化率产值)."""
    if not previous.endswith("率") or not name.startswith(previous):
        return name
    tail = name[len(previous):]
    if tail not in GENERIC_AFTER_RATE or not (rate := RATE_TAIL.search(previous)) or rate.start() < 2:
        return name
    return previous[:rate.start()] + tail


def bare_coverage(name: str, scan: str, sentence_start: int, lo: int) -> str:
    """A bare 覆盖率 in a clause of its own after a clause that adds a counted thing (新建…规范化社区59个，覆盖率达到65%以上):
    that thing's coverage (规范化社区覆盖率); ``name`` otherwise."""
    if name != "覆盖率" or lo <= sentence_start + 2 or scan[lo - 1:lo] not in "，,":
        return name
    opened = max(max(scan.rfind(c, sentence_start, lo - 1) for c in "，,；;。：:") + 1, sentence_start)
    before = QUOTES.sub("", scan[opened:lo - 1])
    verb = count_verb(False).search(before)
    counted = COUNTED_BEFORE.search(before, verb.end()) if verb else None
    if verb is None or counted is None:
        return name
    noun = counted.group(1)
    return noun + name if len(noun) >= 2 and noun not in GENERIC else name


def amount_named(name: str) -> str:
    """An amount of money named by its action alone gets 额 (data/name_words.csv kinds paid, amount_verb): after the verb
    when the name ends with it (创业担保贷款发放 -> 创业担保贷款发放额), and with the object first when the verb opens the
    name (处置不良贷款 -> 不良贷款处置额); ``name`` otherwise."""
    acts = name_words("paid") + name_words("amount_verb")
    if len(name) < 4 or name.endswith("额"):
        return name
    if name.endswith(acts):
        return name + "额"
    lead = next((v for v in acts if name.startswith(v)), "")
    rest = name[len(lead):]
    if lead and (more := next((v for v in acts if rest.startswith(v)), "")):
        lead, rest = lead + more, rest[len(more):]  # 清收处置不良资产: 不良资产清收处置额
    if lead and len(rest) >= 2 and count_verb(False).search(rest) is None and rest.endswith(("贷款", "债务", "欠款", "账款", "资产")):
        return rest + lead + "额"
    return name


def leftovers_free(name: str, scan: str, sentence_start: int, lo: int, t_start: int, money: bool,
                   previous: tuple[str, int] | None) -> str:
    """``name`` through the steps above; ``previous`` is the name and end of the figure before in the same sentence;
    ``money`` is true for a target's amount only (a review's 发放 names are kept as written: the answer key's)."""
    name = without_opening_verb(name, scan[lo:t_start])
    if previous is not None and previous[0]:
        gap = scan[previous[1]:lo]
        if len(gap) <= 4 and all(c in "、，,以上左右" for c in gap):  # the member right before (、 or ，)
            name = without_first_verb(name, previous[0], scan[lo:t_start])
        name = without_rate_subject(name, previous[0])
    name = bare_coverage(name, scan, sentence_start, lo)
    return amount_named(name) if money else name
