"""The plan verb that governs a count of projects stays in the count's name (推动100个重点工业项目 → 推动重点工业项目数:
the projects worked on in the year, a flow, not a stock of projects; audit 37 SN24#9), also when an investment amount
stands between the verb and the count (抓好总投资280亿元的15个现代服务业龙头项目, 深入推进总投资1059亿元的165个项目:
audit 38 JC24#25, #71) — with the scope before that amount (抓好丹河新城年度投资197亿元的59个项目 → 抓好丹河新城项目数,
JC24#43). The verbs are the lexicon's ``project_push`` words (推进, 推动, 抓好, 完成), the adverbs before them its ``push_adverb``
words (深入, 加快 …). A plan verb right after the counted noun, closing its clause, governs the count the same way
(尚安街、金匠街西延等14条城市道路加快推进 → 加快推进城市道路数: the roads worked on, not the stock; audit 38 JC24#47)."""
from __future__ import annotations

import re
from functools import lru_cache

from govreport.extract.covered_counts import covered_things
from govreport.extract.periods import period_end_months
from govreport.lexicon import name_words, trie_pattern

PROJECTS = "项目"
MONTH = r"(?:1[0-2]|[1-9]|十[一二]|[一二三四五六七八九十])月(?:份)?(?:底|末|中旬|上旬|下旬)?"  # 187个续建项目6月底前全部复工, 28条主体雪道4月开工: a month is a period too


@lru_cache(maxsize=1)
def _invested_clause() -> re.Pattern[str]:
    """verb, scope (a place or programme, up to 8 characters), an investment amount and 的, up to the count."""
    return re.compile(_adverbs() + "(" + _verbs() + r")([\u4e00-\u9fff]{0,8}?)(?:年度|计划|总)*投资(?:额)?(?:约|达)?[\d.]+(?:万|亿)元(?:以上)?的")


def pushed_verb(scan: str, clause_start: int, figure_start: int, base: str, post: str) -> str:
    """The verb (and scope) to keep before ``post``, the noun of a count of projects at ``figure_start``; '' when the count
    names no projects or no plan verb governs it. ``base`` is the clause's stripped words before the figure."""
    if not post.endswith(PROJECTS):
        return ""
    if base in name_words("project_push"):
        return base
    verb = next((v for v in name_words("project_push") if base.endswith(v)), "")
    if verb and base[:-len(verb)] in name_words("push_adverb"):
        return verb  # 高标准完成11个“徐特立”项目: the projects completed (audit 39 CZ24#68), its adverb left out
    if scan[figure_start - 1:figure_start] == "等":  # 加速推动A示范工程等33个新能源项目 (audit 38, WH24#58): the verb before the examples
        m = _before_examples().fullmatch(scan, clause_start, figure_start)
        return m.group(1) if m else ""
    if "投资" not in scan[clause_start:figure_start]:
        return ""
    m = _invested_clause().fullmatch(scan, clause_start, figure_start)
    return m.group(1) + m.group(2) if m else ""


@lru_cache(maxsize=1)
def _before_examples() -> re.Pattern[str]:
    """verb, then the examples of the projects counted, up to 等."""
    return re.compile(_adverbs() + "(" + _verbs() + r")[^，,；;。：:]{2,40}等")


def _verbs() -> str:
    """The project_push verbs as one alternation, longest first."""
    return "|".join(map(re.escape, name_words("project_push")))


def _adverbs() -> str:
    """Any run of push_adverb words (深入, 加快 …) before the verb."""
    return "(?:" + "|".join(map(re.escape, name_words("push_adverb"))) + ")*"


def verb_after(scan: str, end: int, post: str) -> str:
    """The adverb and plan verb (a ``push_after`` word: 推进, 推动, 建设) right after ``post``, the noun after a count ending at
    ``end``, when they close the clause (14条城市道路加快推进。); '' otherwise. An adverb is required: a bare verb after a
    noun is more often a result of its own (…项目完成投资)."""
    at = scan.find(post, end, end + 4)
    if at < 0:
        return ""
    m = _verb_closing().match(scan, at + len(post))
    return m.group(1) if m else ""


@lru_cache(maxsize=1)
def _verb_closing() -> re.Pattern[str]:
    """adverbs (one at least) and a push_after verb, then a clause break."""
    return re.compile("((?:" + "|".join(map(re.escape, name_words("push_adverb"))) + ")+(?:" + "|".join(map(re.escape, name_words("push_after"))) + "))(?=[，,。；;])")


def timed_result(scan: str, end: int, post: str) -> str:
    """``post``, the noun after a count ending at ``end``, with the result or stage verb that closes its clause after a
    period word and a done adverb (确保147个项目上半年全部开工、100个项目年内投产 → 项目开工, 项目投产: audit 46 徐州 rows 11, 12;
    data/periods.csv, name_words.csv kinds done_adverb, result, stage_verb); when is no part of what, as for
    2个泊位上半年建成运营 — a month as a period word too (320个新建项目9月底前全部开工, 28条主体雪道4月开工: spot audit 38
    抚顺 rows 29, 43). ``post`` itself when no such verb follows."""
    m = _timed_result().match(scan, end)
    return m.group(1) + m.group(2) if m and post.startswith(m.group(1)) else post


@lru_cache(maxsize=1)
def _timed_result() -> re.Pattern[str]:
    """noun, period word, done adverbs, a result or stage verb, then a clause break."""
    return re.compile(r"([\u4e00-\u9fff]{2,8}?)(?:" + trie_pattern(list(period_end_months())) + "|" + MONTH + ")前?(?:" + trie_pattern(list(name_words("done_adverb")))
                      + ")*((?:" + trie_pattern(list(name_words("result") + name_words("stage_verb"))) + r")+)(?=[，,。；;、])")


@lru_cache(maxsize=1)
def _treated() -> re.Pattern[str]:
    """the rest of the clause up to a ``treat_verb`` word (进行), then the work done, ending the clause."""
    return re.compile(r"[^，,。；;]*?(?:" + trie_pattern(list(name_words("treat_verb"))) + r")([\u4e00-\u9fff、]{2,12}?)(?=[，,。；;])")


@lru_cache(maxsize=1)
def _worked_on() -> re.Pattern[str]:
    """的, a work (name_words.csv kind ``project_work``, a few characters before it), 工程 or 项目, then a clause break."""
    return re.compile(r"的([\u4e00-\u9fff]{0,4}?(?:" + trie_pattern(list(name_words("project_work"))) + r"))(?:工程|项目)(?=[，,。；;])")


def worked_on(scan: str, end: int, post: str) -> str:
    """``post``, the noun after a count ending at ``end``, after the work a 工程 of them does (实施南城子水库等4座水库的除险加固
    工程: 除险加固水库, the reservoirs worked on, not 实施水库, a stock of them; held-out set 60, fix130c); ``post`` otherwise."""
    if "的" not in scan[end:end + 16]:
        return post  # (most counts: no 的 after the noun)
    noun = next((post[k:] for k in range(len(post) - 1) if scan.find(post[k:], end, end + 4 + len(post) - k) >= 0), "")  # (实施水库: the clause's verb first)
    at = scan.find(noun, end, end + 4 + len(noun)) + len(noun) if noun else -1
    m = _worked_on().match(scan, at) if noun and scan.startswith("的", at) else None
    return m.group(1) + noun if m and not noun.startswith(m.group(1)) else post


def treated_by(scan: str, clause: str, end: int, post: str) -> str:
    """``post``, the noun after a count ending at ``end`` in a clause opened by 对, after the work the clause's ``treat_verb``
    (进行) does to it (对高旺路等10条主要道路及高速路口…进行绿化、美化改造 → 绿化美化改造主要道路: the roads treated, not a
    stock of roads; audit 47 梧州); ``post`` itself when the clause is not so built."""
    m = _treated().match(scan, end) if clause.lstrip("，,、 ").startswith("对") else None
    if m is None:
        return covered_things(scan, end, post)  # …，实现不动产、公积金等10个领域全覆盖: the fields the work before covers (fix146d)
    verb = next((v for v in name_words("treat_verb") if v in post), "")
    return m.group(1).replace("、", "") + (post[:post.find(verb)] if verb else post)
