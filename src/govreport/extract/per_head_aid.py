"""An amount per person given as aid (audit 28): “两癌”患病妇女给予每人1万元救助 — the noun after the amount
(data/aid_words.csv: 救助, 补助, 补贴 …) is what the amount is, per person, of the people given it:
两癌患病妇女每人救助, not 每人两癌患病妇女给予. Bare funds before the works they pay for (安排资金136亿元，办好34项民生实事)
are those works' funds (民生实事资金)."""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from govreport.lexicon import read_rows, unit_field

GIVEN: Final = re.compile(r"(每(?:人|户|名|生))(?:对|为|向)?(?:符合条件的)?(.{2,20}?)(?:给予|发放)")


@cache
def _aid_words() -> tuple[str, ...]:
    return tuple(sorted((r["word"] for r in read_rows("aid_words.csv")), key=len, reverse=True))


def per_head_aid(name: str, after: str, unit: str) -> str:
    """``name`` rewritten when it is 每人 + the people + 给予/发放, or the people + 给予/发放 + 每人(每年), and ``after`` (the
    text after the amount) opens with an aid word; else ``name``."""
    if name[:1] != "每":
        return per_head_after(name, after, unit)
    m = GIVEN.fullmatch(name)
    if m is None or unit_field(unit, "kind") != "money":
        return name
    aid = next((w for w in _aid_words() if after.lstrip("的").startswith(w)), "")
    return m.group(2) + m.group(1) + aid if aid else name


GIVEN_AFTER: Final = re.compile(r"(.*?)(?:给予|发放)(每(?:人|户|名|生)(?:每年|每月)?)")
COUNTED: Final = re.compile(r"([\u4e00-\u9fff]{2,6}?)(?:人?数)?")


def per_head_after(name: str, after: str, unit: str) -> str:
    """The people, or the basis counting them, before 给予/发放 + 每人(每年) + amount + aid word (按照实际招收3岁以下婴幼儿数
    给予每人每年900元补助 -> 婴幼儿每人每年补助: spot 38): the aid per person per year, not the clause before it."""
    m = GIVEN_AFTER.fullmatch(name) if "每" in name else None
    aid = next((w for w in _aid_words() if after.lstrip("的").startswith(w)), "") if m else ""
    if m is None or not aid or unit_field(unit, "kind") != "money":
        return name
    tail = re.sub(r"^.*(?:\d|以下|以上|对|为|向)", "", m.group(1))  # the counted people after a number or 对
    people = COUNTED.fullmatch(tail)
    return (people.group(1) if people else "") + m.group(2) + aid


BARE_FUNDS: Final = ("资金", "投入", "安排资金", "投入资金", "安排", "筹措资金", "投入财政资金")
FOR_WORKS: Final = re.compile(r"^[，,]?(?:用于|办好|办实|实施|完成)[^，,。；;\d]{0,4}?(?:[\d“”+]+项)?“?([\u4e00-\u9fff]{0,4}实事)")


def funds_for_works(name: str, after: str, unit: str) -> str:
    """A bare amount of funds (资金, 投入) followed by the works it pays for (安排资金136亿元，办好34项民生实事; 投入187亿元办好
    “28+10”项民生实事) is those works' funds (民生实事资金: audit 28 XZ26#42); else ``name``."""
    if name not in BARE_FUNDS or unit_field(unit, "kind") != "money" or (m := FOR_WORKS.match(after)) is None:
        return name
    return m.group(1) + "资金"
