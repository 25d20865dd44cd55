"""Review amounts that define a set or a project rather than measure a year's flow (docs/assumptions.md#baselines):
the bar the counted units cleared (推动231个村级集体经济年经营性收入超10万元) and the size of a project only started
(启动实施国家储备林基地一期20万亩项目). Neither is last year's figure of the same thing (set 52 肇庆 G2, G3)."""
from __future__ import annotations

import re
from functools import cache

from govreport.lexicon import unit_field
from govreport.tables.figures import Figure, words


EACH = "分别"  # a list of the counted units' own levels, one by one


@cache
def _count_threshold() -> re.Pattern[str]:
    """A count of units, their measure and a link closing the clause (231个村级集体经济年经营性收入超): the review-side twin
    of a share's threshold (share_threshold_links)."""
    links = "|".join(words()["share_threshold_links"] + ["超"])
    counters = "".join(words()["threshold_unit_counters"])
    return re.compile(r"\d+(?:多|余)?[" + counters + r"]([\u4e00-\u9fff]{2,16}?)(?:" + links + ")$")


def counted_threshold(a: Figure) -> bool:
    """An amount right after a count of units and their measure with a link (231个村…收入超10万元): the bar they cleared;
    a rate in % too where the count opens a part (…营业收入34.43亿元，其中，13家增长超过50%: the bar 13 of the firms passed,
    no rate of the whole group; held-out set 74 泰安 row 17). Not when the words between name projects or a doing verb (499个市重项目完成投资超900亿元:
    the projects' total), nor when they close on 分别 (3个产业集群规模分别达到590亿元、…: each member's own level, named
    by its member; held-out set 85 南阳, fix169b)."""
    rate = a.unit == "%"
    if (unit_field(a.unit, "kind") != "money" and not rate) or (m := _count_threshold().search(a.clause_before)) is None:
        return False
    if rate and not _subset_led(a, m.start()):  # (全市7个国考断面水质优良率达到100%: the whole set's rate, a baseline)
        return False
    between = m.group(1)
    if between.endswith(EACH):
        return False
    return not any(w in between for w in words()["project_heads"]) and not any(w in between for w in words()["threshold_total_words"])


def _subset_led(a: Figure, at: int) -> bool:
    """The count at ``at`` in the figure's clause opens a part of a set just named (…34.43亿元，其中，13家增长超过50%:
    ``rate_threshold_leads``), so a rate after it is the bar the part passed; a count alone may be the whole set (7个断面…100%)."""
    before = a.before[:len(a.before) - len(a.clause_before) + at].rstrip("，,：:")
    return before.endswith(tuple(words()["rate_threshold_leads"]))


@cache
def _project_size() -> re.Pattern[str]:
    starts = "|".join(words()["project_start_verbs"])
    return re.compile(r"(?:" + starts + r")[^，,；;。]{0,24}$")


def started_project_size(a: Figure) -> bool:
    """An amount closing a project's name under a start verb (启动实施国家储备林基地一期20万亩项目): the size of the
    project begun, not what was done in the year."""
    return a.after.startswith(("项目", "工程")) and _project_size().search(a.clause_before) is not None


# a route's length closing as reached through end to end (太行一号旅游公路300公里主线贯通 / 全线通车)
THROUGH = re.compile(r"(?:主线|全线|全程)?贯通|全线(?:建成)?通车")


def route_through(a: Figure) -> bool:
    """A length the route is reached through over (…旅游公路300公里主线贯通): the whole route, built over years, no
    year's flow of building (set 52 长治 G6)."""
    return unit_field(a.unit, "kind") == "length" and THROUGH.match(a.after) is not None


def each_member_bar(a: Figure) -> bool:
    """An amount right after 均 and a threshold link (各县区…均突破2亿元, 产业集聚区主营业务收入均突破50亿元): the bar every
    member passed, never the members' total, so no baseline of it (held-out set 88 信阳, fix170f); 人均, 户均 … average."""
    w = words()
    for link in w["share_threshold_links"]:
        for mark in w["each_member_marks"]:
            if a.clause_before.endswith(mark + link):
                return not a.clause_before[:-len(mark + link)].endswith(tuple(w["each_member_average_heads"]))
    return False


def defining_amount(a: Figure) -> bool:
    """A review amount that defines which units are counted, how large a begun project is or how long a route reached
    through is, or the bar each member passed: no baseline."""
    return counted_threshold(a) or started_project_size(a) or route_through(a) or each_member_bar(a)
