"""A verb of new things (新招引, 新引进, 新增: ``carried_new_verb`` in name_words.csv) said once before a list of counts
is carried to a later member named with no verb of its own that counts the same noun: 新招引亿元以上产业项目800个以上，
其中先进制造业项目600个，50亿元以上项目不少于10个 (新招引50亿元以上项目数, not a stock of such projects; audit 40 YZ20,
LY55, LY102)."""
from __future__ import annotations

import os
from functools import cache

from govreport.lexicon import name_words, verbs

STOCK_WORDS = ("累计", "总数", "达", "到", "突破", "超过", "保持", "存量", "总量", "现有", "保有", "每")  # a stock keeps its name
OWN_VERBS = ("完成", "竣工", "建成", "实现", "开工", "投产", "入围", "入选", "入库", "入驻", "加快", "获评", "认定")  # 完成股改企业70家
BATCH, AND = "一批", ("和", "及")  # 新增一批X和N家Y: the verb before a batch of X reaches the counted Y
PEOPLE = ("人数", "人次")  # 新增城镇就业6万人以上，农村劳动力转移就业33万人: a measure of its own, not new jobs


@cache
def _new_verbs() -> tuple[str, ...]:
    return tuple(sorted(name_words("carried_new_verb"), key=len, reverse=True))


@cache
def _own_verbs() -> tuple[str, ...]:
    return (*OWN_VERBS, *(v for v in verbs() if len(v) > 1))


def carried_verb(name: str, scan: str, lo: int, start: int, before: dict[int, str]) -> str:
    """``name`` (of the count at ``start``, its clause from ``lo``) with the new-things verb of the nearest name in
    ``before`` (the sentence's names before it, by where each figure ends) that ends with the same noun (two characters
    or more before 数); ``name`` where its clause opens with a verb or has none before the figure, or a stock is said
    between that figure and this one (新增创意设计企业88家，文化创意中心发展到13家，1946文创园入驻企业87家)."""
    if not name.endswith("数") or name.endswith(PEOPLE) or name.startswith(("新", *_own_verbs())) \
            or any(v in name for v in _new_verbs()):
        return name
    own = scan[lo:start].lstrip("，,、 ").removeprefix("其中")
    k = max(scan.rfind(c, max(lo - 40, 0), start) for c in "，,、；")  # (入围全省百强魅力乡镇5个: lo after 百)
    said = scan[k + 1:start].removeprefix("其中") if k >= 0 else own
    verb = next((v for v in _new_verbs() if said.startswith(v + BATCH)), "") if BATCH in said and said.endswith(AND) else ""
    if verb and not any(c in said for c in "，,、；;"):  # (新增一批出口超亿元龙头企业和100家以上外贸企业, audit 41 LS36)
        return verb + name
    if not own or own.startswith(_own_verbs()) or said.startswith(_own_verbs()):
        return name
    stem = name[:-1]
    for end, prev in reversed(before.items()):
        if not prev.endswith("数"):
            continue
        n = len(os.path.commonprefix([stem[::-1], prev[:-1][::-1]]))
        if n >= 2:
            verb = next((v for v in _new_verbs() if prev.startswith(v)), "")
            between = scan[end:start]
            return verb + name if verb and n < len(stem) and not any(w in between for w in STOCK_WORDS) else name
    return name
