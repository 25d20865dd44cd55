"""Plan figures that scope, label or class a goal instead of setting one (audit 36).

- a past count in the plan's requirements: 先后29次亲临绍兴考察调研 (先后 + N次: visits made, SX24#8);
- a count in a quoted label: 落实落细“民营经济”33条 (N条 right after a closing quote, ending its clause: SX24#51), not
  a quoted thing 条 counts (打通“断头路”10条: roads; spot audit 34);
- a money class of what is made: 高铁园加快打造五百亿元园区 (a make verb, the amount, a class noun: GL24#27), or of what a
  count right after its class noun counts: 20亿元企业1户 (held-out set 65);
- a threshold of a set whose rate is the goal: 实现30户以上自然村（组）通硬化路比例达70%以上 (DY24#104);
- the pilot set the plan attends to: 抓好广汉和14个村…智慧乡村治理试点 (DY24#110);
- a threshold of a set whose share in words is the goal: 确保50万元以上村超过半数 (audit 41 BZ40);
- the scope of a ranking: 在全国168个重点城市中保持在前100名以内 (DY24#121);
- the scope of a rate named by government levels: 确保14个国、省考核断面水质优良率100% (DY24, audit 36b).
Word lists: ``tables_words.json`` (past_series_words, quoted_line_things, class_make_verbs, class_nouns_after_money, class_count_counters, pilot_focus_verbs, pilot_ends)."""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from govreport.lexicon import clause_breaks, unit_field
from govreport.tables.clauses import first_mark
from govreport.tables.drawn_stocks import drawn_stock_reason
from govreport.tables.figures import Figure, words
from govreport.tables.member_classes import AMOUNT

CLOSING_QUOTES: Final = ("”", "\"", "》")
ENDS_CLAUSE: Final = re.compile(r"(?:[，,；;。、]|$)")
# N以上 + the set + its rate reached, in one clause (30户以上自然村（组）通硬化路比例达70%)
THRESHOLD_OF_A_RATE: Final = re.compile(r"(?:及以上|以上|以下)[^，,；;。、\d]{1,20}?(?:比例|比重|占比|覆盖率|率)"
                                        r"(?:达到|达|提高到|提升到|提升至|保持在|稳定在)?\d")
# N以上 + the set + a share of it in words (50万元以上村超过半数): the share is the goal, N its class (audit 41 BZ40)
THRESHOLD_OF_A_WORD_SHARE: Final = re.compile(r"(?:及以上|以上)的?[^，,；;。、\d]{1,12}?(?:超过半数|过半数|过半|占一半|达到半数)")
# N个 + a set + 中 + a rank kept or reached (168个重点城市中保持在前100名)
RANK_SCOPE: Final = re.compile(r"[\u4e00-\u9fff]{1,10}?中(?:保持在|保持|稳定在|位居|位列|进入|排名)?前\d")
# N个 + levels of government joined by 、 + the set + its rate (14个国、省考核断面水质优良率100%)
LEVELS_OF_A_RATE: Final = re.compile(r"[国省市县区乡镇村]、[国省市县区乡镇村][^，,；;。\d]{0,16}?(?:比例|比重|占比|率)"
                                     r"(?:达到|达|提高到|提升到|提升至|保持在|保持|稳定在|为)?\d")


# an amount, more 、 amounts, then a shared 以上的 + a set (年收入30万元、50万元、100万元以上的村): each is a threshold (audit 38)
LISTED_THRESHOLD: Final = re.compile(rf"(?:、{AMOUNT})+(?:及以上|以上|以下)的(?:村|户|企业|项目|地区)")
# a clause opened by 产能 + N + 以上/以下 (产能120万吨以上和灾害严重煤矿智能化改造全部开工): a class of mines or plants
CAPACITY_CLASS: Final = re.compile(r"(?:及以上|以上|以下)")


# N%以上的 + a set + its amount + a passing word, the figure after: the share is the goal (audit 37 YC24#66)
SHARE_PASSING: Final = re.compile(r"\d[%％](?:及以上|以上)?的?[^，,；;。\d]{1,16}$")  # 的 may be left out (30%以上村…, audit 38)


@cache
def _classes_shared() -> re.Pattern[str]:
    """After a money figure: its class noun, more 、 members of amount + class noun, then 各 and a count."""
    nouns = "|".join(words()["class_nouns_after_money"])
    member = f"[\\u4e00-\\u9fff]{{0,4}}?(?:{nouns})"
    return re.compile(f"{member}(?:、{AMOUNT}{member})*各\\d")


@cache
def _class_then_count() -> re.Pattern[str]:
    """Right after a money figure: its class noun, then at once a count (20亿元企业1户): the count is the goal, the
    amount its class."""
    nouns = "|".join(words()["class_nouns_after_money"])
    counters = "|".join(words()["class_count_counters"])
    return re.compile(f"(?:{nouns})\\d+(?:\\.\\d+)?(?:{counters})")


def own_clause_after(fig: Figure, lists: bool = False) -> str:
    """The words after the figure up to its clause's end (with ``lists``, up to a 、 too: its own member of a list)."""
    after = fig.after
    stop = first_mark(after, clause_breaks(lists=lists))
    return after if stop < 0 else after[:stop]


def scoping_reason(fig: Figure) -> str:
    """Why ``fig`` scopes, labels or classes a goal ('' when it does not); cheap tests first."""
    kind = unit_field(fig.unit, "kind")
    clause = fig.clause_before
    w = words()
    after = fig.sentence[fig.rel_end:fig.rel_end + 24]
    if fig.unit == "次" and clause.endswith(tuple(w["past_series_words"])):
        return "a past count (先后29次亲临…考察调研), not an amount to produce"
    if fig.unit == "条" and fig.before.endswith(CLOSING_QUOTES) and ENDS_CLAUSE.match(after) \
            and not fig.before[:-1].endswith(tuple(w["quoted_line_things"])):  # 打通“断头路”10条: roads, no policy's articles
        return "the count in a quoted label (落实“民营经济”33条), not an amount to produce"
    if kind == "money" and clause.endswith(tuple(w["class_make_verbs"])) and after.startswith(tuple(w["class_nouns_after_money"])):
        return "a money class of what is made (加快打造五百亿元园区), not an amount to produce"
    if kind == "money" and _class_then_count().match(after):  # 20亿元企业1户 (held-out set 65, fix138a)
        return "a money class of what a count after it counts (新增培育…20亿元企业1户), not an amount to produce"
    if kind == "money" and "各" in after and _classes_shared().match(after):
        return "a money class in a list of classes counted by 各 (打造300亿元园区、200亿元园区、100亿元园区各1个), not an amount to produce"
    if kind == "money" and (clause.endswith(tuple(w["share_passing_links"])) or after.startswith(("以上", "及以上"))) \
            and SHARE_PASSING.search(clause):  # 实现30%以上村集体经济年经营收入45万元以上 (audit 38 TR24#36)
        return "the threshold a share of a set passes (60%以上的行政村集体经营性收入超50万元), not an amount to produce"
    if fig.unit not in ("%", "‰") and THRESHOLD_OF_A_RATE.match(fig.sentence, fig.rel_end):
        return "a threshold of the set whose rate is the goal (30户以上自然村通硬化路比例达70%)"
    if fig.unit not in ("%", "‰") and THRESHOLD_OF_A_WORD_SHARE.match(fig.sentence, fig.rel_end):
        return "a threshold of the set whose share in words is the goal (确保50万元以上村超过半数)"
    if kind == "money" and LISTED_THRESHOLD.match(fig.sentence, fig.rel_end):
        return "a threshold in a list of thresholds of a set (年收入30万元、50万元、100万元以上的村), not an amount to produce"
    if kind == "weight" and clause.lstrip("，,、；; ") == "产能" and CAPACITY_CLASS.match(fig.sentence, fig.rel_end):
        return "a capacity class (产能120万吨以上和灾害严重煤矿智能化改造), not an amount to produce"
    if why := drawn_stock_reason(fig):  # 发挥100亿元产业引导基金作用, “双百城市”远景目标 (audit 38)
        return why
    if kind != "count":
        return ""
    if RANK_SCOPE.match(fig.sentence, fig.rel_end):
        return "the scope of a ranking (全国168个重点城市中保持在前100名), not an amount to produce"
    if LEVELS_OF_A_RATE.match(fig.sentence, fig.rel_end):
        return "the set a rate is measured on (14个国、省考核断面水质优良率100%), not an amount to produce"
    if _unhedged(clause.lstrip("，,、；; ")).startswith(tuple(w["pilot_focus_verbs"])) \
            and own_clause_after(fig).removesuffix("建设").endswith(tuple(w["pilot_ends"])):  # (持续抓好16个…试点社区建设, spot 38)
        return "the pilot set the plan attends to (抓好广汉和14个村…试点), not an amount to produce"
    if _places_of_works().match(fig.sentence, fig.rel_end):
        return "the places where the clause's counted works lie (新建和改造7个旗县区53个行政村…供水工程18处), not an amount to produce"
    if clause.endswith("在") and pilot_places_scope(fig.sentence[fig.rel_end:fig.rel_end + 8], own_clause_after(fig)):
        return "the places where pilots run (在39个乡镇分类开展…改革试点), a scope, not an amount to produce"
    return ""


@cache
def _places_of_works() -> re.Pattern[str]:
    """After a count: a place noun (``tables_words.json:work_site_places``), more such counts, then a noun of works with
    no figure or mark and the works' own count closing the clause (7个旗县区53个行政村农村牧区集中供水工程18处): the
    counts before are where the works lie (spot audit 38)."""
    places = "|".join(map(re.escape, sorted(words()["work_site_places"], key=len, reverse=True)))
    return re.compile(rf"(?:{places})(?:\d+个(?:{places}))*[^，,；;。、：:（(\d]{{2,24}}?\d+(?:\.\d+)?[个处座项所条](?:以上)?(?:[，,；;。]|$)")


def _unhedged(clause: str) -> str:
    """``clause`` without a scope adverb opening it (持续抓好: 抓好; ``tables_words.json:scope_adverbs``)."""
    return next((clause[len(a):] for a in words()["scope_adverbs"] if clause.startswith(a)), clause)


def pilot_places_scope(after: str, own_clause: str) -> bool:
    """After 在 + N个: places (``pilot_places``), then a run verb (``pilot_run_verbs``) and 试点 in the clause: where pilots
    run (在39个乡镇分类开展农村产权制度、经营制度…等改革试点, audit 46 HG row 62), no count of pilots to set up."""
    w = words()
    if not after.startswith(tuple(w["pilot_places"])):
        return False
    run = min((at for v in w["pilot_run_verbs"] if (at := own_clause.find(v)) >= 0), default=-1)
    return run >= 0 and any(e in own_clause[run:] for e in w["pilot_ends"])


_DIGIT = re.compile(r"\d")


def scope_of_a_screening(fig: Figure) -> bool:
    """N种/N类 right before what a screening or test looks for, closing the clause (③实行孕产妇13种致畸基因免费筛查:
    ``tables_words.json:screening_ends``): the scope of the service, not an amount to produce (unseen audit 35)."""
    if fig.unit not in ("种", "类"):
        return False
    after = fig.after
    stop = first_mark(after, clause_breaks())
    own = after if stop < 0 else after[:stop]
    return own.endswith(tuple(words()["screening_ends"])) and not _DIGIT.search(own)
