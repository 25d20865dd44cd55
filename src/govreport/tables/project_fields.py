"""A set of projects named by examples and no field takes no review count of another field's projects (held-out audit 39b).

安定15万吨饲料加工生产线等8个项目建成投产 sits among 养殖户, 肉羊肉牛规模养殖场 and 畜牧业全产业链产值: the year's livestock
projects, though its name is 项目 alone. 实施重点工业项目80个…，索通铝用炭材料等30个项目建成投产 counts industry's, and
提升卫生健康水平。…实施临洮县大健康产业融合基地等37个重点项目 is no goal of 实施黄河流域、“三北”工程等重点项目137个
(生态). A figure's fields are the field words (data/baseline_scopes.json ``project_fields``) its sentence, its name and its
paragraph's run-in lead (提升卫生健康水平。) hold, outside the examples before each 等 (a firm's name, 一道新能源, says nothing
of the set); both figures must name a field and share none. A sentence naming several fields shares one more often: only
two plainly apart are refused. Within a field, a bare count after a clause counting one kind of projects (…等35个技改项目，…等11个
项目建成投产) counts that kind's, no baseline of a count after another kind's (…等172个工业项目全部开工，…等52个项目建成投产).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache
from typing import Final

from govreport.lexicon import read_json
from govreport.tables.clauses import own_clause
from govreport.tables.figures import Figure
from govreport.tables.noun_words import noun_words

EXAMPLES: Final = "等"
COUNT_END: Final = "数"
LEAD_MOST: Final = 30  # a paragraph's run-in lead is short (提升卫生健康水平。, （四）全力抓保护重治理，生态安全屏障持续筑牢。)
EXAMPLE_RUN: Final = re.compile(r"[^，,；;。：:]*?等")  # a clause's words up to its 等: its verb and examples
LEAD: Final = re.compile(r"[^。！!？?\n]*[。！!？?]")
# a short sentence right before a figure's sentence, a verb and the work it takes up (抓好灾后重建。): a run-in lead
SHORT_LEAD: Final = re.compile(r"(?:^|[。！!？?\n])([\u4e00-\u9fff]{4,10})。$")
LEAD_VERB: Final = 2  # 抓好, 推进, 做好 (data: project_fields lead_verbs): the lead's verb, before the work it names
CLAUSE_END: Final = re.compile(r"[，,；;]\s*$")


@cache
def _fields() -> tuple[frozenset[str], tuple[tuple[str, re.Pattern[str]], ...]]:
    data = read_json("baseline_scopes.json")["project_fields"]
    generic = frozenset(data["generic_names"])
    return generic, tuple((field, re.compile("|".join(map(re.escape, sorted(ws, key=len, reverse=True)))))
                          for field, ws in data["fields"].items())


def _generic_example_set(fig: Figure) -> bool:
    """A count of projects whose name's nouns are 项目 alone or with a weight (重点项目), named by examples (…等8个项目, …等重点项目137个)."""
    generic, _ = _fields()
    return (fig.unit in ("个", "项") and EXAMPLES in own_clause(fig.before)
            and noun_words(fig.indicator.removesuffix(COUNT_END)) in generic)


def paragraph_lead(fig: Figure, text: str, paragraphs: tuple[int, ...]) -> str:
    """The run-in lead of the figure's paragraph (its first sentence, short) where the figure's sentence is not it, else ''."""
    if not text:
        return ""
    start = paragraphs[i - 1] if (i := bisect_right(paragraphs, fig.start)) else 0
    m = LEAD.match(text, start)
    return m.group() if m and m.end() <= fig.sentence_start and len(m.group()) <= LEAD_MOST else ""


def fields_of(fig: Figure, text: str = "", paragraphs: tuple[int, ...] = ()) -> frozenset[str]:
    """The fields the figure's sentence (its examples left out), name and paragraph lead name."""
    _, fields = _fields()
    said = EXAMPLE_RUN.sub("", fig.sentence) + fig.indicator + paragraph_lead(fig, text, paragraphs)
    return frozenset(field for field, words in fields if words.search(said))


@cache
def _kinds() -> tuple[re.Pattern[str], dict[str, str]]:
    data = read_json("baseline_scopes.json")["project_fields"]
    words = "|".join(map(re.escape, sorted(data["carried_kinds"], key=len, reverse=True)))
    return re.compile(r"[\d一二三四五六七八九十百千]+个(" + words + r")类?项目"), dict(data["kind_aliases"])


def carried_kind(fig: Figure) -> str:
    """The kind of projects the clause right before a bare example-set count of projects counts (开展…等35个技改项目，年内…等11个
    项目建成投产: 技改), as the bare count names no kind of its own; '' where that clause counts no kind."""
    if not _generic_example_set(fig):
        return ""
    own = own_clause(fig.before)
    earlier = fig.before[:len(fig.before) - len(own)]
    if not CLAUSE_END.search(earlier):
        return ""
    prev = own_clause(CLAUSE_END.sub("", earlier))
    pattern, aliases = _kinds()
    kinds = pattern.findall(prev)  # (the last count of the clause: the one the bare count follows)
    return aliases.get(kinds[-1], kinds[-1]) if kinds else ""


def _bare_projects(fig: Figure) -> bool:
    """A count of projects whose name's nouns are 项目 alone or with a weight (4319个项目全部开工, 实施项目3000个)."""
    generic, _ = _fields()
    return fig.unit in ("个", "项") and noun_words(fig.indicator.removesuffix(COUNT_END)) in generic


def lead_work(fig: Figure, text: str) -> str:
    """The work a short run-in sentence right before the figure's sentence takes up (抓好灾后重建。4319个项目全部开工: 灾后重建),
    the set a bare count of projects after it counts; '' where there is no such lead, or it names projects or a figure itself."""
    if not text or not _bare_projects(fig):
        return ""
    m = SHORT_LEAD.search(text, max(0, fig.sentence_start - 12), fig.sentence_start)
    verbs = tuple(read_json("baseline_scopes.json")["project_fields"]["lead_verbs"])
    return m.group(1)[LEAD_VERB:] if m and m.group(1).startswith(verbs) and "项目" not in m.group(1) else ""


def other_field_projects(target: Figure, fig: Figure, text: str = "", paragraphs: tuple[int, ...] = ()) -> str:
    """The target's fields where it counts projects named by examples and no field, and the review figure's context names
    fields, none of them the target's ('' otherwise)."""
    if (work := lead_work(fig, text)) and _bare_projects(target) and work not in target.sentence \
            and work not in paragraph_lead(target, text, paragraphs):
        return work  # 抓好灾后重建。4319个项目全部开工 is no baseline of 实施项目3000个 (held-out 47 新乡 row 16)
    if not _generic_example_set(target):
        return ""
    if (kind := carried_kind(target)) and (their_kind := carried_kind(fig)) and kind != their_kind:
        return kind  # 技改 projects are no baseline of 工业 projects (held-out 46 渭南 row 43)
    mine = fields_of(target, text, paragraphs)
    if not mine:
        return ""
    theirs = fields_of(fig, text, paragraphs)
    return "、".join(sorted(mine)) if theirs and not mine & theirs else ""
