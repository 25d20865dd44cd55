"""Levels a target holds that read like a year's amount: a time limit, a capacity, capital raised to a sum.

企业开办时间压减至2小时 and 审批压缩到15个工作日以内 say how long a service may take, not hours spent in the year; 形成24万片芯片产能
says how much can be made once the plant runs; 增资至70亿元 says how much capital the firm will hold. Read as flows, they
would be set against a review's amount of the year as if it were last year's addition (held-out set 73 吉林 fault group 6,
湘潭 fault group 4). So does a time limit cut by a share (审批时限压缩65%以上): the share of the statutory limit saved, a
standing level, no change on last year (held-out set 74 辽阳 row 54). So does a bare ratio or index (城乡居民人均可支配收入之比
下降到2.83, 倍差缩小至1.86: ``unit_free_ratios``): the ratio there will be, not an amount of the year (held-out set 79 安顺
fault group 5). Words: ``tables_words.json`` (duration_change_verbs,
capacity_heads, capacity_flow_words, capital_raised_verbs, limit_cut_heads)."""
from __future__ import annotations

import re
from collections.abc import Iterable

from govreport.extract.unit_free_ratios import RATIO_BEFORE, pair_ratio
from govreport.lexicon import clause_breaks, unit_field
from govreport.tables.clauses import first_mark
from govreport.tables.figures import Figure, words

STANDARD_RAISED_TO = re.compile(r"标准(?:提高|提升|增加)了?\d+(?:\.\d+)?元[，,](?:达到|达)$")  # 标准提高30元，达到 (fix162d)
COUNTED: str = "数"  # 芯片产能数: the measure added to a count's name


def held_level(fig: Figure, flow_words: Iterable[str]) -> str:
    """"level" for a time limit or a bare ratio, "stock" for a capacity or capital raised to a level, "" otherwise (a flow)."""
    w = words()
    clause = fig.clause_before
    if not fig.unit and (RATIO_BEFORE.search(clause) or pair_ratio(fig.sentence, fig.rel_start)):
        return "level"
    kind = unit_field(fig.unit, "kind")
    if kind == "duration":
        return "" if clause.endswith(tuple(w["duration_change_verbs"])) else "level"
    if clause.endswith(tuple(w["capital_raised_verbs"])):
        return "stock"
    if fig.unit == "元" and STANDARD_RAISED_TO.search(fig.before, max(len(fig.before) - 30, 0)):
        return "stock"  # 将…标准提高30元，达到410元: the standard reached after its raise (held-out set 82 九江 G5, fix162d)
    return "stock" if _capacity(fig, clause, (*flow_words, *w["capacity_flow_words"])) else ""


def _capacity(fig: Figure, clause: str, flows: tuple[str, ...]) -> bool:
    """The figure's name ends with a capacity head and no word of adding, releasing or cutting stands in it or its clause;
    a count's name (芯片产能数) only when the capacity noun follows the figure (24万片芯片产能), not mines counted (17座煤矿核增产能)."""
    heads = tuple(words()["capacity_heads"])
    name = fig.indicator
    if name.endswith(COUNTED) and name[:-1].endswith(heads):
        after = fig.after
        stop = first_mark(after, clause_breaks())
        if not (after if stop < 0 else after[:stop]).endswith(heads):
            return False
        name = name[:-1]
    return name.endswith(heads) and not any(f in clause or f in name for f in flows)


def limit_cut_share(fig: Figure) -> bool:
    """A % closing a clause that cuts a time limit (审批时限压缩80%以上: ``limit_cut_heads``, then one of duration_change_verbs):
    the share of the statutory limit saved, a level held, not a rate of change on last year."""
    if fig.unit != "%":
        return False
    w, clause = words(), fig.clause_before
    verb = next((v for v in w["duration_change_verbs"] if clause.endswith(v)), "")
    return bool(verb) and clause[:-len(verb)].endswith(tuple(w["limit_cut_heads"]))


def sped_up(fig: Figure) -> bool:
    """A % right after a speed-up word (``speed_up_words``: 确保审批再提速50%以上) says how much faster than now, a change, not a
    share of anything (held-out set 86 衡阳 row 37, fix168d); a time limit cut by a share stays ``limit_cut_share``'s level."""
    return fig.unit == "%" and fig.clause_before.endswith(tuple(words()["speed_up_words"]))
