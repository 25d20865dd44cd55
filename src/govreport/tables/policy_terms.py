"""The terms of a support measure (docs/assumptions.md#what-is-not-a-target, audit 47): a rate or a cap the government pays
(给予最高10%…补贴, 按照LPR的35%给予…贴息, 按70%比例给予风险分担, 最高1亿元人民币奖励) sizes one payment, no figure to reach;
a total paid in the year (发放补贴资金1.2亿元) has no such lead and stays a target; an amount after a payment word once a clause
has given that payment to a count of people (对1000名…给予资助，…一次性补助1万元) is each one's standard. Words: tables_words.json policy_terms."""
from __future__ import annotations

import re
from functools import cache

from govreport.lexicon import trie_pattern, unit_field
from govreport.tables.figures import Figure, words
from govreport.tables.scoping_figures import own_clause_after


@cache
def _leads() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A rate lead (给予, 按照…的) and a cap lead (最高, 不超过; 最高给予) closing the text before a figure."""
    w = words()["policy_terms"]
    return (re.compile(rf"(?:{trie_pattern(w['rate_leads'])})[^，,；;。\d]{{0,8}}?$"),
            re.compile(rf"(?:{trie_pattern(w['cap_leads'])})(?:{trie_pattern(w['cap_verbs'])})?$"))


@cache
def _capped_payment() -> re.Pattern[str]:
    """A cap lead, then the payment word, right before the amount (最高奖励1000万元): one payment's cap (held-out set 72)."""
    w = words()["policy_terms"]
    return re.compile(rf"(?:{trie_pattern(w['cap_leads'])})(?:{trie_pattern(w['cap_verbs'])})?(?:{trie_pattern(w['payments'])})$")


@cache
def _paid_each() -> re.Pattern[str]:
    """分别/各 (给予) then the payment word, then the schedule's amounts so far, right before the amount (分别奖励2000万元、
    1000万元和200万元): what each class of payee gets, a schedule (held-out set 76 蚌埠 row 53, fix155d)."""
    w = words()["policy_terms"]
    return re.compile(rf"(?:分别|各)(?:给予)?(?:{trie_pattern(w['payments'])})(?:[\d.]+[万亿]?元[、和及])*$")


def _whole_clause(before: str) -> str:
    """The text before a figure back to its clause's start, a 、 list in it kept (clause_before stops at 、)."""
    return before[max(before.rfind(m) for m in "，,；;。：:") + 1:]


def policy_term(fig: Figure) -> bool:
    """A share after 给予/按/按照(…的)/最高, or an amount after 最高/不超过, with a payment word (补贴, 贴息, 奖励, 风险分担)
    later in its clause: what one payment is worth, not a goal (给予最高2000万元贴息支持; not 发放补贴资金1.2亿元)."""
    kind = unit_field(fig.unit, "kind")
    if kind not in ("share", "money") and fig.unit != "%":
        return False
    rate_lead, cap_lead = _leads()
    before = fig.clause_before
    if kind == "money" and (per_head_standard(fig) or _capped_payment().search(before) or _paid_each().search(_whole_clause(fig.before))
                            or per_head_grant(fig)):
        return True  # 最高奖励1000万元: the cap of one reward (held-out set 72 济宁)
    if not (cap_lead.search(before) or fig.unit == "%" and rate_lead.search(before) or graded_band(fig, rate_lead)):
        return False
    return any(p in own_clause_after(fig)[:24] for p in words()["policy_terms"]["payments"])


def graded_band(fig: Figure, rate_lead: re.Pattern[str]) -> bool:
    """A band of money after 给予 (分档给予3000元至2万元的助学奖励, held-out set 63 白城, fix136b): the grades one payment
    is paid at, as a cap is; a single total given (给予…补贴资金1.2亿元) has no band and stays a target."""
    return unit_field(fig.unit, "kind") == "money" and fig.value_high is not None and rate_lead.search(fig.clause_before) is not None


@cache
def _grant_to_people() -> re.Pattern[str]:
    """A count of people given a payment in a clause of its own (对1000名困难家庭子女…给予资助，)."""
    w = words()["policy_terms"]
    return re.compile(rf"\d(?:{trie_pattern(w['grantee_units'])})[^，,；;。]*?给予(?:{trie_pattern(w['payments'])})[，,；;]")


def per_head_standard(fig: Figure) -> bool:
    """An amount right after a payment word (补助1万元) in a sentence whose earlier clause gives that payment to a count of
    people (对1000名…子女…给予资助，录取到本科院校的一次性补助1万元、专科院校补助8000元): what each person gets, a
    standard, not a total to pay (spot 36 fix90c; a total names its 资金 and stays a target)."""
    if not fig.before.endswith(tuple(words()["policy_terms"]["payments"])):
        return False
    return _grant_to_people().search(fig.sentence[:fig.rel_start]) is not None


@cache
def _per_head_grant() -> re.Pattern[str]:
    """A verb of granting, 每人/每户 and a pay period right before the amount (给予每人每月)."""
    w = words()["per_head_grants"]
    return re.compile(rf"(?:{trie_pattern(w['verbs'])})(?:{trie_pattern(w['heads'])})(?:{trie_pattern(w['periods'])})?$")


def per_head_grant(fig: Figure) -> bool:
    """给予每人每月50元的护理补贴: the amount each recipient is granted, closing on (的) a payment word, a policy term
    (held-out set 82 九江 row 71, fix162c); 发放补贴资金1.2亿元 names no head and stays a target."""
    if not _per_head_grant().search(fig.clause_before):
        return False
    rest = own_clause_after(fig).removeprefix("的")
    return any(rest.startswith(p, k) for p in words()["policy_terms"]["payments"] for k in range(0, 5))
