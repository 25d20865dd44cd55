"""Names of counted flows (held-out set 78, fix157a): a flow verb right before the count (在全市新建13座垃圾中转站,
新修3处人行天桥, 培养150名以上全科医生) is what makes the count a flow, so it stays in the name (新建垃圾中转站数), as
新建高标准农田5万亩 keeps it (高标准农田新建面积); a work verb inside a name (…实施品质提升行动, …进行内部装修) and a
leading preposition (通过平台…) are no part of what is measured; and a noun written once after two counts (设施完善型和
精品示范型村庄, 第二批90个、7000余户老旧小区改造) or cut by 并 + verb (…设施并探索…) names each member.
Every rule changes only a name built from the noun right after the count: any other name was built on purpose.
Words: data/name_words.csv kinds ``kept_flow_verb``, ``dropped_work_verb``, ``name_lead_preposition``,
``attributive_end``, ``object_link`` and ``involved_verb``."""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from govreport.extract.goal_verbs import COUNTED  # 座, 户, 名: things counted
from govreport.lexicon import name_words, unit_field

AFTER_QUALIFIERS: Final = ("以上", "余", "多")  # 150名以上全科医生: between the count and its noun
NOUN_MOST: Final = 12  # a noun written once after the figures is short; a longer run is a clause
_BRACKETS: Final = str.maketrans("（）", "()")


def _noun_start(scan: str, t_end: int) -> int:
    """Where the noun after a count begins (past 以上/余)."""
    return next((t_end + len(q) for q in AFTER_QUALIFIERS if scan.startswith(q, t_end)), t_end)


def _bare_noun(name: str, unit: str) -> str:
    """The name without its unit's measure word ('' when it does not end with it)."""
    measure = unit_field(unit, "measure")
    if unit_field(unit, "kind") not in COUNTED or not measure or not name.endswith(measure) or len(name) <= len(measure):
        return ""
    return name[:-len(measure)]


def kept_flow_verb(name: str, scan: str, t_start: int, t_end: int, unit: str) -> str:
    """``name`` with the flow verb right before the count put first, when the name is the noun after the count."""
    noun = _bare_noun(name, unit)
    at = _noun_start(scan, t_end)
    tail = next((noun[i:] for i in range(len(noun) - 1) if scan.startswith(noun[i:], at)), "")  # 每个县(区)|省级百强中心镇
    verb = next((w for w in name_words("kept_flow_verb") if scan.endswith(w, 0, t_start)), "")
    bare = verb.translate(_BRACKETS)
    if not tail or not verb or bare in name or verb in name:
        return name
    return noun[:-len(tail)] + bare + tail + name[len(noun):]


def work_verbs_dropped(name: str, unit: str) -> str:
    """``name`` without a work verb inside it (农村公路实施品质提升行动长度: 农村公路品质提升行动长度) and without a
    leading preposition (通过平台对接发放贷款: 平台对接发放贷款)."""
    kind = unit_field(unit, "kind")
    for row in name_words("dropped_work_verb") if kind in COUNTED or kind == "length" else ():  # (先进行列: a rate's words)
        verb, _, needs = row.partition("…")
        at = name.find(verb, 2)
        if at > 0 and (not needs or needs in name[at + len(verb):]) and len(name) - len(verb) >= 4:
            name = name[:at] + name[at + len(verb):]
    if kind in COUNTED:
        return name  # 通过省级验收: a count's 通过 is the verb pass, not a preposition
    lead = next((w for w in name_words("name_lead_preposition") if name.startswith(w)), "")
    return name[len(lead):] if lead and len(name) - len(lead) >= 4 else name


@cache
def _pair_after() -> re.Pattern[str]:
    """X型和N个Y型Z: a second member and the head noun both members share."""
    ends = "".join(name_words("attributive_end"))
    return re.compile(f"([\u4e00-\u9fff]{{1,8}}[{ends}])和[0-9.]+(?:余|多)?[\u4e00-\u9fff]?[\u4e00-\u9fff]{{1,8}}[{ends}]"
                      f"([\u4e00-\u9fff]{{2,6}})(?=[，。；,;])")


_FIGURE_AFTER: Final = re.compile("、(?:约|近)?[0-9][0-9.]*(?:余|多)?")


def _noun_after_figures(scan: str, t_end: int) -> str:
    """、7000余户老旧小区改造 (to the clause's end): the noun written once after a run of counts ('' when none)."""
    figure = _FIGURE_AFTER.match(scan, t_end)
    if figure is None:
        return ""
    at = figure.end()
    unit = next((scan[at:at + n] for n in (2, 1) if unit_field(scan[at:at + n], "kind") in COUNTED), "")
    noun = re.match(f"[\u4e00-\u9fff]{{2,{NOUN_MOST}}}(?=[，。；,;])", scan[at + len(unit):at + len(unit) + NOUN_MOST + 1]) if unit else None
    if noun is None or noun.group(0).startswith(("以上", "左右", *AFTER_QUALIFIERS)):
        return ""
    return noun.group(0)


def shared_head(name: str, scan: str, t_end: int, unit: str) -> str:
    """``name`` with the head noun written once after the last member (设施完善型和30个精品示范型村庄:
    设施完善型村庄; 第二批90个、7000余户老旧小区改造: 第二批老旧小区改造), and an object cut at 并 + verb ended there."""
    noun = _bare_noun(name, unit)
    if not noun:
        return name
    measure = name[len(noun):]
    pair = _pair_after().match(scan, t_end)
    if pair and noun.endswith(pair.group(1)) and pair.group(2) not in noun:
        return noun + pair.group(2) + measure
    run = _noun_after_figures(scan, t_end)
    if run and run not in noun:
        return noun + run + measure
    link = next((w for w in name_words("object_link") if noun.endswith(w)), "")
    if link and len(noun) > len(link) + 2 and noun[-len(link) - 2:] in scan[t_end:t_end + NOUN_MOST + 3]:
        return noun[:-len(link)] + measure  # 区域性养老服务设施并探索…: 区域性养老服务设施数
    return name


def involved_count(name: str, scan: str, t_start: int, t_end: int, unit: str) -> str:
    """涉及5600户住户的城镇老旧小区内道路…: the households the compounds hold (城镇老旧小区涉及住户数), not 住户数."""
    verb = next((w for w in name_words("involved_verb") if scan.endswith(w, 0, t_start)), "")
    held = re.match("([\u4e00-\u9fff]{1,3})的", scan[t_end:t_end + 4])
    if not _bare_noun(name, unit) or not verb or held is None or not name.startswith(held.group(1)):
        return name
    after = t_end + held.end()
    whole = re.match(f"[\u4e00-\u9fff]{{2,{NOUN_MOST}}}?(?=[内中里、，。；等])", scan[after:after + NOUN_MOST + 1])
    return whole.group(0) + verb + name if whole else name
