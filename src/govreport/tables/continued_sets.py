"""A set the review says was started and the plan carries on (持续推进20个乡村振兴示范片区建设 after the review's
启动20个乡村振兴示范片区建设), or sped up after the review said it was under way (加快打造9个…示范区 after 9个…示范区加快建设):
the same count of the same thing, no new amount to produce (held-out audit 41 黄冈, 45 昭通).
Word lists: ``tables_words.json`` continued_sets."""
from __future__ import annotations

import re
from functools import cache

from govreport.tables.clauses import CLAUSE_END, clause_before
from govreport.tables.figures import Figure, words
from govreport.tables.worked_sets import GOAL_VERBS


WHOLE_CLAUSE_BREAK = re.compile(r"[，,；;。：:！？!?\n]")
PART_DONE = re.compile(r"[\u4e00-\u9fff]{2}\d+[个项]")  # 投产104个: how many of the set are done


@cache
def _carried_on() -> re.Pattern[str]:
    """A continuing adverb (持续, 继续) and a verb of pushing work on (推进), the whole clause before the count."""
    w = words()["continued_sets"]
    return re.compile("(?:" + "|".join(w["adverbs"]) + ")(?:" + "|".join(w["verbs"]) + ")")


@cache
def _sped_up() -> re.Pattern[str]:
    """A pace verb and a building verb (加快打造), the whole clause before the count."""
    w = words()["continued_sets"]["sped_up"]
    return re.compile("(?:" + "|".join(w["paces"]) + ")(?:" + "|".join(w["verbs"]) + ")")


def _counted(fig: Figure) -> str:
    """What the count counts and the work on it: the rest of its clause (乡村振兴示范片区建设)."""
    after = fig.after
    stop = CLAUSE_END.search(after)
    return after if stop is None else after[:stop.start()]


def continues_a_started_set(fig: Figure, review: list[Figure]) -> bool:
    """持续推进 + N个X after the review's 启动 (``continued_sets.started``) + N个X, the same count, unit and words: the set
    started last year, carried on, not a count to produce this year. Manner phrases may stand before the verb, a verb that
    sets a set up (明确) starts it, and a qualified plan noun is the review's set (继续举全市之力、用非常之功推进14条重点优势产业链
    建设 after 正式明确14条产业链, held-out set 91 衡阳)."""
    if not fig.unit or not (_carried_on().fullmatch(clause_before(fig.before)) or _carried_with_manner().fullmatch(_whole_clause(fig.before))):
        return False
    counted = _counted(fig)
    started = tuple(words()["continued_sets"]["started"])
    return bool(counted) and any(_same_count(r, fig) and clause_before(r.before).endswith(started)
                                 and _same_set(counted, _counted(r)) or _started_with_partner(r, fig, counted, started) for r in review)


@cache
def _carried_with_manner() -> re.Pattern[str]:
    """A continuing adverb, manner phrases joined by 、 (``continued_sets.manner``: 举全市之力、用非常之功) and a verb of pushing
    work on: the whole clause before the count (继续举全市之力、用非常之功推进14条…, held-out set 91 衡阳)."""
    w = words()["continued_sets"]
    manner = "|".join(w["manner"])
    return re.compile("(?:" + "|".join(w["adverbs"]) + f")(?:(?:{manner})、?)+(?:" + "|".join(w["verbs"]) + ")")


def _same_count(r: Figure, fig: Figure) -> bool:
    """The same value in the same counter, 项 and 个 being one counter of a set (``project_counters``: 233项 and 233个)."""
    counters = words()["project_counters"]
    return r.value == fig.value and (r.unit == fig.unit or r.unit in counters and fig.unit in counters)


def _same_set(mine: str, theirs: str) -> bool:
    """The plan's counted words name the review's set: the same words, or the review's noun of three characters or more
    with a qualifier before it in the plan (重点优势产业链建设 and 产业链), 建设 left off both."""
    mine, theirs = mine.removesuffix("建设"), theirs.removesuffix("建设")
    return mine == theirs or len(theirs) >= 3 and mine.endswith(theirs)


def _started_with_partner(r: Figure, fig: Figure, counted: str, started: tuple[str, ...]) -> bool:
    """The review's start verb opening its clause, a partner and a verb between it and the count (启动实施与佛山共建30个
    粤黔乡村振兴示范点建设, held-out set 65): the same set started, the same count and words."""
    return _same_count(r, fig) and clause_before(r.before).startswith(started) and _counted(r) == counted


def pushes_a_set_under_way(fig: Figure, review: list[Figure]) -> bool:
    """A bare pushing verb (``continued_sets.pushed.verbs``: 推进) + N个X where the review's clause opens with the same count
    of the same X and closes with a pace of work under way (5个风电基地、一批光伏项目…有序推进 → 推进5个风电基地以及一批
    光伏发电项目…建设, held-out set 65 文山): the set in progress, worked on again, no count to produce. A pace or continuing
    adverb may open the plan clause, and a review clause saying how many of the set are done (233个…重大项目投产104个 →
    加快推进233项…重大项目, held-out set 91 柳州) says it is under way too."""
    w = words()["continued_sets"]["pushed"]
    if not fig.unit or _without_leads(clause_before(fig.before)) not in w["verbs"]:
        return False
    ends = tuple(w["under_way"])
    mine = _first_member(_counted(fig), w["members"])
    return len(mine) >= 3 and any(_same_count(r, fig) and not clause_before(r.before)
                                  and ((theirs := _counted(r)).endswith(ends)
                                       and _first_member(theirs.removesuffix(next(e for e in ends if theirs.endswith(e))), w["members"]) == mine
                                       or _part_done(theirs, mine, w["part_done"]))
                                  for r in review)


def _without_leads(clause: str) -> str:
    """The clause less a leading pace or continuing adverb (加快推进 → 推进, 继续推进 → 推进)."""
    w = words()["continued_sets"]
    lead = next((a for a in (*w["sped_up"]["paces"], *w["adverbs"]) if clause.startswith(a)), "")
    return clause[len(lead):]


def _part_done(theirs: str, mine: str, done: list[str]) -> bool:
    """The review's clause is the same X and how many of it are done (233个现代制造城重大项目投产104个, held-out set 91 柳州):
    a set under way, part of it done."""
    rest = theirs.removeprefix(mine)
    return rest != theirs and PART_DONE.fullmatch(rest) is not None and rest.startswith(tuple(done))


def _first_member(counted: str, joiners: list[str]) -> str:
    """The words of ``counted`` up to its first list joiner (风电基地 of 风电基地、一批光伏项目…), 建设 left off."""
    cut = min((k for j in joiners if (k := counted.find(j)) >= 0), default=len(counted))
    return counted[:cut].removesuffix("建设")


def focuses_a_named_set(fig: Figure, review: list[Figure]) -> bool:
    """持续推进 or a focusing verb (``continued_sets.focus``: 突出) + N个X where the review works on the same count of X under
    a verb of carrying out (``continued_sets.under_way_verbs``: 实施12个重点产业链供应链行动计划, 细化落实16条重点产业链链长制):
    the set there is, worked on again, no count to produce (held-out audit 50 齐齐哈尔 G1, 咸阳 G3)."""
    clause = clause_before(fig.before)
    w = words()["continued_sets"]
    if not fig.unit or not (clause in w["focus"] or _carried_on().fullmatch(clause)):
        return False
    counted = _counted(fig)
    doing = tuple(w["under_way_verbs"])
    return len(counted) >= 3 and any(r.value == fig.value and r.unit == fig.unit and clause_before(r.before).endswith(doing)
                                     and _counted(r).startswith(counted) for r in review)


def speeds_a_set_under_way(fig: Figure, review: list[Figure]) -> bool:
    """加快打造 + N个X where the review's clause is N个X + a pace of work under way (``continued_sets.sped_up.under_way``:
    9个万人安置点脱贫致富示范区加快建设), the same count and unit: the set being built, sped up, not a count to produce."""
    if not fig.unit or not _sped_up().fullmatch(clause_before(fig.before)):
        return False
    counted = _counted(fig)
    ways = tuple(counted + e for e in words()["continued_sets"]["sped_up"]["under_way"])
    return bool(counted) and any(r.value == fig.value and r.unit == fig.unit and not clause_before(r.before)
                                 and _counted(r) in ways for r in review)


@cache
def _carried() -> re.Pattern[str]:
    """An adverb of quality, a pace and a building verb (高质量建设, 加快, 加快打造) or a keeping verb (巩固提升), then
    the members named before the count (盈江省级…示范园和, 3个国家级、): the whole clause before the count."""
    w = words()["continued_sets"]["carried"]
    alt = {k: "|".join(v) for k, v in w.items() if k in ("adverbs", "keeps", "paces", "verbs")}
    return re.compile(f"(?:{alt['adverbs']})?(?:(?P<keep>{alt['keeps']})|(?P<pace>{alt['paces']})?(?P<verb>{alt['verbs']})?)"
                      "(?P<members>(?:[^，；。、和]+[、和])*)")


def _joined(text: str) -> str:
    """``text`` with 和 and 、 between members made one (3个国家级和5个省级 = 3个国家级、5个省级)."""
    return text.replace("和", "、")


def carries_a_set_on(fig: Figure, review: list[Figure]) -> bool:
    """A count the plan builds or keeps (高质量建设3个国家级、5个省级区域医疗中心, 加快A和5个州级…示范园建设,
    巩固提升60万亩“吨粮田”核心示范区) equal to the review's count of the same words and the same members before it,
    the review saying the set is under way (…落地实施, …建设稳步实施: ``carried.under_way``) or, after a keeping
    verb, built (…全部建成): the set carried on, not an amount to produce this year (held-out audits 46 洛阳, 渭南, 德宏)."""
    m = _carried().fullmatch(clause_before(fig.before))
    counted = _counted(fig)
    if not fig.unit or m is None or not counted or not (m["keep"] or m["pace"] or m["verb"]):
        return False
    w = words()["continued_sets"]["carried"]
    if not m["keep"] and not m["verb"] and not counted.endswith(tuple(w["work_ends"])):
        return False  # 加快 alone: the work must follow the noun (…示范园建设)
    members, mine = _joined(m["members"]), _joined(counted)
    for r in review:
        if r.value != fig.value or r.unit != fig.unit or _joined(clause_before(r.before)) != members:
            continue
        theirs = _joined(_counted(r))
        if m["keep"] and theirs.startswith(mine) and theirs.endswith(tuple(w["built"])):
            return True
        if not m["keep"] and any(theirs == mine + e for e in w["under_way"]):
            return True
    return False


def _whole_clause(before: str) -> str:
    """The words of ``before`` after its last comma, stop or colon (a 、 list stays whole: 制定实施对标先进、提升…两个)."""
    return WHOLE_CLAUSE_BREAK.split(before)[-1]


def completes_an_adopted_set(fig: Figure, review: list[Figure]) -> bool:
    """全面完成 (``continued_sets.adopted.finishes``) + N条 where the review adopted the same N条 (制定实施…营商环境行动两个500条:
    ``adopted.adopts``), the two clauses sharing ``adopted.shared`` characters in a row (营商环境): the package adopted last year,
    finished, not a count to produce this year (held-out set 53 鄂尔多斯 row 34: 全面完成优化营商环境500条任务)."""
    w = words()["continued_sets"]["adopted"]
    clause = _whole_clause(fig.before)
    finish = next((v for v in w["finishes"] if clause.startswith(v)), "")
    if fig.unit not in w["units"] or not finish:
        return False
    mine, n = clause[len(finish):] + _counted(fig), w["shared"]
    runs = {mine[i:i + n] for i in range(len(mine) - n + 1)}
    for r in review:
        theirs = _whole_clause(r.before)
        if r.value == fig.value and r.unit == fig.unit and theirs.startswith(tuple(w["adopts"])) and any(x in theirs for x in runs):
            return True
    return False


def repeats_a_review_set(fig: Figure, review: list[Figure]) -> bool:
    """A continuing adverb (``continued_sets.adverbs``: 持续) + the review's whole clause before the same count, unit and
    words (持续打好蓝天、碧水、净土三大保卫战和8个标志性战役 after the review's 打好…三大保卫战和8个标志性战役), the clause
    opening with no verb that makes what it counts (``output_verbs``, ``GOAL_VERBS`` of worked_sets): the set there is,
    said again, no count to produce (held-out set 69 丽江, fix145f)."""
    clause = _whole_clause(fig.before)
    w = words()
    adverb = next((a for a in w["continued_sets"]["adverbs"] if clause.startswith(a)), "")
    theirs = clause[len(adverb):]
    if not fig.unit or not adverb or not theirs or theirs.startswith((*w["output_verbs"], *GOAL_VERBS)):
        return False
    counted = _counted(fig)
    return bool(counted) and any(r.value == fig.value and r.unit == fig.unit and _whole_clause(r.before) == theirs
                                 and _counted(r) == counted for r in review)
