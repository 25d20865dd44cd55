"""Leads a name lost to the words around its figure (spot audit 36, round 89): the namer names a figure from its own
clause or bracket, so a head said just before a bracket, a verb before a year of a batch, or the head noun a pair of
counts shares after its second member is not in the name.

- a rate in a bracket that adjusts the rate before it (一般公共预算支出增长1.5%（剔除增发国债影响因素同口径增长5%以上）)
  is a rate of that measure: 一般公共预算支出剔除增发国债影响因素同口径增长; the adjusting words: data/name_subjects.json
  ``bracket_adjust_words``;
- a rate after a level with an adjusted level in brackets (一般公共预算收入71.38亿元（剔除留抵退税因素后86.23亿元），可比增长
  7.17%) is the subject's growth: 一般公共预算收入增长 (the bracket and 可比/同口径 say on what basis, no other measure);
  so is a rate after such a level whose clause opens with the adjustment inline (市一般公共预算收入766亿元，扣除留抵退税因素后
  增长4.1%: 一般公共预算收入增长, audit 42 Dongguan G2), and a rate after that one on the unadjusted basis (…，扣除留抵退税
  因素后增长15.4%，按自然口径计算增长2.1%: data/name_subjects.json ``natural_basis_words``; audit 44 儋州 G9);
  a rate whose clause right after the level opens with a basis word (地方一般公共预算收入78.3亿元，按可比口径增长7.2%:
  data/name_subjects.json ``inline_basis_words``; held-out set 58, fix128d) is the subject's growth too;
- a count after a verb and the year of its batch (启动2024年度37个新能源项目) keeps the verb: 启动新能源项目数;
- the first of N个A及M个B项目 (加快5个BDO一体化及8个下游深加工项目建设) is a count of A projects: BDO一体化项目建设数;
- a bare count of 攻坚任务 is of the campaign (X攻坚战) its paragraph fights (深入打好污染防治攻坚战。…，实施攻坚任务942项:
  实施污染防治攻坚任务数); the verbs that open a campaign: data/name_subjects.json ``campaign_verbs``.
"""
from __future__ import annotations

import re
from typing import Final
from functools import cache

from govreport.extract.predicates import count_verb_source
from govreport.extract.scanner import Token
from govreport.lexicon import name_subjects

HAN = "\u4e00-\u9fff"


TASKS = "攻坚任务"


@cache
def _campaign() -> re.Pattern[str]:
    verbs = "|".join(map(re.escape, name_subjects()["campaign_verbs"]))
    return re.compile(f"(?:{verbs})([{HAN}“”]{{2,10}}?)攻坚战")


def campaign_task(name: str, scan: str, t: Token) -> str:
    """``name`` of a bare count of 攻坚任务 (its name opens with a verb or with 攻坚) with the campaign its paragraph
    fights; else ``name``."""
    at = name.find(TASKS)
    if at < 0 or (at > 0 and name[:at] not in name_subjects()["campaign_task_verbs"]):
        return name
    found = [m for m in _campaign().finditer(scan, scan.rfind("\n", 0, t.start) + 1, t.start)]
    if not found:
        return name
    return name[:at] + found[-1].group(1).replace("“", "").replace("”", "") + name[at:]


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    adjust = "|".join(map(re.escape, name_subjects()["bracket_adjust_words"]))
    before = re.compile(f"(?<![{HAN}])([{HAN}]{{2,14}}?)(?:增长|下降)[\\d.]+%[（(](?:{adjust})[^（）()]*$")
    year_verb = re.compile(f"({count_verb_source()})\\d{{4}}年度?$")
    paired = re.compile(f"([{HAN}A-Za-z]{{2,12}}?)[及和、]\\d+个([{HAN}]{{2,12}}?)(项目|工程)")
    return before, year_verb, paired


def bracket_head(name: str, scan: str, lo: int, t: Token) -> str:
    """``name`` of a rate in a bracket that adjusts the rate before it, with that rate's measure; else ``name``."""
    if t.unit != "%" or ("（" not in scan[max(lo - 40, 0):t.start] and "(" not in scan[max(lo - 40, 0):t.start]):
        return name
    found = _patterns()[0].search(scan, max(t.start - 80, 0), t.start)
    if found is None or found.group(1) in name:
        return name
    return found.group(1) + name


@cache
def _adjusted() -> re.Pattern[str]:
    adjust = "|".join(map(re.escape, name_subjects()["bracket_adjust_words"]))
    leads = "|".join(map(re.escape, name_subjects()["pair_leads"]))
    inline = "|".join(map(re.escape, name_subjects()["inline_basis_words"]))
    basis = f"(?:[（(](?:{adjust})[^（）()]*[）)][，,]?|[，,](?:{adjust})[^，,。；（）()]{{1,16}}?因素后|[，,](?=(?:{inline})(?:增长|下降)))"  # bracketed, inline 扣除…因素后, or a basis word opening the change's clause
    natural = "|".join(map(re.escape, name_subjects()["natural_basis_words"]))
    second = f"(?:(?:增长|下降)[\\d.]+%[，,](?:{natural}))?"  # the same change again on the unadjusted basis
    return re.compile(f"(?<![{HAN}])(?:{leads})?([{HAN}]{{2,14}}?)(?:为|达到|达|完成|实现)?[\\d.]+[万亿]*元{basis}(?:可比|同口径|同比|{inline})?{second}(增长|下降)$")


def adjusted_growth(name: str, scan: str, lo: int, t: Token) -> str:
    """``name`` of a rate right after a level whose bracket gives it adjusted (一般公共预算收入71.38亿元（剔除留抵退税因素后
    86.23亿元），可比增长7.17%; or inline: 市一般公共预算收入766亿元，扣除留抵退税因素后增长4.1%; or with a basis word opening the
    change's clause: 地方一般公共预算收入78.3亿元，按可比口径增长7.2%, held-out set 58 fix128d): the level's subject (less a verb of the
    level: 一般公共预算收入完成229亿元，同口径增长7%), less a lead such as 全市 (data/name_subjects.json ``pair_leads``), and
    the change (一般公共预算收入增长); else ``name``."""
    if t.unit != "%":  # (before the slice: most figures)
        return name
    near = scan[max(t.start - 8, 0):t.start]
    if not any(c in "）)" for c in near) and "因素后" not in near and not any(w in near for w in name_subjects()["basis_gate_words"]):
        return name
    found = _adjusted().search(scan, max(t.start - 90, 0), t.start)
    return name if found is None or _estimate_only(found.group(1)) else _less_verb(found.group(1)) + found.group(2)


def _less_verb(subject: str) -> str:
    """``subject`` less a leading 完成/实现 (完成地方一般公共预算收入16.27亿元，自然口径增长1%: the revenue's growth, named as the
    review's other figures of the revenue are; held-out set 67 迪庆 row 3, fix141c), and an estimate or period word before it
    (预计全年实现地区生产总值…，按照可比口径增长: 地区生产总值增长, as the level is named; held-out set 87, fix170a)."""
    bare = subject
    for lead in name_subjects()["estimate_leads"]:
        bare = bare.removeprefix(lead)
    bare = bare.removeprefix("完成").removeprefix("实现")
    return bare if len(bare) >= 2 else subject


def _estimate_only(subject: str) -> bool:
    """Whether the level's subject found is only an estimate or period word and a verb (预计全年完成27.5亿元: 预计全年, data/
    name_subjects.json ``estimate_leads``): no subject, so the namer's own name stands (held-out set 63 陇南 row 5)."""
    for lead in name_subjects()["estimate_leads"]:
        subject = subject.removeprefix(lead)
    return len(subject.removeprefix("完成").removeprefix("实现")) < 2


def _after_year(scan: str, end: int) -> bool:
    """Whether ``scan[:end]`` ends with 年 or 度 (before one newline at most): the year pattern of ``verb_before_year`` ends
    so (``$`` matches before a last newline too), and few figures follow a year, so most skip its search of the clause."""
    if scan[end - 1:end] == "\n":
        end -= 1
    return end > 0 and scan[end - 1] in "年度"


def verb_before_year(name: str, scan: str, lo: int, t: Token) -> str:
    """``name`` of a count after a verb and its batch's year (启动2024年度37个新能源项目) with the verb; else ``name``."""
    if not _after_year(scan, t.start):
        return name
    found = _patterns()[1].search(scan, max(lo - 12, 0), t.start)
    if found is None or name.startswith(found.group(1)):
        return name
    return found.group(1) + name


def _paired_gate(scan: str, end: int) -> bool:
    """Whether the paired pattern can match at ``end``: its 及/和/、 comes 2 to 12 characters on, before a digit."""
    for i in range(end + 2, min(end + 13, len(scan) - 1)):
        if scan[i] in "及和、" and scan[i + 1].isdecimal():
            return True
    return False


def shared_project(name: str, scan: str, t: Token) -> str:
    """``name`` of the first count of N个A及M个B项目 with the head noun (项目/工程) both share, unless A ends with a head of
    its own (data/name_subjects.json ``own_heads``: 设施, 工程) or B counts A's first noun again; else ``name``."""
    if t.unit != "个" or not _paired_gate(scan, t.end):
        return name
    found = _patterns()[2].match(scan, t.end)
    if found is None or found.group(3) in name or not name.startswith(found.group(1)) or found.group(2)[:2] == found.group(1)[:2] \
            or found.group(1).endswith(tuple(name_subjects()["own_heads"])):
        return name  # (200个小区…和400个小区…项目: a count of 小区; 1个殡葬服务设施、2个公墓项目: a facility of its own)
    cut = len(found.group(1))
    return name[:cut] + found.group(3) + name[cut:]


REACH_ONLY: Final = re.compile(r"达到|达|增至|增加到")  # the verb alone between a year's additions and the total they bring


def reached_stock(prev_name: str, clause: str, same_unit: bool) -> str:
    """The name of a count reached right after a count of what was added in the year (新认定高新技术企业75家达到169家: the firms
    there are, 高新技术企业, the stock a target 高新技术企业达到200家 takes as baseline): the added count's name without its
    adding word (data/name_subjects.json ``reached_flow_leads``); '' otherwise (held-out set 65 昌吉 row 6)."""
    if not same_unit or not REACH_ONLY.fullmatch(clause):
        return ""
    lead = next((w for w in name_subjects()["reached_flow_leads"] if prev_name.startswith(w)), "")
    return prev_name[len(lead):] if lead and len(prev_name) - len(lead) >= 2 else ""
