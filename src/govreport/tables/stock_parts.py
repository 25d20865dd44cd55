"""A part (其中…) of a whole stated as a stock is a stock too (held-out set 58, fix128c).

市场主体总量达45.6万户、其中企业10.3万户 counts the firms there are, no year's addition, so it is no baseline of 净增市场主体5.4万户;
the mirror of measures.part_of_an_added_whole (新增电力装机1800万千瓦，其中非化石能源装机1000万千瓦: added too).
"""
from __future__ import annotations

import re

from govreport.tables.clauses import last_mark
from govreport.tables.figures import Figure, words

PART_OPENER = "其中"
WHOLE_BREAKS = "，,；;。：:"  # where the whole's clause starts (、 list members share it)


def whole_of_a_part(fig: Figure, breaks: str, strip: str = "，,；;：:") -> str | None:
    """The clause of the whole right before ``fig``'s own clause when that opens with 其中 (新增电力装机1800万千瓦，其中非化石能源
    装机1000万千瓦: 新增电力装机), from the last of ``breaks`` on, with ``strip`` marks off its end; None for any other figure.
    One reading for the rules on 其中 parts (here, measures.part_of_an_added_whole, part_actions.whole_action)."""
    clause = fig.clause_before
    if not clause.startswith(PART_OPENER):
        return None
    before = fig.before[:len(fig.before) - len(clause)].rstrip(strip)
    return before[last_mark(before, breaks) + 1:]


def governed_clause(fig: Figure, clause: str) -> str:
    """``clause`` (the figure's list clause) with, where it opens with 其中, its whole's clause before it: the flow word of the
    whole governs the part it breaks down (年内净增“四上”企业1000家以上，其中规上工业企业400家: 净增), so a net part is no more
    measured by a gross part (新增…2051家，其中规上工业企业515家) than its whole by the gross whole (held-out audit 90 徐州 row 21).
    A flow word of the part's own stays nearest (level_flows.gross_for_net reads the nearest)."""
    if not clause.startswith(PART_OPENER):
        return clause
    before = fig.before[:len(fig.before) - len(clause)].rstrip("，,；;：:")
    return before[last_mark(before, WHOLE_BREAKS) + 1:] + "，" + clause


def part_of_a_stock(fig: Figure, stock_words: tuple[str, ...], added: re.Pattern[str]) -> bool:
    """``fig``'s clause opens with 其中 and the clause of the whole right before it says one of ``stock_words`` (总量, 累计 …)
    and nothing ``added`` (新增, 净增 …): the part counts what there is, as its whole does (measures.states_level asks)."""
    whole = whole_of_a_part(fig, WHOLE_BREAKS, "，,、；;：:")
    return whole is not None and any(w in whole for w in stock_words) and added.search(whole) is None


def stock_worked(clause: str, stock_words: tuple[str, ...]) -> bool:
    """存量 the only stock word, after a verb of work on it (盘活国有存量资产10亿元以上: ``stock_work_verbs``): the year's
    work on the assets, a flow to compare with last year's, not the stock there is (held-out set 59, fix129a; measures.measure_of
    asks, with its ``stock_words``)."""
    at = clause.find("存量")
    others = [w for w in stock_words if w != "存量" and w in clause]
    return at > 0 and not others and any(v in clause[:at] for v in words()["stock_work_verbs"])


def kept_works(clause: str, keep_words: tuple[str, ...]) -> bool:
    """Every keep word of the clause (巩固) names a programme of works closed by a project head after it
    (完成农村饮水安全巩固提升工程133处: ``tables_words.json:kept_works``): the works done in the year, a flow like the
    review's 建成…巩固提升工程197处, not what there is kept (held-out set 62, fix133c; measures.measure_of asks)."""
    heads = tuple(words()["kept_works"])
    found = [i for w in keep_words for i in range(len(clause)) if clause.startswith(w, i)]
    return bool(found) and all(any(h in clause[i:] for h in heads) for i in found)
