"""The investment of a set of projects is not all investment (spot audit 58 包头 row 11): in 主攻650个重大项目，…，力保投产300个以上、
投资增长20%以上 the bare 投资增长 is the growth of the counted projects' investment, so a review figure of investment that names
no projects (固定资产投资增长20%) is another measure and no baseline. Nor is the investment of the projects on one named list
(配套《重大项目清单》涉及的23个项目…完成投资628亿元) the baseline of a target whose sentence names no list (完成项目投资1700亿元;
spot 36 fix88b). Nor is the investment of all key projects the baseline of the investment of projects of one field the
clause before counts (实施交通项目60个，计划完成投资169亿元: the transport projects'; held-out audit 46 湛江 G2)."""
from __future__ import annotations

import re
from functools import cache

from govreport.tables.figures import Figure, words
from govreport.tables.name_agreement import bare_name


@cache
def _project_count() -> re.Pattern[str]:
    heads = "|".join(map(re.escape, words()["project_heads"]))
    return re.compile(r"\d+(?:个|项)[^，,；;。、\d]{0,8}?(?:" + heads + ")")


def projects_investment_apart(target: Figure, fig: Figure) -> bool:
    """``target`` is a bare investment measure (投资增长) after a count of projects in its sentence, ``fig`` an investment
    figure whose name and clause name no projects."""
    if "投资" not in target.indicator or not bare_name(target.indicator) or _project_count().search(target.before) is None:
        return False
    return not any(h in fig.indicator + fig.clause_before for h in words()["project_heads"])


LIST_WORD = "清单"


def listed_projects_investment(target: Figure, fig: Figure) -> bool:
    """``fig`` is the investment of projects a list of projects names (《重大项目清单》涉及的…项目…完成投资) in its sentence before it,
    ``target`` an investment whose sentence names no list: one list's projects are not all projects."""
    if "投资" not in target.indicator or "投资" not in fig.indicator or LIST_WORD in target.sentence:
        return False
    return any(h + LIST_WORD in fig.before for h in words()["project_heads"])  # (a list of projects: not 四张清单, a way of working)


# a count of projects of one field closing the clause before a bare investment clause (实施交通项目60个，计划完成投资169亿元)
FIELD_COUNT = re.compile(r"([\u4e00-\u9fff]{2})(?:项目|工程)\d+(?:个|项)[，,]([^，,；;。]*)$")


def field_projects_investment(target: Figure, fig: Figure) -> bool:
    """``target`` is an investment in a clause naming no projects right after a count of one field's projects (交通项目60个),
    ``fig`` an investment figure whose name and clause do not name that field (重点项目建设投资)."""
    m = FIELD_COUNT.search(target.before)
    if m is None or "投资" not in target.indicator or "投资" not in fig.indicator:
        return False
    field, clause = m.groups()
    w = words()
    if "投资" not in clause or any(h in clause for h in w["project_heads"]) or field in w["project_set_verbs"] \
            or field in w["project_stage_words"] or field.endswith(("上", "下", "元", "大", "点")):  # (亿元以上项目, 重大项目, 重点项目: a class or a list, no field)
        return False
    return field not in fig.indicator + fig.clause_before


# counts of projects of a money class before a bare investment clause (推进40个40亿元以上项目、…，完成投资2500亿元以上)
CLASS_COUNT = re.compile(r"\d+个\d+(?:\.\d+)?亿元?(?:以上|及以上)的?(?:项目|工程)")
MONEY_CLASS = re.compile(r"\d+(?:\.\d+)?亿元?(?:以上|及以上)")


def classed_projects_investment(target: Figure, fig: Figure) -> bool:
    """``target`` is an investment in a clause naming no projects right after counts of projects of a money class (推进40个
    40亿元以上项目、…、100个10亿元以上项目，完成投资2500亿元以上: a programme's 190 big projects), ``fig`` an investment whose
    sentence before it names no money class (全年实施重点项目701个，完成投资3317亿元: all key projects, a wider set)."""
    if "投资" not in target.indicator or "投资" not in fig.indicator:
        return False
    cut = max(target.before.rfind("，"), target.before.rfind(","))
    if cut < 0 or CLASS_COUNT.search(target.before[:cut]) is None:
        return False
    clause = target.before[cut + 1:]
    if "投资" not in clause or any(h in clause for h in words()["project_heads"]):
        return False
    return MONEY_CLASS.search(fig.before + fig.indicator) is None


# the issuing levels of a set of key projects (市重点项目, 省、市重点项目, 省市重大项目): whose list the projects are on
LEVELED = re.compile(r"(?<![全本])((?:[省市县区][、和及]?){1,3})[级列]?(?:重点|重大)(?:项目|工程)")  # 省列重大项目 (held-out set 59)


def _levels(text: str) -> str | None:
    """The levels of the last set of key projects named in ``text`` (省、市 → 省市), None when it names none."""
    found = LEVELED.findall(text)
    return re.sub("[、和及]", "", found[-1]) if found else None


def leveled_projects_investment(target: Figure, fig: Figure) -> bool:
    """``target`` is an investment in a clause naming no projects right after a count of one level's key projects (今年安排市
    重点项目172项，年度计划投资492亿元: the city's list), ``fig`` the investment of key projects of other levels (289项省、市重点
    项目完成投资735.7亿元): another set (set 52 肇庆 G1)."""
    if "投资" not in target.indicator or "投资" not in fig.indicator:
        return False
    cut = max(target.before.rfind("，"), target.before.rfind(","))
    clause = target.before[cut + 1:]
    if cut < 0 or any(h in clause for h in words()["project_heads"]):
        return False
    mine, theirs = _levels(target.before[:cut]), _levels(fig.before)
    return mine is not None and theirs is not None and mine != theirs


GENERIC_SET_WORDS = ("项目", "工程", "实施", "完成", "建设", "年度", "全年", "计划")  # words any set of works says: no set's own


def _own_words(name: str) -> set[str]:
    """The two-character words of an investment's name that say its set (市政基础设施项目投资: 市政, 政基, …), generic words aside."""
    core = name.replace("投资", "|")
    for w in GENERIC_SET_WORDS:
        core = core.replace(w, "|")
    return {core[i:i + 2] for i in range(len(core) - 1) if "|" not in core[i:i + 2]}


def named_set_investment(target: Figure, fig: Figure) -> bool:
    """``target`` is a bare investment (完成投资30亿元) after a clause of its sentence that names what it is of (兰合、西成铁路
    甘南段工程进度分别达到20%、15%，完成投资30亿元), ``fig`` the investment of another named set (市政基础设施项目36项，完成投资
    10.23亿元): no word of that set's name in the target's sentence, so another set's investment (held-out set 67 甘南 row 70)."""
    if "投资" not in target.indicator or not bare_name(target.indicator) or "投资" not in fig.indicator or bare_name(fig.indicator):
        return False
    head = target.before[:max(target.before.rfind(c) for c in "，,；;")] if any(c in target.before for c in "，,；;") else ""
    own = _own_words(fig.indicator)
    return len(head) >= 4 and bool(own) and not any(w in target.sentence for w in own)
