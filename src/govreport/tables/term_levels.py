"""A level a five-year recap says is reached, or dates at the term's end (期末), is the review year's level, a baseline (held-out audits 43, 70, 71, 73, 74).

——这是…的五年。…，市场主体达到43.7万户 states the stock at the term's end; 累计, 新增 or 年均 in its clause make it a total
over the term instead (tables/year_spans.term_totals, tables/baselines)."""
from __future__ import annotations

import re
from typing import Final

from govreport.lexicon import indicator_registry, unit_field
from govreport.tables.figures import Figure, words

# the figures of a 分别 list before this one, or of a from-to's list of ends (…提高到45.62%、|53.35%: held-out set 79 安顺, fix159b)
EACH_LIST_ON: Final = re.compile(r"(分别[\u4e00-\u9fff]{1,3}|[从由][^，,；;。]{0,8}[\d.]+[^\d、，,；;。]{0,6}[、和][\d.]+[^\d、，,；;。]{0,6}(?:提高|提升|上升|增加|下降|降低|减少)?[到至])(?:[\d.]+[^\d、，,；;。]{1,6}、)+$")
CLAUSE_START: Final = re.compile(r"[^，,；;。：:]*$")


def each_list_clause(before: str) -> str:
    """The clause of the first figure of the 分别 list a later figure closes ``before`` with (…综合产值分别达245.8亿元、: …分别达),
    so each member's level reads as the first's (held-out set 77 宜宾, fix156a), and of the first end of a listed from-to (从…a1、b1提高到a2、:
    …提高到, fix159b); '' when it closes no such list."""
    bare = EACH_LIST_ON.sub(r"\1", before)
    return "" if bare == before else (m.group() if (m := CLAUSE_START.search(bare)) else "")


TERM_PATH_END: Final = re.compile(r"[从由][^，,；;。\d]{0,8}[\d.]+(?:[^，,；;。\d、和]{0,6}[、和][\d.]+)?[^，,；;。\d]{0,10}[到至]$")  # (a pair: 从…的a1、b1提高到)


# the year a path over the term starts from, named (占工业比重从2015年10%提升到17%): no year of the end, which is the recap's last
PATH_START_YEAR: Final = re.compile(r"(?<=[从由])((?:19|20)\d\d)年(?:底|末)?的?(?=[\d.])")


def level_reached_in_term(a: Figure) -> bool:
    """A level the term paragraph says is reached (——这是…的五年。…，市场主体达到43.7万户): the level at its end, the review
    year's, a baseline for a level target (held-out audit 43 平顶山 G5); not a total over the term (累计, 新增, 年均) nor a year named.
    A path's end (由X提高到Y, 从2015年X提升到Y, a start year before the review year's named) is so in a recap whose figures the
    reader dated no span (year_from None: its heading or opening set it aside as the term's, held-out set 91 柳州 row 11)."""
    w, clause = words(), _start_year_out(a, a.clause_before or each_list_clause(a.before))
    path = TERM_PATH_END.search(clause)
    undated_end = a.year_from is None and path is not None and (bool(a.indicator_key) or a.kind == "share")  # (a keyed figure or a share)
    if a.year is None or a.year_from != a.year - 4 and not undated_end or "年" in clause:
        return False
    if path is not None and (a.indicator_key or undated_end):  # PM2.5平均浓度由56微克/立方米降至28微克/立方米:
        return not any(x in clause[:path.start()] for x in w["term_total_words"])  # the end, 2020's level (set 71 绍兴 G1b)
    if any(x in _heads_out(clause, w["term_annual_value_heads"]) for x in w["term_total_words"]):  # (增加值 says no 增加)
        return False
    if dated_at_term_end(a):  # 期末城镇登记失业率2.08%: dated the term's end (set 74 泰安 row 8)
        return True
    if a.kind == "level" and built_stock_in_term(a, clause):  # 建成开通5G基站4000座: the stock at the term's end (fix172b)
        return True
    if a.kind == "level" and clause.endswith(tuple(w["term_annual_value_verbs"])) and a.indicator.endswith(tuple(w["term_annual_value_heads"])):
        return unit_field(a.unit, "kind") == "money"  # 现代农业产值达1205亿元: one year's output (set 71 南充 G2)
    if a.kind == "level" and unit_field(a.unit, "kind") in w["term_annual_volume_units"] \
            and a.indicator.endswith(tuple(w["term_annual_volume_heads"])):  # 港口货物吞吐量达5.71亿吨: a year's volume (set 76 舟山 G2)
        return clause.endswith(tuple(w["term_share_reached_verbs"]))
    if held_ceiling(a, clause):  # 登记失业率控制在2.9%以内: the review year's rate within it (set 80 嘉峪关 G1, fix160a)
        return True
    if a.kind == "share" and a.unit in ("%", "‰"):  # 农产品加工转化率达68% / 占全国比重从2.7‰提高到3.3‰: the share at the term's end
        return clause.endswith(tuple(w["term_share_reached_verbs"]))  # (held-out set 70 防城港 row 22, fix146a; set 76 舟山 G2)
    return a.kind == "level" and clause.endswith(tuple(w["term_reached_verbs"])) and unit_field(a.unit, "kind") in ("count", "households", "people")


def _start_year_out(a: Figure, clause: str) -> str:
    """``clause`` less the year its path starts from (从2015年10%提升到: 从10%提升到), when that year is before the figure's."""
    m = PATH_START_YEAR.search(clause)
    return clause[:m.start()] + clause[m.end():] if m and a.year is not None and int(m.group(1)) < a.year else clause


def built_stock_in_term(a: Figure, clause: str) -> bool:
    """A count of a key registered as a stock (data/indicators.csv: 5G基站) that a five-year recap says was built, a verb of
    completion alone (``stock_built_verbs``: 建成开通5G基站4000座, no 新 right before it) with no flow or total word in its
    clause (新增, 新建, 累计, 年均, 五年 …): the stock standing at the term's end, the review year's (held-out set 90 汕头 row 8,
    fix172b). A length built (建成高速公路120公里) or a flow key stays the term's work."""
    ind, w = indicator_registry().get(a.indicator_key), words()
    if ind is None or ind.measure != "stock" or unit_field(a.unit, "kind") != "count" \
            or any(x in clause for x in (*w["term_total_words"], *w["flow_words"])):
        return False
    return any((at := clause.find(v)) >= 0 and clause[at - 1:at] != "新" for v in w["stock_built_verbs"])


def _heads_out(clause: str, heads: list[str]) -> str:
    """The clause less the heads of a one-year value, which hold a total word but say none (高新技术产业增加值占GDP比重达9%:
    增加值 is no 增加 over the term; held-out set 73 黄冈 row 26, fix152c)."""
    for h in heads:
        clause = clause.replace(h, "")
    return clause


def dated_at_term_end(a: Figure) -> bool:
    """The figure's clause opens with a word dating it at the term's end (期末, “十三五”末: ``term_end_leads``), a level of the
    review year, though a several-years cue (五年来) opens its sentence (held-out set 74 泰安 row 8, fix153c)."""
    return a.clause_before.startswith(tuple(words()["term_end_leads"]))


def held_ceiling(a: Figure, clause: str | None = None) -> bool:
    """A rate the term paragraph says was held within a ceiling (登记失业率控制在2.9%以内, no 年均 or 累计): it bounds every year
    of the term, the review year's too, so it may stand as the baseline of a ceiling it is within, and of nothing else
    (``within_held_ceiling``; held-out set 80 嘉峪关 G1, fix160a)."""
    w = words()
    clause = (a.clause_before or each_list_clause(a.before)) if clause is None else clause
    if a.year is None or a.year_from != a.year - 4 or "年" in clause or a.kind != "share" or a.unit not in ("%", "‰") or a.qualifier != "at_most":
        return False
    return clause.endswith(tuple(w["term_ceiling_verbs"])) and not any(x in clause for x in w["term_total_words"])


def within_held_ceiling(target: Figure, kind: str, baseline: Figure) -> bool:
    """A term's held ceiling (``held_ceiling``) is a baseline only of a ceiling in the same unit it is within (城镇登记失业率控制在
    4.5%以内: met already); a floor, a flow or a lower ceiling it cannot judge, the review year's value being unknown below it."""
    return not held_ceiling(baseline) or kind == "ceiling" and target.unit == baseline.unit and target.value is not None \
        and baseline.value is not None and target.value >= baseline.value


def rate_after_summed_list(a: Figure, cue_start: int) -> bool:
    """A share in % in a later ，-clause than the several-years cue that sums a list (五年累计新增城镇就业56.9万人、…，城镇登记失业率
    控制在1.9%): 累计 adds up the list's counts and flows; a rate does not add up over years, and with no total word of its own
    and a verb of a level reached or held it is the level at the term's end, the review year's (held-out set 86 徐州 row 6, fix169c)."""
    w, clause = words(), a.clause_before
    lead = a.before[cue_start:len(a.before) - len(clause)]
    cue_clause = re.split(r"[，,；;]", lead, maxsplit=1)[0]
    return (a.kind == "share" and a.unit in ("%", "‰") and a.year_from is None and cue_clause != lead and "累计" in cue_clause
            and "分别" not in a.before and not any(x in clause for x in w["term_total_words"])
            and clause.endswith(tuple(w["term_share_reached_verbs"] + w["term_ceiling_verbs"])))
