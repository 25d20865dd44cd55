"""A state the counted things are to reach, said after their noun (推动50家医疗卫生机构实现检查检验结果互通共享): what is counted is
the things that reach it, so it belongs to the name (docs/assumptions.md#names; corpus audit 18 C24#141)."""
from __future__ import annotations

import re
from typing import Callable, Final

from govreport.extract.listed_programmes import programme_things
from govreport.extract.rated_counts import rated_things
from govreport.lexicon import name_words, unit_field

# a noun opened by letters right after a count (12179户D级房重建, 5个BDO一体化项目): the noun counted, named with letters,
# not a code or a label (spot audit 36); roles and the noun after a count read it
LETTERED_NOUN: Final = re.compile(r"(?:\d(?=[A-Z]级|G[\u4e00-\u9fff]))?[A-Za-z]{1,6}[\u4e00-\u9fff]")  # (4A级景区: a grade a digit opens, audit 41 曲靖 G4; 2户以上5G数字化应用标杆企业: a network generation, held-out set 65 fix138c)

# 实现 + what is reached, up to the clause's end (no figure, no list inside it)
REACHED_STATE = re.compile(r"被?((?:实现|纳入)[\u4e00-\u9fff]{2,14})(?=[，,。；;！!\n]|$)")  # (纳入国家用地保障范围: the projects admitted; audit 33 spot check)
ADMITTED_RUN = re.compile(r"被?纳入[\u4e00-\u9fff]{0,10}")  # 纳入工信部2023年…计划: no state to the clause's end, the words up to the figure stay after the noun
SEATS: Final = ("位", "位数")  # places counted (托位, 床位, 车位) ...
SEATS_OF = re.compile(r"的([\u4e00-\u9fff]{2,12})(?=[，,。；;！!\n]|$)")  # ... of what 的 and a noun to the clause's end name
MODIFIER_REACH: Final = 6  # the longest modifier before 的 that the people after it keep
EITHER_REACH: Final = 12  # ... and of two conditions joined by 或 (经济困难或患有重大疾病的儿童: either kind of child is counted)


def with_reached_state(scan: str, pos: int, noun: str) -> str:
    """``noun`` (read from ``pos`` in ``scan``) with the state its things reach after it: 医疗卫生机构 + 实现检查检验结果互通共享
    -> 实现检查检验结果互通共享的医疗卫生机构, 项目 + 纳入国家用地保障范围 -> 纳入国家用地保障范围的项目; the noun alone when neither follows it."""
    if noun and (listed := programme_things(scan, pos, noun)):
        return listed  # 20项产品列入省“专精特新”计划: the programme's products (audit 90 锦州)
    if not noun or not scan.startswith(noun, pos):
        return noun
    if (things := rated_things(scan, pos, noun)) != noun:
        return things  # 296个重点项目开复工率100%: the projects, whose rate follows
    if noun.endswith(SEATS) and scan.startswith("的", pos + len(noun)) and (place := SEATS_OF.match(scan, pos + len(noun))):
        return place.group(1) + noun  # 建成310张托位数的公立普惠托育机构: the places of the institutions built (audit 42, BJ130)
    m = REACHED_STATE.match(scan, pos + len(noun)) if scan.startswith(("实现", "纳入", "被纳入"), pos + len(noun)) else None
    if m is None and scan.startswith(("纳入", "被纳入"), pos + len(noun)) and (run := ADMITTED_RUN.match(scan, pos + len(noun))):
        return noun + run.group()  # (as before 纳入 ended the noun: 项目纳入工信部)
    return f"{m.group(1)}的{noun}" if m else noun


def quote_closed(scan: str, pos: int, limit: int) -> int:
    """Where a noun that opens with a quotation mark at ``pos`` may first stop: after its closing mark, when that stands
    before ``limit`` (新建100个“15分钟高品质生活服务圈”: a digit inside the quotes is part of the name, as in M2 or PM2.5,
    audit 25, CQ26#22); ``pos`` itself otherwise."""
    close = scan.find("”", pos + 1, limit) if scan[pos:pos + 1] == "“" else -1
    note = NOTE.match(scan, close + 1) if close > pos + 1 else None  # (“一刻钟便民生活圈”[30]建设: an endnote's marker is read across, audit 44)
    return note.end() if note else close + 1 if close > pos + 1 else pos


def label_closed(scan: str, pos: int, limit: int, stop: re.Pattern[str]) -> int:
    """As quote_closed, for a quoted label a few words into the noun with no stop before it: 建成1个省级“5G+工业互联网”应用示范区
    runs past the label's digit to its head (省级5G+工业互联网应用示范区, not 省级; audit 50 抚州 row 24)."""
    first = quote_closed(scan, pos, limit)
    if first == pos and (opened := scan.find("“", pos, limit)) > pos and stop.search(scan, pos, opened) is None:
        return quote_closed(scan, opened, limit)
    return first


ITEM_NUMBER: Final = re.compile(r"^\s*(?:\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[)）]|[\u2460-\u2487]|[—－―]{1,2}(?=[\u4e00-\u9fff])|[·•●○◆■▪]\s*)")  # 2.新建… / 7、新增… / （3）… / ⑴ ① / ——地区生产总值增长… / •…: an inline list's item number or a line's list mark names nothing (spot audit 34; held-out set 65, fix138b)
NOTE: Final = re.compile(r"\[\d{1,3}\]")  # an endnote's marker as the scan writes it (report/endnotes.py)


def decoration_room(scan: str, pos: int, reach: int) -> int:
    """The characters within ``reach`` of ``pos`` that are no part of a noun's length: quotation marks and endnote markers
    (省级农村“客货邮”融合发展试点县 is one noun of 15 characters; audit 44 六盘水)."""
    return scan.count("“", pos, pos + reach) * 2 + sum(len(m.group()) for m in NOTE.finditer(scan, pos, pos + reach))


def without_notes(noun: str) -> str:
    """``noun`` without the endnote markers read across (一刻钟便民生活圈[30]建设 -> 一刻钟便民生活圈建设)."""
    return NOTE.sub("", noun) if "[" in noun else noun


def modified_people(scan: str, pos: int, noun: str, unit: str, noun_at: Callable[[int], str]) -> str:
    """A short modifier and 的 before the people a count of people is of (5万名经济困难的严重精神障碍患者): the people after
    the 的 are counted, with their modifier (经济困难的严重精神障碍患者), not the modifier (audit 25, CQ26#34); ``noun``
    alone when no noun of people (data/name_words.csv kind people_head) follows the 的."""
    end = pos + len(noun)
    if noun and scan[end:end + 1] in ("和", "及") and unit_field(unit, "kind") == "people" and scan.startswith(noun, pos) \
            and (shared := shared_people(scan, end + 1, noun)):
        return noun + scan[end] + shared  # 3000名困境和留守儿童
    if not noun or len(noun) > (EITHER_REACH if "或" in noun[1:-1] else MODIFIER_REACH) or unit_field(unit, "kind") != "people" or scan[end:end + 1] != "的" or not scan.startswith(noun, pos):
        return noun
    after = noun_at(end + 1)
    return noun + "的" + after if after.endswith(name_words("people_head")) else noun


PAIRED_MODIFIER: Final = 4  # the longest modifier before 和 that shares the people after it (困境和留守儿童)


def shared_people(scan: str, start: int, noun: str) -> str:
    """The people after 和 (from ``start``) that a short modifier before it (``noun``, no noun of people itself) shares:
    3000名困境和留守儿童 counts 困境儿童 and 留守儿童, so 留守儿童 (its noun of people, data/name_words.csv kind people_head,
    within a short modifier of the 和) is part of what is counted, not 困境 alone (audit 56, 菏泽); '' otherwise."""
    heads = name_words("people_head")
    if len(noun) > PAIRED_MODIFIER or noun.endswith(heads):
        return ""
    run = re.match(r"[\u4e00-\u9fff]{1,%d}" % (PAIRED_MODIFIER + 3), scan[start:start + PAIRED_MODIFIER + 3])
    ends = [run.group().find(h) + len(h) for h in heads if run is not None and 0 < run.group().find(h)]
    return run.group()[:min(ends)] if run is not None and ends else ""
