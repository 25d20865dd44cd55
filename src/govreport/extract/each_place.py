"""A count per place said once for a sentence's later figures (audit 40 LY50, LZ28): the namer reads a clause opening
with 各县 as 每个县 (各县重点培育打造1-2个特色产业: 每个县培育打造特色产业数), but the scope is lost

* by the next member of the same 、 list, which shares the first one's verb (…、1-2个重点镇: 每个县培育打造重点镇数;
  支持每个县区打造重点中心镇1个、特色产业镇2个: 每个县区特色产业镇数, spot audit 36 天水), and
* by the figure of the clause right after a clause that opens with (支持|推动|引导|鼓励)各县 and holds no figure
  (支持各县立足资源禀赋和产业基础，集中力量主攻1—2个…主导产业: 每个县主导产业数, not a city total).

Both give the figure's name the place it is per. So does a small amount every village of the territory is to reach
(全市行政村基本实现集体经济总收入30万元以上: 每个行政村集体经济总收入, a level per village, not the villages' total;
audit 41 LS71). Any other figure keeps its name."""
from __future__ import annotations

import re
from typing import Final

from decimal import Decimal

from govreport.extract.name_polish import EACH_PLACE
from govreport.extract.predicates import count_verb
from govreport.lexicon import name_subjects, name_words, qualifier_words, qualifiers, unit_field
from govreport.report.chars import is_ideograph

EACH_LEAD: Final = re.compile(r"(?:支持|推动|引导|鼓励|指导)?各(?=[县区])")  # a clause whose subject is every county
BREAKS: Final = "，。；：,;:！？"
LEAD_VERB: Final = re.compile(r"^(?:支持|推动|引导|鼓励|指导|实现|确保|力争|争取)(?=每)")  # (实现/确保每个县（市）…: held-out set 68; 力争每个县（市、区）有…: held-out set 85, fix169d)
ALL_VILLAGES: Final = re.compile(r"(?:全市|全县|全区|所有)((?:行政)?村社?)(?:基本)?(?:实现|达到)?")  # every village, as subject
VILLAGE_MOST = 10_000_000  # an amount per village is at most a few million yuan; a larger one is the villages' total
PER_PLACE_MOST = 10  # a count per county is small (1-2个, 3个); a larger one is a total said after the scope


def each_place(name: str, scan: str, s_start: int, lo: int, t_start: int, value: Decimal, prev: tuple[str, int, str] | None, unit: str) -> str:
    """``name`` with the place it is per put first (see the module's doc); ``prev`` the name, end and unit of the
    figure before in the same sentence, if any."""
    if not name or name[:1] == "每":
        return name
    if (zone := each_listed_zone(scan, s_start, t_start)) and unit_field(unit, "kind") == "count":
        return "每个" + zone + name  # 加快天长—六合、明光—盱眙毗邻区建设，力争落地50亿元以上项目各1个: one per area
    if unit == "元":
        return each_village(name, scan, lo, t_start, value)
    if carried := _comma_carried(name, scan, prev, t_start, value, unit):
        return carried
    if value > PER_PLACE_MOST and not _floor_member(scan, prev, t_start) or unit_field(unit, "kind") != "count" \
            or (scan.find("各", s_start, t_start) < 0 and scan.find("每个", s_start, t_start) < 0):
        return name
    if opened := opening_each_member(name, scan, s_start, t_start):
        return opened  # 各县市区引进亿元产业项目5个以上、“三类500强”企业项目1个以上: 各县市区引进三类500强企业项目数
    prev_name = LEAD_VERB.sub("", prev[0]) if prev is not None else ""  # (支持每个县区打造…: the lead verb is no place)
    if prev is not None and prev_name[:1] in "每各" and unit_field(prev[2], "kind") == "count" and (each := _each_prefix(prev_name)) is not None:
        gap = _after_qualifier(scan[prev[1]:t_start])
        rest = prev_name[each.end():]
        if gap[-1:] == "、" and not any(c in BREAKS for c in gap) and len(rest) >= 2 and name.startswith(rest[:2]):
            return each.group() + name  # …各县重点培育打造1-2个特色产业、1-2个重点镇
        if gap[:1] == "、" and not any(c in BREAKS for c in gap) and len(gap) >= 3 and name.startswith(gap[1:3]):
            return each.group() + name  # 支持每个县区打造重点中心镇1个、特色产业镇2个: the next member's count is per county too
        return own_each(name, scan, s_start, t_start) or name  # (区（县）各打造…，每个镇…完成1个以上: its own place, audit 90 汕头)
    if own := own_each(name, scan, s_start, t_start):
        return own
    if lo <= s_start or scan[lo - 1] != "，" or "各" not in scan[s_start:lo]:
        return name
    k = max(scan.rfind(c, s_start, lo - 1) for c in BREAKS)
    before = scan[max(k + 1, s_start):lo - 1]
    lead = EACH_LEAD.match(before)
    if lead is None or any(c.isdigit() for c in before) or "各" in scan[lo:t_start] or "每" in scan[lo:t_start]:
        return name
    each = EACH_PLACE.match("每个" + before[lead.end():])
    return each.group() + name if each is not None else name  # 支持各县…，集中力量主攻1—2个…主导产业


EACH_OPENING: Final = re.compile(r"^(?:支持|推动|引导|鼓励|指导|实现|确保|力争|争取)?(?=[每各])")  # the lead before 各/每个 opening a clause
VERB_GAP: Final = re.compile(r"(?:每年|年均|至少)?")  # between the place and its verb (每个县市区每年引进…)


def opening_each_member(name: str, scan: str, s_start: int, t_start: int) -> str:
    """``name`` with the place and verb its clause opens with put first, when that clause opens with 各<place> or
    每个<place> and a count verb and the figure is a later 、 member naming no verb of its own (各县市区引进亿元产业项目5个以上、
    “三类500强”企业项目1个以上: 各县市区引进三类500强企业项目数, a floor per county, not the city's; held-out set 92 衡阳
    row 35): the scope and the verb govern every member of the list; '' otherwise (a member with a verb of its own, a
    figure that is not a later member)."""
    own = scan[clause_opening(scan, s_start, t_start):t_start]
    own = own[lead.end():] if (lead := EACH_OPENING.match(own)) is not None else ""
    place = _each_prefix(own) if own else None
    gap = VERB_GAP.match(own, place.end()) if place is not None else None
    verb = count_verb(False).match(own, gap.end()) if gap is not None else None
    listed = own.rfind("、")
    if place is None or verb is None or listed < verb.end() or not any(c.isdigit() for c in own[verb.end():listed]):
        return ""  # (no figure before the last 、: a list of nouns, not of members)
    member = own[listed + 1:].lstrip("“\"")
    if not member or count_verb(False).match(member) or name.startswith((place.group(), "每", "各")):
        return ""
    return place.group() + ("" if verb.group() in name else verb.group()) + name


def own_each(name: str, scan: str, s_start: int, t_start: int) -> str:
    """``name`` after the place its own clause opens with 每 for (每个县区引进落地投资1000万元以上…项目5个: the threshold before the
    count cut the name after it; held-out audit 39b, 定西 row 26), '' when the clause names none or the name has it."""
    own = LEAD_VERB.sub("", scan[clause_opening(scan, s_start, t_start):t_start])
    if own[:1] == "每" and (each := EACH_PLACE.match(own)) is not None and each.group() not in name:
        return each.group() + _new_verb(own[each.end():], name) + name
    return ""


def clause_opening(scan: str, s_start: int, t_start: int) -> int:
    """Where the figure's own clause opens: after the last clause break before ``t_start``, not before its sentence."""
    return max(max(scan.rfind(c, s_start, t_start) for c in BREAKS) + 1, s_start)


def _new_verb(rest: str, name: str) -> str:
    """The verb of new things (data/name_words.csv ``flow_lead``: 新增) that is all the words between the place and the count
    (每个县（市、区）新增1家施工总承包甲级企业, held-out set 70 南平 row 25, fix146c): the firms added per county, not a stock of
    one each; '' when the words are others or the name has it."""
    rest = rest.removeprefix("至少")
    return rest if rest in name_words("flow_lead") and rest not in name else ""


def _each_prefix(prev_name: str) -> re.Match[str] | None:
    """The place a previous figure's name says it is per: 每个县区 as written, or 各县(市) (held-out set 68, 黔南 row 145: 各县（市）分别
    提升改造特色商业步行街1条以上、夜间经济消费集聚区1个以上: the second member is per county too) matched as 每个 and given back as written."""
    if prev_name[:1] == "每":
        return EACH_PLACE.match(prev_name)
    each = EACH_PLACE.match("每个" + prev_name[1:])
    return re.match(re.escape("各" + each.group()[2:]), prev_name) if each is not None and len(each.group()) > 2 else None


def _comma_carried(name: str, scan: str, prev: tuple[str, int, str] | None, t_start: int, value: Decimal, unit: str) -> str:
    """``name`` per the place of the count right before it, when that count's name opens with 每 (每个县市区新增合作院所数)
    and the figure is the next comma clause's, with no figure, break or scope of its own between (每个县市区至少新增合作院所3家
    以上，引进院士等高层次人才2人以上: 2 people per county, not the city's; held-out set 72 济宁 row 18): the scope carries as
    a 、 member's does, but not to a clause naming the whole (data/name_subjects.json ``city_scopes``: 全市, 市级); '' otherwise."""
    counted = ("count", "people")
    if prev is None or value > PER_PLACE_MOST or unit_field(unit, "kind") not in counted or unit_field(prev[2], "kind") not in counted:
        return ""
    prev_name = LEAD_VERB.sub("", prev[0])
    each = _each_prefix(prev_name) if prev_name[:1] == "每" else None
    gap = _after_qualifier(scan[prev[1]:t_start])
    if each is None or gap[:1] not in "，," or any(c in BREAKS or c.isdigit() for c in gap[1:]) or gap[1:2] in ("每", "各") \
            or any(w in gap for w in name_subjects()["city_scopes"]):
        return ""
    return each.group() + name


def _after_qualifier(gap: str) -> str:
    """``gap`` without the after-qualifier (以上, 左右) that closes the figure before it (1条以上、夜间…: the gap starts at 、)."""
    word = next((w for w in qualifier_words("after") if gap.startswith(w)), "")
    return gap[len(word):]


def _floor_member(scan: str, prev: tuple[str, int, str] | None, t_start: int) -> bool:
    """The figure is the next 、 member after ``prev`` (name, end, unit), written with the same floor word before its count
    (每个县市区每年引进十亿产业项目不少于5个、亿元产业项目不少于20个: spot 39 衡阳): a member of the same per-place quota,
    however large its count."""
    if prev is None:
        return False
    gap = scan[prev[1]:t_start]
    if gap[:1] != "、" or any(c in BREAKS for c in gap):
        return False
    floor = next((w for w in qualifier_words("before") if gap.endswith(w)), "")
    return bool(floor) and qualifiers()["before"][floor] == "at_least" and floor in scan[max(0, prev[1] - 12):prev[1]]


def each_village(name: str, scan: str, lo: int, t_start: int, value: Decimal) -> str:
    """``name`` of an amount of at least a few million yuan every village is to reach (全市行政村基本实现集体经济总收入
    30万元以上) as each village's (每个行政村集体经济总收入); ``name`` otherwise."""
    if value > VILLAGE_MOST or scan.find("村", lo, t_start) < 0:
        return name
    yuan = scan.find("元", t_start, t_start + 12)
    if yuan < 0 or not scan.startswith("以上", yuan + 1):  # 30万元以上: a floor each village is to reach
        return name
    whole = ALL_VILLAGES.search(scan, lo, t_start)
    if whole is None:
        return name
    village = whole.group(1)
    if name.startswith(village):
        return "每个" + name
    return "每个" + name[2:] if name.startswith("所有" + village) else name


PER_UNIT_SUBJECT_MOST = 6  # 搬迁家庭: the group a per-unit word counts by is a short noun; a longer run is a clause


def per_unit_before(clause: str) -> str:
    """The group and per-unit word (data/name_words.csv ``per_unit``: 户均, 人均, 村均) right before a count whose noun
    follows it (有劳动力的搬迁家庭户均2人稳定就业: 搬迁家庭户均, audit 48 怒江 G5): the figure is a standard per household,
    not a total, and keeps its scope in the name; '' when the clause does not end with such a word."""
    tail = clause.rstrip()
    per = next((w for w in name_words("per_unit") if tail.endswith(w)), "")
    if not per:
        return ""
    group = tail[:len(tail) - len(per)]
    group = group[group.rfind("的") + 1:]  # (有劳动力的搬迁家庭: the group, not its attribute)
    group = next((group[len(v):] for v in name_words("commit_lead") if group.startswith(v)), group)
    group = group.removeprefix("实现").removeprefix("确保").removeprefix("力争")
    return (group if len(group) <= PER_UNIT_SUBJECT_MOST and all(is_ideograph(c) for c in group) else "") + per


def per_line_before(clause: str) -> str:
    """每条<line> right before a count (确保每条产业链有4个以上优质龙头项目签约落地, held-out set 55 汉中 row 19): the
    figure is a floor per chain, not a total, so the name keeps 每条产业链 (每个 places are read by EACH_PLACE; 每条 names
    a line, and only the line nouns of data/name_words.csv ``per_line`` are read); '' when the clause does not end so."""
    lines = "|".join(map(re.escape, name_words("per_line")))
    verb = _per_line_verb()  # 每条产业链精准确定2至3户链主企业 (held-out set 63 陇南, fix136b)
    per = re.search(f"每条((?:[\\u4e00-\\u9fff]{{0,4}}?)(?:{lines}))(?:都|均)?(?:有|至少有|{verb})?$", clause.rstrip()) if lines else None
    return "每条" + per.group(1) if per is not None else ""


def _per_line_verb() -> str:
    """A verb of ``per_line_verb`` (确定, 培育…), an adverb of ``per_line_adverb`` (精准) allowed before it (每条产业链精准确定2至3户
    链主企业、3至5户骨干企业, held-out set 63 陇南 rows 23–24, fix136b): a pattern, '' when there are no verbs."""
    verbs = "|".join(map(re.escape, name_words("per_line_verb")))
    adverbs = "|".join(map(re.escape, name_words("per_line_adverb")))
    return f"(?:{adverbs})?(?:{verbs})" if verbs and adverbs else verbs


def per_line_member(scan: str, s_start: int, t_start: int) -> str:
    """每条<line><verb> opening the clause of a later 和/、 member (每条链确定1至3户链主企业和10个以上重点项目, held-out set 57
    安康 row 25): the verb (data/name_words.csv ``per_line_verb``) and the per-chain scope reach every figure it lists, so
    the name keeps 每条链; '' when the clause does not open so or a figure is not one of its listed members."""
    lines = "|".join(map(re.escape, name_words("per_line")))
    verbs = _per_line_verb()
    if not lines or not verbs:
        return ""
    opened = max(scan.rfind(c, s_start, t_start) for c in BREAKS) + 1
    opened = max(opened, s_start)
    member = r"[0-9.]+(?:[至到~—-][0-9.]+)?[\u4e00-\u9fff]{1,12}?(?:和|、|及)"
    per = re.fullmatch(f"每条((?:[\u4e00-\u9fff]{{0,4}}?)(?:{lines}))(?:都|均|各)?(?:{verbs})(?:{member})+", scan[opened:t_start])
    return "每条" + per.group(1) if per is not None else ""


def each_listed_zone(scan: str, s_start: int, t_start: int) -> str:
    """The kind of area (data/name_words.csv ``each_zone``: 毗邻区, 园区) a sentence's first clause lists by name
    (加快天长—六合、明光—盱眙毗邻区建设) when a later clause's count is written 各N with no list of its own
    (力争落地50亿元以上项目各1个, held-out set 56 滁州 rows 30–32): N per area, not in all; '' otherwise (新签约、新投产…项目各10个
    shares the count among its own members)."""
    if scan[t_start - 1:t_start] != "各" or t_start - 1 <= s_start:
        return ""
    ends = [scan.rfind(c, s_start, t_start) for c in BREAKS]
    own_at = max(ends)
    if own_at < s_start or any(c in scan[own_at + 1:t_start] for c in "、和及与"):
        return ""
    first_end = min((e for e in (scan.find(c, s_start, t_start) for c in BREAKS) if e >= 0), default=-1)
    first = scan[s_start:first_end]
    if "、" not in first or "、" in scan[first_end:t_start] or "每" in scan[s_start:t_start]:
        return ""
    last = first[first.rfind("、") + 1:]
    zones = name_words("each_zone")
    return max((z for z in zones if z in last), key=len, default="")
