"""Review figures that count another set than the target, though their names share words (spot audit 36, fix87c).

A shared noun does not make two counts one measure when (data/baseline_scopes.json ``other_sets``):

- the review counts firms 建成 (built up) with no flow word: the stock there is (建成…高新技术企业和科技型中小企业111家), never
  the baseline of firms a target adds (新增高新技术企业和科技型中小企业25家): firms are not built in a year;
- the target counts a union (绿色有机及名特优新农产品) and the review figure names only one side of it (全国名特优新农产品): a part;
- the review counts a class over an amount (500万元以上产业项目) and the target a key list (省重点产业项目): two sets;
- the review counts firms over an amount (产值超5000万元企业) and the target firms above the size line naming no amount
  (净增规上工业企业): a higher class (spot 37 fix91b);
- the review counts only national ones, a first (创建国家级工业设计中心2家，…实现零的突破) and the target's sentence names no level
  (建设工业设计中心6个): a higher class than the target counts;
- the review counts the target's noun with others after 等 (幸福小院等服务设施765个) and the target that noun alone
  (新建幸福小院200个): a wider set (spot 36 fix88b);
- the review lists several kinds before its 等 (开展文化惠民、全民健身等活动1500多场) and the target counts one of them alone
  (开展全民健身活动300场), though with the same head noun: a wider set (spot 37 fix91a);
- one name counts firms (规模以上农产品加工企业115家) and the other projects (实施农产品加工项目112个): projects are not firms
  (spot 36 fix90b; projects of firms, 上市企业项目, are `baseline_refusals.projects_for_firms`);
- the target's own member is a programme quoted by name (新推出“高效办成一件事”主题场景34个和“免证办”场景35个: 免证办) and the
  review figure quotes another one, never the target's (上线“高效办成一件事”主题场景58个): another scheme (spot 36 fix90b).
"""
from __future__ import annotations

import re
from functools import cache
from typing import Any, Callable, Final

from govreport.tables.kinds_apart import one_span
from govreport.lexicon import read_json, unit_field
from govreport.tables.class_amounts import class_amount
from govreport.tables.figures import Figure, canonical, words
from govreport.tables.measures import ADDED, FLOW, RATE_UNITS

COUNT_KINDS = ("count", "households")
ADDING = (*FLOW, *words()["added_verbs"])  # a union of works (新增和改造), no union of classes
CLAUSE_BREAK = re.compile(r"[，,；;。：:]")
QUOTED: Final = re.compile(r"“([^“”]{2,12})”")  # a programme's name in quotation marks


@cache
def _data() -> dict[str, Any]:
    return dict(read_json("baseline_scopes.json")["other_sets"])


def firms_built(target: Figure, fig: Figure) -> bool:
    """A review count of firms after 建成 (no flow word in its clause) for a target that adds firms."""
    data = _data()
    if unit_field(target.unit, "kind") not in COUNT_KINDS or not any(w in target.clause_before for w in FLOW):
        return False
    clause = CLAUSE_BREAK.split(fig.before)[-1]  # (建成A48家、B111家: the verb before the list's first member)
    if not any(h in fig.indicator for h in data["firm_heads"]) or any(w in clause for w in FLOW):
        return False
    verbs = set(ADDED.findall(clause))
    return bool(verbs) and verbs <= set(data["built_verbs"])


def union_part(target: Figure, fig: Figure) -> bool:
    """The target names A及B (a union of classes) and the review name, no union itself, says B's words but none of A's: a
    part of the target's set (中小学校和幼儿园 still takes 中小学和幼儿园; 新增和改造 is two works)."""
    data = _data()
    name = target.indicator
    if one_span(name, fig.indicator):  # (国家和省级 is 省级以上, a span of levels, no union: held-out set 53)
        return False
    masked = name
    for w in data["union_free"]:
        masked = masked.replace(w, "\0" * len(w))
    core = int(data["union_core"])
    for mark in data["union_marks"]:
        at = masked.find(mark)
        if at < core or len(name) - at - 1 < core * 2:
            continue
        left, right = name[at - core:at], name[at + 1:at + 1 + core]
        if any(name[:at].endswith(w) for w in ADDING):  # (新增和改造: two works, not two classes)
            continue
        if right in fig.indicator and not any(m in fig.indicator for m in data["union_marks"]) and left not in fig.indicator and left not in fig.clause_before:
            return True
    return False


def union_whole(target: Figure, fig: Figure) -> bool:
    """The review name counts A和B together (新改扩建中小学和幼儿园8所) and the target, no union itself, names one side's words
    but not the other's, in its name or clause (新建3所中小学和5所幼儿园: 新建中小学数): one member set against the whole
    (held-out set 83 廊坊 row 57, fix163b); ``union_part`` the other way round."""
    data = _data()
    if target.unit in RATE_UNITS or any(m in target.indicator for m in data["union_marks"]) or one_span(fig.indicator, target.indicator):
        return False  # (a rate of a union, 脱贫人口及监测对象 收入增长, still measures its main part)
    said = target.indicator + "\n" + target.clause_before
    return any((left in target.indicator) != (right in target.indicator) and not (left in said and right in said)
               and not _names_after(fig.sentence, left + mark + right) and not _shared_head(fig.indicator, right, target.indicator)
               for left, mark, right in _union_sides(fig.indicator))


def _shared_head(name: str, right: str, target: str) -> bool:
    """The union joins words before a head the target names too (复工和处置停缓建项目 and 盘活处置停缓建项目): two works on one
    set, not two classes counted; only a union closing the review's noun (中小学和幼儿园, 绿色工厂和园区) is refused."""
    rest = name[name.find(right) + len(right):].removesuffix(COUNT_END)
    return len(rest) >= SHARED_HEAD_MIN and rest in target


COUNT_END: Final = "数"  # the end a count's name is given (中小学和幼儿园数)
SHARED_HEAD_MIN: Final = 2  # characters of a head after the union the target names too (停缓建项目)


def _names_after(sentence: str, joined: str) -> bool:
    """The union in the review sentence runs on into a 、 list before any figure or mark (40处井工煤矿和渝南、鑫达露天煤矿:
    named mines beside the count, no class counted with it)."""
    at = sentence.find(joined)
    return at >= 0 and "、" in re.split(r"[\d，,；;。]", sentence[at:], maxsplit=1)[0]


def _union_sides(name: str) -> list[tuple[str, str, str]]:
    """The ``union_core`` characters either side of each union mark (with the mark) of ``name`` that joins two classes (not 新增和改造,
    not a ``union_free`` word)."""
    data = _data()
    masked = name
    for w in data["union_free"]:
        masked = masked.replace(w, "\0" * len(w))
    core = int(data["union_core"])
    sides = []
    for mark in data["union_marks"]:
        at = masked.find(mark)
        if at < core or len(name) - at - 1 < core or any(name[:at].endswith(w) for w in ADDING):
            continue
        sides.append((name[at - core:at], mark, name[at + 1:at + 1 + core]))
    return sides


def class_for_key_list(target: Figure, fig: Figure) -> bool:
    """A review class over an amount (500万元以上产业项目) for a target of a key list (省重点产业项目) that names no amount."""
    keys = _data()["key_list_words"]
    return (class_amount(fig.indicator) is not None and class_amount(target.indicator) is None
            and any(w in target.indicator and w not in fig.indicator for w in keys))


def signed_for_key_list(target: Figure, fig: Figure) -> bool:
    """A review figure of projects signed (signed_words: “双千工程”签约入库项目…总投资) for a target of a key list (省市重点项目) it
    does not name: the projects signed are not the list the year carries out (audit 43 保定 G4)."""
    data = _data()
    return (any(w in target.indicator and w not in fig.indicator for w in data["key_list_words"])
            and any(w in fig.indicator for w in data["signed_words"]) and not any(w in target.indicator for w in data["signed_words"]))


def class_over_size_line(target: Figure, fig: Figure) -> bool:
    """A review count of firms over an amount (新增产值超5000万元企业290家) for a target of firms crossing the size line
    (净增规上工业企业250家) that names no amount: a higher size class, not the firms above the line (spot 37 fix91b)."""
    lines = _data()["size_lines"]
    return (any(w in target.indicator for w in lines) and class_amount(target.indicator) is None
            and class_amount(fig.indicator) is not None and any(h in fig.indicator for h in _data()["firm_heads"]))


def size_line_only(phrase: str, other: str) -> bool:
    """Two name phrases that, written alike (规上 as 规模以上), share no pair of characters outside a size line (``size_lines``):
    alike through the line alone, two things above it (油气化工产业规上产值 and 预计规上重点服务业: held-out audit 90, fix172e)."""
    a, b = canonical(phrase), canonical(other)
    for line in sorted(_data()["size_lines"], key=len, reverse=True):
        a, b = a.replace(line, "|"), b.replace(line, "|")
    pairs = {a[k:k + 2] for k in range(len(a) - 1)} - {""}
    return a != canonical(phrase) and not any(b[k:k + 2] in pairs and "|" not in b[k:k + 2] for k in range(len(b) - 1))


def national_only(target: Figure, fig: Figure) -> bool:
    """A review count named only at a national level (国家级) and a first (实现零的突破) for a count whose whole sentence names
    no level: the first national ones are no record of all the target counts (an unscoped 绿色工厂 target may still take a
    review's 国家级绿色工厂 count that is no first, audited as accepted)."""
    if unit_field(target.unit, "kind") not in COUNT_KINDS:
        return False
    data = _data()
    named = any(w in fig.indicator for w in data["one_sided_levels"]) and any(w in fig.sentence for w in data["first_words"])
    return named and not any(w in target.sentence or w in target.indicator for w in data["level_words"])


def wider_example_set(target: Figure, fig: Figure) -> bool:
    """The review name counts the target's noun as an example of a wider set (幸福小院等服务设施765个 for 新建幸福小院200个):
    the noun before its 等 is in the target's name, the noun after it is not, and the target names no set by example. The
    review's own clause is read where its name has left the examples out (建成…幸福小院等服务设施765个 → 服务设施建成数)."""
    name = target.indicator
    if "等" in name or "等" in target.clause_before:
        return False
    core = int(_data()["union_core"])
    words = fig.indicator if "等" in fig.indicator else fig.clause_before.replace("“", "").replace("”", "")
    for m in re.finditer("等", words):
        at = m.start()
        left, right = words[at - core:at], words[at + 1:at + 1 + core]
        if at >= core and len(right) == core and not any(words[at - 1:at + 1 + len(w) - 1] == w or
                                                         words[at:at + len(w)] == w for w in _data()["example_free"]) \
                and left in name and right not in name and not right[:1].isdigit():  # (等4条产业链: each of the examples)
            return True
    return False


LAST_COUNT: Final = re.compile(r"\d(?!.*\d)")  # the last digit of a clause: a 、 member counted before the figure's own
EXAMPLE_LIST: Final = re.compile(r"([\u4e00-\u9fff“”]{2,12}(?:、[\u4e00-\u9fff“”]{2,12})+)等")  # kinds named by example before 等


def listed_examples(target: Figure, fig: Figure) -> bool:
    """The review clause names kinds by example before 等 (文化惠民、全民健身等活动1500多场): one of them is the target's own
    (its last four characters in the target's name: 全民健身活动) and another is nowhere in the target's sentence, which
    names no set by example: the review counts a wider set than the target."""
    clause = CLAUSE_BREAK.split(fig.before)[-1]  # (clause_before stops at the 、 of the list)
    if (counted := LAST_COUNT.search(clause)) is not None:  # (…等3个4A级景区、宣威尼珠河大峡谷等11个: the member before is counted, no example)
        clause = clause[clause.find("、", counted.end()) + 1:]
    if "等" in target.indicator or "等" in target.clause_before or (m := EXAMPLE_LIST.search(clause)) is None:
        return False
    kinds = [k.strip("“”")[-4:] for k in m.group(1).split("、")]
    return any(k in target.indicator for k in kinds) and any(k not in target.sentence for k in kinds)


def _head(name: str) -> str:
    """'firm', 'project' or '' by the noun the name counts (its last word before 数, 户数 …)."""
    data = _data()
    core = next((name[:-len(e)] for e in data["name_ends"] if name.endswith(e)), name)
    if core.endswith(tuple(words()["project_heads"])):
        return "" if core[:-2].endswith(tuple(data["firm_heads"])) else "project"  # (上市企业项目: projects_for_firms)
    return "firm" if core.endswith(tuple(data["firm_heads"])) else ""


def firms_for_projects(target: Figure, fig: Figure) -> bool:
    """One name counts firms and the other projects (规模以上农产品加工企业数 and 实施农产品加工项目数)."""
    if unit_field(target.unit, "kind") not in COUNT_KINDS:
        return False
    return {_head(target.indicator), _head(fig.indicator)} == {"firm", "project"}


def other_quoted_scheme(target: Figure, fig: Figure) -> bool:
    """The last name quoted before the target's figure in its clause (its own member's: “免证办”场景) is nowhere in the review
    figure's clause or name, and that clause quotes another name (“高效办成一件事”主题场景). Of a 分别 list of quoted names
    (“个转企”“小升规”“规升巨”分别为600户、25户和3户) the member's own is the quote its name holds, not the list's last (fix159a)."""
    mine = QUOTED.findall(target.clause_before)
    theirs = QUOTED.findall(fig.clause_before)
    own = next((q for q in reversed(mine) if q in target.indicator), mine[-1]) if mine else ""
    return bool(mine) and bool(theirs) and own not in fig.clause_before and own not in fig.indicator


# each check with the reason a refusal gives, in the order they are asked
_CHECKS: Final[tuple[tuple[Callable[[Figure, Figure], bool], str], ...]] = (
    (firms_built, "firms built up (建成), the stock, for firms added"),
    (union_part, "one part of the union (A及B) the target counts"),
    (union_whole, "a union (A和B) the review counts, the target one part of it"),
    (class_for_key_list, "a class over an amount, the target a key list"),
    (national_only, "national ones only, the target's sentence names no level"),
    (wider_example_set, "the target's noun one example of a wider set (等) the review counts"),
    (listed_examples, "the target's kind one of several the review names by example (、…等)"),
    (firms_for_projects, "one counts firms, the other projects"),
    (other_quoted_scheme, "another scheme quoted by name than the target's own"),
    (signed_for_key_list, "projects signed, the target a key list"),
    (class_over_size_line, "a class of firms over an amount, not the firms above the size line the target counts"),
)


def other_set(target: Figure, fig: Figure) -> str:
    """Why the review figure counts another set than the target ('' if it does not)."""
    return next((why for check, why in _CHECKS if check(target, fig)), "")
