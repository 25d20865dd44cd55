"""The purpose a payer's amount is for, where its name says only who pays (中央财政) or what raises it (筹措): the purpose
the sentence states before or after the amount, for the ``SubjectMender`` (name_subjects.py). Word lists: data/name_subjects.json."""
from __future__ import annotations

import re
from functools import cache

from govreport.report.chars import last_of
from govreport.extract.name_tails import BREAKS, HAN, _alt, _data, _words
from govreport.extract.scanner import Token
from govreport.lexicon import unit_field


# 中央财政将安排832亿元，比上年增加167亿元，支持卫生事业改革和发展: the purpose after the amount (and its change);
# 安排109亿元资金支持再就业 (the fund noun and no comma); 还将安排150亿元，增加对产粮大县的转移支付 (to whom: 对…)
@cache
def _purpose_after() -> re.Pattern[str]:
    return re.compile(f"(?:左右|以上)?(资金)?(?:[，,](?:比上年|比去年|较上年)[^{BREAKS}]{{0,12}})?[，,]?"
                      f"(?:{_alt('purpose_verbs')})([{HAN}“”]{{2,20}})(?=[{BREAKS}]|$)")


# 为加快社会保障体系建设，今年中央财政将安排2762亿元: the purpose opening the sentence (为继续落实“两个确保”…，
# 2003年中央财政支出700亿元: the verbs before it, data/name_subjects.json purpose_before_verbs)
@cache
def _purpose_before() -> re.Pattern[str]:
    return re.compile(f"为(?:了)?(?:{_alt('purpose_before_verbs')})?([{HAN}“”]{{2,14}})[，,]")


def _earmark(scan: str, end: int, name: str) -> str | None:
    """The purpose right after a debt instrument's amount, no fund noun or comma between (超长期特别国债3000亿元支持消费品以旧换新:
    消费品以旧换新; ``earmarked_instruments``); None if none."""
    if not name.endswith(_words("earmarked_instruments")) or (aim := _purpose_after().match(scan, end)) is None \
            or aim.group(1) or "，" in aim.group(0) or "," in aim.group(0):
        return None
    return aim.group(2).replace("“", "").replace("”", "")


def earmarked(scan: str, end: int, name: str) -> bool:
    """A debt instrument's amount named with what it is earmarked for (消费品以旧换新超长期特别国债): a part of the
    instrument's total, keyed with none (the key would set it beside the 1.3万亿元 issued in all)."""
    return (aim := _earmark(scan, end, name[-12:])) is not None and name.startswith(aim)


def purpose_named(name: str, clause: str) -> bool:
    """A payer's amount named with a purpose its clause does not state (为继续落实“两个确保”…，2003年中央财政支出700亿元:
    中央财政两个确保和三条保障线支出): its key is its name's alone, not the clause's (财政支出, the whole budget)."""
    if not name.endswith(_words("payer_spending_tails")):  # the cheap test first: most names are no spending
        return False
    payer = next((w for w in _words("payers") if name.startswith(w)), "")
    return bool(payer) and len(name) > len(payer) + 4 and name[len(payer):len(payer) + 2] not in clause


def aim_before(scan: str, sentence_start: int, start: int) -> str:
    """The aim a 为… clause opening the sentence states (为支持农村税费改革，今年中央财政拿出396亿元用于转移支付:
    农村税费改革), without quotes; '' if none."""
    aim = _purpose_before().match(scan, sentence_start, start)
    return aim.group(1).replace("“", "").replace("”", "") if aim else ""


# 继续实施第二期农村中小学危房改造，中央财政将投入60亿元: the task the sentence opens with, right before the amount's clause
@cache
def _purpose_task() -> re.Pattern[str]:
    return re.compile(f"(?:{_alt('purpose_task_verbs')})([{HAN}“”]{{4,16}})[，,](?=[^{BREAKS}]*$)")


# 为保证基层政权正常运转和农村义务教育的需要，…国家财政将每年安排支出1030多亿元: the need opening the sentence
PURPOSE_NEED = re.compile(f"为(?:了)?(?:保证|保障|满足)([{HAN}“”]{{2,24}}?)的需要[，,]")

SOURCE = re.compile(f"[{HAN}]{{0,4}}从([{HAN}]{{2,10}})中")  # 国家从粮食风险基金中(拿出): the fund the money comes from


def _payer_and_tail(name: str) -> tuple[str, str] | None:
    """(payer, spending words after it) of a name that is a payer alone (中央财政), a payer and its yearly
    spending (国家财政每年支出), or the fund it is taken from (国家从粮食风险基金中: 粮食风险基金); None otherwise."""
    if name in _words("payers"):
        return name, ""
    if name.endswith("中") and (source := SOURCE.fullmatch(name)) is not None:
        return source.group(1), ""
    tail = next((w for w in _words("payer_spending_tails") if name.endswith(w)), "")
    return (name[:-len(tail)], tail) if tail and name[:-len(tail)] in _words("payers") else None


def payer_purpose(scan: str, sentence_start: int, t: Token, name: str) -> str | None:
    """A money amount named by its payer alone (中央财政) takes the purpose the sentence states, after
    the amount with 支持/用于/增加 (重点支持 …) or before it with 为 opening the sentence (audit 12 N08#15, #16), also
    为保证X的需要 (unseen audit 14: 国家财政每年支出 takes X too, a payer and its yearly spending); a fund
    noun written right after the amount (安排30亿元建设资金，支持…) takes the purpose after it, before
    the noun (audit 13 N05#10-#12); None if none."""
    if unit_field(t.unit, "kind") != "money":
        return None
    if (payer := _payer_and_tail(name)) is not None:
        found = _purpose_after().match(scan, t.end) or PURPOSE_NEED.match(scan, sentence_start, t.start) \
            or _purpose_before().match(scan, sentence_start, t.start) or _purpose_task().match(scan, sentence_start, t.start)
        if found is None:
            return None
        purpose = found.group(found.lastindex or 1).replace("“", "").replace("”", "")  # a name keeps no quotes
        fund = "资金" if found.re is _purpose_after() and found.group(1) else ""
        return payer[0] + purpose + payer[1] + fund
    if (aim := _earmark(scan, t.end, name)) is not None:
        return aim + name  # 安排超长期特别国债3000亿元支持消费品以旧换新
    if name in _words("period_names") and (verb := next((v for v in _words("raising_verbs") if scan.endswith(name + v, 0, t.start)), "")):
        name = verb  # 每年安排1000万元支持X: the period word names nothing, the verb's purpose does (held-out set 84 延边, fix165d)
    if (raised := raised_purpose(scan, t, name)) is not None:
        return raised
    if name.endswith(_words("fund_nouns")) and len(name) <= 4 and scan.startswith(name, t.end) \
            and (after := _purpose_after().match(scan, t.end + len(name))) is not None and not after.group(1):
        return after.group(2) + name  # 安排30亿元建设资金，支持国有煤矿安全技术改造: 国有煤矿安全技术改造建设资金
    return None


# 筹措7亿元实施就业惠民工程 / 安排30亿元，用于…: the purpose after a raised amount, up to the clause end
@cache
def _raised_for() -> re.Pattern[str]:
    return re.compile(f"(?:左右|以上|多)?(?:资金)?[，,]?(?:{_alt('raised_purpose_verbs')})([{HAN}“”]{{2,20}})(?=[{BREAKS}]|$)")


def raised_purpose(scan: str, t: Token, name: str) -> str | None:
    """A money amount named only by the verb raising it (筹措), or by that verb after a programme of the clause
    before (暖心民政筹措), takes the purpose after it (筹措7亿元实施就业惠民工程: 就业惠民工程资金); a payer
    before the verb, or words of the amount's own clause (五年累计投入), are kept, a programme of the clause before is not;
    a verb that is a fund noun (投入) closes the name as itself; None if the name is no such verb, no purpose follows or the name
    already names its fund with a topic (市本级科技资金投入: what it supports is its use; a bare 资金 names none)."""
    verb = next((v for v in _words("raising_verbs") if name.endswith(v)), "")
    if not verb or (found := _raised_for().match(scan, t.end)) is None or found.group(1) in name or (len(name) - len(verb) >= 4 and name[:-len(verb)].endswith(_words("fund_nouns"))):
        return None  # (五年累计投入16.54亿元用于老旧城区…建设: named with its purpose already; 投入市本级科技资金2000万元，重点支持…: the fund named, spot 38)
    prefix = name[:-len(verb)]
    own = scan[max(last_of(scan, BREAKS, t.start), 0):t.start]  # the amount's own clause
    prefix = prefix if prefix in _words("payers") or (prefix and prefix in own) else ""
    purpose = found.group(1).replace("“", "").replace("”", "")
    for tail, cut in _data()["raised_purpose_trims"].items():
        purpose = purpose[:-len(tail)] + cut if purpose.endswith(tail) else purpose
    return prefix + purpose + (verb if verb in _words("fund_nouns") else "资金")
