"""Names built from clause debris rather than the thing counted (fix170h, held-out set 88).

Why: the namer reads the words before a figure, so a figure standing between a verb and its object (再实现11万农村
贫困人口稳定脱贫, 解决50万农村居民饮水安全问题), after an adverb (又有12万…实现稳定脱贫), after 每年 alone (每年安排4亿元
实施…计划), or inside 实现75%行政村… / 快递覆盖75%的行政村 is named by debris (又, 每年, …实现, …比例) while the thing
counted stands after it. These rules read the object after the figure instead, so plan and review rows name alike. The people may be the count's own unit,
a scope of the people between the verb and the count (解决农村16.6万人饮水安全问题: 农村人口饮水安全问题解决人数, as the
review's 解决27.21万农村人口饮水安全问题, not the problem's people;
fix172f, audit 90 株洲 2016 row 11)."""
from __future__ import annotations

import re
from functools import cache

from govreport.lexicon import clause_breaks, qualifier_words, read_json, unit_field


@cache
def _words() -> dict:
    return read_json("clause_debris.json")


def _after(scan: str, t_end: int) -> str:
    """The words after the figure up to its clause's end."""
    stop, breaks = t_end, clause_breaks() + "\n"
    while stop < len(scan) and scan[stop] not in breaks and stop - t_end < 40:
        stop += 1
    return scan[t_end:stop]


def _people_object(before: str, after: str) -> str:
    """再实现11万农村贫困人口稳定脱贫 -> 农村贫困人口稳定脱贫人数; 又有12万X实现Y -> X+Y+人数; 解决N X饮水安全问题 ->
    X饮水安全问题解决人数: the people counted and the whole object, not the verb before the figure."""
    w = _words()
    lead = next((a for a in w["adverb_leads"] if before.endswith(a)), "")
    verb = next((v for v in w["object_verbs"] if before.endswith(v)), "")
    if not lead and not verb:
        return ""
    after = after.removeprefix(next((q for q in qualifier_words("after") if after.startswith(q)), ""))  # 80万以上人口在城镇落户
    m = re.match(r"(.{0,14}?(?:%s))(.+)$" % "|".join(map(re.escape, w["people_heads"])), after)
    if m is None or re.search(r"\d", after):
        return ""
    people, rest = m.group(1), m.group(2).removeprefix("的")  # 6000万农村人口的饮水安全问题
    if lead:
        verb = next((v for v in w["object_verbs"] if rest.startswith(v)), "")
        rest = rest[len(verb):]
    if not verb or not rest.endswith(tuple(w["object_ends"][verb])):
        return ""
    return people + rest + w["object_verbs"][verb] + "人数"


def _unit_people_object(clause: str, after: str) -> str:
    """解决农村16.6万人饮水安全问题 -> 农村人口饮水安全问题解决人数: a count in people (the unit names them) between an object
    verb and the object it closes with; a scope of people between the verb and the count (``people_scopes``: 农村) makes them
    that scope's 人口, as the review writes them (解决27.21万农村人口饮水安全问题), and any other words there none of this."""
    w = _words()
    for verb, ends in w["object_ends"].items():
        at = clause.rfind(verb)
        scope = clause[at + len(verb):] if at >= 0 else ""
        if at < 0 or scope and scope not in w["people_scopes"]:
            continue
        if after.endswith(tuple(ends)) and not re.search(r"\d", after) and not after.startswith("的"):
            return (scope + "人口" if scope else "") + after + w["object_verbs"][verb] + "人数"
    return ""


def _fund_object(indicator: str, scan: str, lo: int, t_start: int, t_end: int) -> str:
    """每年安排4亿元实施“…”培育计划: the programme's funds, not 每年 (每年/每月 alone is never a name)."""
    w = _words()
    if indicator not in w["each_alone"]:
        return ""
    after = _after(scan, t_end)
    use = next((u for u in w["fund_uses"] if after.startswith(u)), "")
    obj = after[len(use):]
    if not use or len(obj) < 2 or re.search(r"\d", obj):
        return ""
    return obj + ("安排资金" if "安排" in scan[lo:t_start] else "资金")


def _share_object(clause: str, after: str) -> str:
    """快递覆盖75%的行政村 -> 行政村快递覆盖率; 实现75%行政村集体经济年收入15万元以上 -> …以上比例: the share's whole
    stands after the rate."""
    w = _words()
    if clause.endswith("覆盖") and after.startswith("的") and 2 <= len(after) - 1 <= 12 and not re.search(r"\d", after):
        subject = re.sub(r"^[，,、；;\s]+", "", clause)
        return after[1:] + subject + "率" if 2 <= len(subject) <= 8 else ""
    if clause.endswith("实现") and not after.startswith(tuple(w["share_after_vetoes"])):
        whole = after.removeprefix("的")
        return whole + "比例" if whole.startswith(tuple(w["share_holders"])) and len(whole) >= 6 else ""
    return ""


def debris_free(indicator: str, scan: str, lo: int, t_start: int, t_end: int, unit: str) -> str:
    """``indicator`` with a name built from clause debris replaced by the thing counted after the figure."""
    before = scan[max(lo, t_start - 4):t_start]
    if not unit or unit_field(unit, "kind") == "people":
        if name := _people_object(before, _after(scan, t_end)) or (unit and _unit_people_object(scan[lo:t_start], _after(scan, t_end))):
            return name
    if unit == "%":
        if share := _share_object(scan[lo:t_start], _after(scan, t_end)):
            return share
        return indicator + "比例" if indicator.endswith("面积") and not indicator.startswith("占") else indicator  # (占播种面积: a 占 phrase already)
    return _fund_object(indicator, scan, lo, t_start, t_end) or indicator
