"""An industry a sentence opens by developing names the bare measures after it (spot audit 35, 固原, 漳州): in
做强肉牛产业，…，保持饲养量在100万头以上 the head count is the beef cattle's (肉牛饲养量), in 做精马铃薯产业，…种植面积达到90万亩
the area the potatoes' (马铃薯种植面积), in 发展古雷石化产业，全年完成固定资产投资超220亿元 the investment the industry's, not the
city's. Only an industry named by what it makes (肉牛, 马铃薯, 古雷石化), not a class of industries (特色, 主导, 六大…), and
only a measure given bare (data/name_subjects.json ``developed_industry_verbs``, ``_measures``, ``_generic``). An industry the sentence opens with as its
topic (晶硅光伏产业要稳产提质，…本地配套率达到65%, round fix85a) names them too. Two more owners an opening gives a bare measure: the object of the opening clause (``owner_opened``) and the capital a raise reaches
(``capital_reached``)."""
from __future__ import annotations

import re
from functools import cache
from typing import Any, Final

from govreport.lexicon import name_subjects, verbs

INDUSTRY: Final = "产业"
OPENING_REACH: Final = 24  # an opening clause that develops one industry is short


@cache
def _words(key: str) -> tuple[str, ...]:
    return tuple(sorted(name_subjects()[key], key=len, reverse=True))


# what every figure asks, made once (Final lists: a direct look-up, not a functools.cache call per figure)
_MEASURES: Final[list[frozenset[str]]] = []  # developed_industry_measures as a set (most names are none of them)
_RAISED: Final[list[tuple[str, str, str]]] = []  # capital_raised: the verb, the verb and its 至, the capital's noun
_OWNERS: Final[list[dict[str, Any]]] = []  # opened_owners


@cache
def _opening() -> re.Pattern[str]:
    """A clause that ends by developing one industry: its verb, then the industry's own words before 产业."""
    verbs = "|".join(map(re.escape, _words("developed_industry_verbs")))
    return re.compile(f"(?:{verbs})([\u4e00-\u9fff]{{2,8}}?){INDUSTRY}$")


@cache
def _opening_verbs() -> tuple[str, ...]:
    """Verbs a clause may open with (data/verbs.csv and the developing verbs): a topic opens with none of them."""
    return tuple(verbs()) + _words("developed_industry_verbs")


@cache
def _topic() -> re.Pattern[str]:
    """A sentence that opens with one industry as its topic and a plan for it (晶硅光伏产业要稳产提质，, 新材料产业重点支持…，)."""
    plans = "|".join(map(re.escape, _words("industry_topic_verbs")))
    return re.compile(f"([\u4e00-\u9fff]{{2,10}}?){INDUSTRY}(?:{plans})(?!素|求)")  # 产业要素, 产业要求 are nouns


def industry_scoped(scan: str, sentence_start: int, figure_start: int, base: str) -> str:
    """``base`` with the industry before it when ``base`` is a bare measure (``developed_industry_measures``) and the sentence's
    opening clause, before the figure's, ends by developing that industry (发展古雷石化产业 -> 古雷石化); else ``base``."""
    if not _MEASURES:
        _MEASURES.append(frozenset(_words("developed_industry_measures")))
    if base not in _MEASURES[0]:
        return base
    cut = scan.find("，", sentence_start, min(figure_start, sentence_start + OPENING_REACH))
    if cut < 0:
        return base
    m = _opening().search(scan, sentence_start, cut)
    if m is not None and not any(w in m.group(1) for w in _words("developed_industry_generic")):
        return m.group(1) + base
    t = _topic().match(scan, sentence_start, cut)
    if t is not None and t.group(1).startswith(_opening_verbs()):  # 推动光伏产业…: the industry is an object, no topic
        return base
    return t.group(1) + INDUSTRY + base if t is not None else base


def capital_reached(scan: str, figure_start: int, base: str) -> str:
    """An amount a capital is raised to (潭城融资担保集团增资至70亿元) is the registered capital reached, not the size of the
    raise: ``base`` ending in the raise's verb (增资) takes the capital's noun instead (潭城融资担保集团注册资本; spot audit 35
    fix85a, 湘潭 row 23); else ``base``. The verbs and the noun: data/name_subjects.json ``capital_raised``."""
    if not _RAISED:
        words = name_subjects()["capital_raised"]
        _RAISED.append((str(words["verb"]), str(words["verb"]) + str(words["to"]), str(words["noun"])))
    verb, raised_to, noun = _RAISED[0]
    if not base.endswith(verb) or not scan.startswith(raised_to, max(0, figure_start - len(verb) - 1)):
        return base
    return base[: -len(verb)] + noun


def owner_opened(scan: str, sentence_start: int, figure_start: int, base: str) -> str:
    """A bare measure whose owner the sentence's opening clause names as its object (扩大科技型企业知识价值信用贷款风险补偿覆盖面，
    新增贷款12亿元: the new loans are those loans; 扩充上市企业培育库，新入库企业超50家: entries of that register; spot audit 35
    fix85a, 湘潭 row 22, 惠州 row 36). Only a measure of data/name_subjects.json ``opened_owners`` (its owner's head noun and the
    name it makes), an opening clause with one of ``owner_opening_verbs`` and the figure in the clause right after it; else ``base``."""
    if not _OWNERS:
        _OWNERS.append(dict(name_subjects()["opened_owners"]))
    owned = _OWNERS[0].get(base)
    if owned is None:
        return base
    cut = scan.find("，", sentence_start, figure_start)
    if cut < 0 or scan.find("，", cut + 1, figure_start) >= 0:
        return base
    head, template = str(owned[0]), str(owned[1])
    verbs = "|".join(map(re.escape, _words("owner_opening_verbs")))
    m = re.compile(f"(?:{verbs})([\u4e00-\u9fff]{{1,16}}?{re.escape(head)})").match(scan, sentence_start, cut)
    return template.replace("{owner}", m.group(1)) if m else base
