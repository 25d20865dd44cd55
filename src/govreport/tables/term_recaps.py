"""Which figures of a five-year recap are the term's totals rather than the review year's (docs/assumptions.md#baselines).

A review headed by a plan's name beside its last year (一、“十二五”及2015年经济社会发展回顾) may sum up the five years
throughout, with no paragraph of the year's own: its flows (新增高标准农田110万亩, 幼儿园502所) are then the term's, no
one-year baseline, while levels reached (城镇化率提高到61%) and figures their sentence dates (2015年地区生产总值…) stay
the year's (held-out set 86 徐州 G1, fix168a). Shared with ``year_spans._term_flows`` (一、过去五年工作回顾)."""
from __future__ import annotations

import re
from typing import Final

from govreport.lexicon import unit_field
from govreport.tables.figures import Figure, words

CLAUSE_MARK: Final = re.compile(r"[，,；;：:]")
# the rest of a count's clause sets it against a year before (、省级以上创新平台210家，分别较2017年增长3倍): a level compared, no flow
COMPARED_TO_TERM_START: Final = re.compile(r"[^。；;，,]{0,20}[，,](?:分别)?[较比](?:19|20)\d\d年(?:底|末)?(?:增长|增加|翻|提高)")
# a plan's name joined to the review year in a heading, 时期 or not (“十二五”及2015年 / “十三五”时期和2020年)
TERM_BESIDE_YEAR: Final = re.compile(r"“?十[一二三四五六七八九]五”?(?:时期)?(?=(?:及|和|暨|与)(?:19|20)\d\d年)")
SENTENCE: Final = re.compile(r"[^。！？!?\n]+")
# a sentence that opens or dates a one-year part ({year}年，/ 一年来 / 过去一年 / 去年 / 全年 / 今年以来)
ONE_YEAR_CUE: Final = r"(?:各位代表[！!，,]?)?(?:刚刚过去的|过去的)?(?:{year}年[，,是]|一年来|过去(?:的)?一年|这一年|去年|全年|今年以来|当年)"
YEAR_WORDS: Final = ("去年", "全年", "当年", "一年来", "这一年", "过去一年")


def term_flow_ids(figs: list[Figure], year: int, skip: tuple[int, int] = (0, 0)) -> list[int]:
    """Ids of the counts and amounts of a term's recap ``figs`` that are flows over the term: not a sentence starting in
    ``skip`` (the year's part), not one naming ``year``, not a level stated as reached (现有…企业300家 / 达到566家), nor a
    floor held (稳定在650万亩以上), nor a count set against the term's first year (分别较2017年增长3倍)."""
    reached, totals = words()["term_level_words"], words()["term_total_words"]
    out = []
    for f in figs:
        if (skip[0] <= f.sentence_start < skip[1]) or f.kind != "level" or f"{year}年" in f.sentence:
            continue
        clause = CLAUSE_MARK.split(f.before)[-1]
        if any(w in clause for w in reached) and not any(w in clause for w in totals) and not held_floor(f, clause):
            continue  # 现有创新龙头企业2家、…高新技术企业300家: a level at the term's end, the year's
        if unit_field(f.unit, "kind") == "count" and COMPARED_TO_TERM_START.match(f.sentence, f.rel_end) is not None:
            continue  # 高新技术企业216家、…，分别较2017年增长3倍: a count set against the term's first year, the level at its end (set 51)
        out.append(f.id)
    return out


def held_floor(f: Figure, clause: str) -> bool:
    """A floor held through the term (粮食种植面积稳定在650万亩以上 / 总产保持在280万吨以上): the least of five years, not
    the level the term's last year reached (set 52 许昌 G7)."""
    return f.qualifier == "at_least" and any(w in clause for w in words()["held_floor_words"])


def whole_recap_flows(section: str, review: list[Figure], text: str) -> list[int]:
    """Under a heading naming a plan before its last year (“十二五”及2015年…回顾) whose review no sentence opens or dates as
    the year's (2015年，… / 一年来 / 全年 / 去年: looked for in ``text`` too, as such openings often hold no figure), the flows
    of the whole section are the term's; [] when the heading is another or a one-year part is found."""
    if not text or (term := TERM_BESIDE_YEAR.search(section)) is None:
        return []
    year = int(section[term.end() + 1:term.end() + 5])  # (the lookahead holds 及/和 and four digits)
    figs = sorted((f for f in review if f.section == section), key=lambda f: f.start)
    if not figs or any(f.year != year for f in figs if f.year is not None):
        return []
    cue = re.compile(ONE_YEAR_CUE.format(year=year))
    first, last = figs[0].sentence_start, max(f.end for f in figs)
    if any(cue.match(m.group()) for m in SENTENCE.finditer(text[first:last])):
        return []
    return [i for i in term_flow_ids(figs, year) if not _dated_to_year(next(f for f in figs if f.id == i))]


def _dated_to_year(f: Figure) -> bool:
    """The figure's sentence dates it to one year (全年 / 去年 / 当年): the year's, though the review is the term's."""
    return any(w in f.sentence for w in YEAR_WORDS)
