"""Figures that label a thing rather than count or size an amount to produce (fix115b, held-out audit 49): a number
glued to a state group's short name before 所 names a research institute (中船718所, 中电科54所: ``institute_groups``),
and a length right before a piece of plant whose class it gives (关停4.3米焦炉: ``sized_plant``) is the class of the
plant closed or built, not a length to reach; a count in 所 glued to a name inside a list of examples under a verb of
relying (依托…等企业和53所特种材料等项目: ``institute_example_leads``, held-out set 64 朝阳) names an institute, and so does one
between list marks of a list of projects' names (推进A新材料、712所氢氧燃料电池、…等产业项目建设: held-out set 73 黄冈, fix152b); a phase count that is no whole number (1.2期) names phases. Word lists:
``tables_words.json`` institute_groups, institute_example_leads, sized_plant, phase_counters."""
from __future__ import annotations

import re

from govreport.lexicon import name_subjects, unit_field
from govreport.tables.figures import Figure, words


def label_figure(fig: Figure) -> str:
    """Why the figure is a label of an institute or of a plant's class ('' when it is not)."""
    w = words()
    if fig.unit == "所" and (fig.before.endswith(tuple(w["institute_groups"])) or _second_institute(fig.before, w["institute_groups"])):
        return "a research institute's name (中船718所), not a count"
    if fig.unit == "所" and not any(c.isdigit() for c in fig.text) and fig.before.endswith(tuple(w["institute_ordinals"])):
        return "an institute's name in a numeral after another such name (海洋一所二所: the second institute), not a count"
    if fig.unit == "所" and _institute_in_examples(fig):
        return "a research institute's name in a project named by example (依托…等企业和53所特种材料等项目), not a count"
    if fig.unit == "所" and _institute_in_name_list(fig):
        return "a research institute's name in a list of projects' names (推进A新材料、712所氢氧燃料电池、…等产业项目建设), not a count"
    if phase_label(fig):
        return "the phases a project name lists (数据中心1.2期: its first and second), not a count"
    if unit_field(fig.unit, "kind") == "length" and (fig.sentence.startswith(tuple(w["sized_plant"]), fig.rel_end) or _joined_class(fig)):
        return "the size class of a piece of plant (关停4.3米焦炉), not a length to reach"
    if unit_field(fig.unit, "kind") == "length" and names_an_event(fig.sentence[fig.rel_end:fig.rel_end + 12]):
        return "the length that names a sporting event (办好穿越丹霞山50公里徒步赛), not a length to reach"
    return ""


SECOND_NUMBER = re.compile(r"\d{1,3}[/、]$")  # 中电科40/41所: a second institute's number after the first's and a slash


def _second_institute(before: str, groups: list[str]) -> bool:
    """N所 right after a group's short name, a first number and / or 、 (中电科40/41所): the second institute's name (held-out set
    76 蚌埠 row 10, fix155d)."""
    m = SECOND_NUMBER.search(before)
    return m is not None and before[:m.start()].endswith(tuple(groups))


def phase_label(fig: Figure) -> bool:
    """A figure in a phase counter (``phase_counters``) that is no whole number: 1.2期 lists phases one and two of the
    project it closes (held-out set 61 金昌 row 13, fix132b); no count of phases is a fraction."""
    return fig.unit in words()["phase_counters"] and fig.value is not None and fig.value != fig.value.to_integral_value()


def names_an_event(rest: str) -> bool:
    """After a length, a few words (no mark) and an event noun (``event_nouns``: 50公里徒步赛, 100公里越野赛): the race's
    length is its label (fix122a, held-out set 54 韶关)."""
    head = EVENT_WORDS.match(rest)
    if head is None:
        return False
    words_after = head.group()
    return any((i := words_after.find(n)) >= 0 and not words_after.startswith(VENUES, i + len(n)) for n in words()["event_nouns"])


VENUES = ("道", "场", "馆", "赛道", "赛场")  # 马拉松赛道, 徒步赛场: a venue to build, a length to reach


EVENT_WORDS = re.compile(r"[\u4e00-\u9fff]{1,8}")  # the words after the length, up to the first mark or figure


OTHER_CLASS = re.compile(r"(?:及|和|或)(?:以下)?[\u4e00-\u9fff]{0,12}?$")  # 及不达超低排放标准: a second class of the same plant


def _joined_class(fig: Figure) -> bool:
    """A length, then 及/和/或 and a second class, then the plant (关闭4.3米及不达超低排放标准焦炉: held-out audit 51 晋中)."""
    rest = fig.sentence[fig.rel_end:fig.rel_end + 20]
    at = min((i for p in words()["sized_plant"] if (i := rest.find(p)) > 0), default=-1)
    return at > 0 and OTHER_CLASS.match(rest[:at]) is not None


EXAMPLES_CLOSED = re.compile(r"[\u4e00-\u9fff]{2,12}?等(?:项目|企业)")  # 特种材料等项目: a name, then 等 and the kind named


def _institute_in_examples(fig: Figure) -> bool:
    """A count in 所 right after a list word (和, 及, 、) in a clause opening with a verb of relying (依托, 围绕:
    ``institute_example_leads``), a name glued after it and 等项目/等企业 closing it (依托微电子、加华电子等企业和53所特种材料
    等项目): an institute's number in a project's name, no count (held-out set 64 朝阳 row 9, fix137a); 新建学校5所 counts."""
    before = fig.before
    lead = before[max(before.rfind(m) for m in "，,；;。：:") + 1:]  # the whole clause, its 、 list too
    if not lead.endswith(("和", "及", "、")) or not any(v in lead for v in words()["institute_example_leads"]):
        return False
    return EXAMPLES_CLOSED.match(fig.sentence, fig.rel_end) is not None


GLUED_NAME = re.compile(r"[\u4e00-\u9fff]{2,12}、")  # 氢氧燃料电池、: the rest of a listed name, then the next member
NAMES_CLOSED = re.compile(r"等[\u4e00-\u9fff]{0,4}项目")  # 等产业项目: the list's kind, projects


def _institute_in_name_list(fig: Figure) -> bool:
    """A count in 所 opening a member of a 、 list of projects' names, the member before it holding no figure, a name glued
    after it that no institution counted in 所 closes (``name_subjects.json:institution_heads``: 3所学校 counts schools),
    and 等…项目 closing the list in the clause (推进中旗新材料、712所氢氧燃料电池、…等产业项目建设): the institute's number in
    a project's name, no count (held-out set 73 黄冈 row 10, fix152b)."""
    before = fig.before
    if not before.endswith("、"):
        return False
    lead = before[max(before.rfind(m) for m in "，,；;。：:") + 1:-1]
    member = lead[lead.rfind("、") + 1:]
    name = GLUED_NAME.match(fig.sentence, fig.rel_end)
    if not member or any(c.isdigit() for c in member) or name is None:
        return False
    if name.group()[:-1].endswith(tuple(name_subjects()["institution_heads"])):
        return False
    rest = fig.sentence[name.end():]
    stop = min((k for m in "，,；;。" if (k := rest.find(m)) >= 0), default=len(rest))
    return NAMES_CLOSED.search(rest[:stop]) is not None
