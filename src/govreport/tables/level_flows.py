"""A level raised to (提升至, 提高至) is not measured by the year's additions.

新能源装机规模提升至170万千瓦 states how much there will be; the review's 全年新增新能源装机50万千瓦 states how much was added,
so the pair compares a stock with a flow (audit 56 淮北 row 45: ×3.4 where 总装机规模达150万千瓦 gives ×1.13). This is the mirror of
``measures.stock_for_a_flow``'s flow-target guard; its 到-forms (提升到, 增至) are read there by ``LEVEL_REACHED``."""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Final

from govreport.lexicon import read_json, unit_field
from govreport.tables.figures import Figure, words

# a verb of raising with 至 right before the figure (提升至, 提高至, 扩大至, 增长至)
RAISED_TO: Final = re.compile(r"(?:提升|提高|扩大|增长|增加|上升)至$")
# words saying when, before the flow word of a review clause (全年新增…, 年内新建…)
WHEN: Final = ("全年", "年内", "今年", "当年")
# verbs opening a review count of the year's creations (创建省级美丽宜居村117个): no level, as a flow word is none (spot 38)
CREATED: Final = tuple(words()["created_verbs"])


def level_against_added(target_before: str, fig_clause: str, flow_words: Iterable[str]) -> bool:
    """The target's text ends with a raising verb + 至 and the review figure's clause opens (after a word of when)
    with a flow word (新增, 净增 …): a level set against an amount added."""
    if RAISED_TO.search(target_before[-4:]) is None:
        return False
    clause = fig_clause.removeprefix(next((w for w in WHEN if fig_clause.startswith(w)), ""))
    return clause.startswith(tuple(flow_words))


def _governing(clause: str, flow_words: Iterable[str]) -> str:
    """The flow word nearest before the figure in its list clause (净增市场主体3万家，新增…企业70家: 新增 for the 70家), '' where none."""
    found = [(clause.rfind(w), len(w), w) for w in flow_words if w in clause]
    return max(found)[2] if found else ""


def gross_for_net(target_clause: str, fig_clause: str, flow_words: Iterable[str]) -> bool:
    """A net addition (净增市场主体3万家: registrations less exits) is not measured by a gross one (新增市场主体7.49万户):
    the target's governing flow word is a net word (``net_words``) and the review figure's another flow word (set 51 娄底 row 12)."""
    net = tuple(words()["net_words"])
    if not any(w in target_clause for w in net):  # (cheap gate: most targets say no 净增)
        return False
    flows = (*flow_words, *net)
    own, other = _governing(target_clause, flows), _governing(fig_clause, flows)
    return own in net and other != "" and other not in net


# a count, then only a verb of reaching right before the figure (新认定高新技术企业75家达到169家)
REACHED_AFTER_COUNT: Final = re.compile(r"\d[\u4e00-\u9fff]{1,2}(?:达到|达|增至|增加到)$")


def total_after_added(fig_clause: str) -> bool:
    """The review figure follows a count of the year's additions with only a verb of reaching between (新认定高新技术企业75家
    达到169家): the total they brought, a stock, though its clause opens with the flow word the first count's (held-out set
    65 昌吉 row 6: the baseline of 高新技术企业达到200家)."""
    return ("达" in fig_clause[-3:] or "增" in fig_clause[-3:]) and REACHED_AFTER_COUNT.search(fig_clause[-8:]) is not None


LIST_NUMBER: Final = re.compile(r"^\d{1,2}[.．、]")  # 7.新建成高校4所: a numbered line of the review


def unnumbered(clause: str) -> str:
    """``clause`` less a review line's number (7.新建成高校4所 opens with 新建成, a flow word, after it: held-out set 77)."""
    return LIST_NUMBER.sub("", clause, count=1) if clause[:1].isdigit() else clause


@cache
def _build_words() -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]:
    d = read_json("stock_builds.json")
    return tuple(d["build_verbs"]), tuple(d["stock_cues"]), frozenset(d["kinds"])


def built_in_year(fig: Figure) -> bool:
    """A target in an area or a length whose own clause opens with a verb of building and names no level reached nor
    running total (建设海绵城市12平方公里; not 海绵城市建成面积达到130平方公里, 累计建设…): the year's build-out of a key
    registered as a stock adds to it, a flow, no level to set against the cumulative 海绵城市115平方公里 (held-out set 72
    济宁 row 48, fix149h; data/stock_builds.json)."""
    build, stock_cues, kinds = _build_words()
    if fig.role != "target" or unit_field(fig.unit, "kind") not in kinds:
        return False
    clause = fig.clause_before
    return clause.startswith(build) and not any(w in clause for w in stock_cues)


def yearly_amount(fig: Figure) -> bool:
    """Money whose name ends in tax paid (资产总额突破1300亿元、税收突破10亿元: 税收): what one year brings in, a flow
    even after 突破/达到, not a stock reached; a running total (累计…税收) stays one (data/tables_words.json
    yearly_amounts; held-out set 86 莆田 row 61, fix169c)."""
    return (unit_field(fig.unit, "kind") == "money" and fig.indicator.endswith(tuple(words()["yearly_amounts"]))
            and "累计" not in fig.clause_before)
