"""A run-in heading inside a paragraph that names what the sentences after it work on: 让城市基础设施更完善。
全年计划投资8.6亿元，… (county_hailar_2019) — the planned investment is the city infrastructure's, not a bare
计划投资. Only a short heading sentence of the form 让 + subject + 更 + quality, right before the figure's sentence, is
read, or one of the form 大力发展 + industry (大力发展生态食品饮品及健康医药产业。…实现产值80亿元以上: city_tongren_2024,
when the sentence's first figure is a capacity inside a project's name, no topic) (a paragraph's opening heading is name_parts.run_in_heading's)."""
from __future__ import annotations

import re

from govreport.lexicon import name_words
from typing import Final


# 让城市基础设施更完善。: the subject between 让 and 更 (2 to 10 characters), a quality of 1 to 4 after it
GOAL_HEADING: Final = re.compile(r"让([\u4e00-\u9fff“”]{2,10}?)更(?:加)?[\u4e00-\u9fff]{1,4}。")
# 大力发展生态食品饮品及健康医药产业。: an industry developed, the subject of the sentences after it (its output …)
# 全力打造千亿级新能源电池产业集群。: the same, the cluster's scale and 集群 no part of the industry (audit 41, 曲靖 G1)
TASK_HEADING: Final = re.compile(r"(?:大力|加快|积极|着力|全力)?(?:发展|壮大|打造)(?:[千百]亿级)?([\u4e00-\u9fff“”]{2,16}?(?:产业|行业))(?:集群)?。")
HEADING_REACH: Final = 24


def heading_before(scan: str, start: int) -> str:
    """The subject of a 让…更… heading sentence that ends right before ``start`` (a sentence's start), after a sentence
    end or a paragraph start; '' when the sentence before is no such heading."""
    if start < 6 or scan[start - 1] != "。":
        return ""
    lo = max(scan.rfind("。", max(0, start - HEADING_REACH), start - 1), scan.rfind("\n", max(0, start - HEADING_REACH), start - 1))
    m = (GOAL_HEADING.fullmatch(scan, lo + 1, start) or TASK_HEADING.fullmatch(scan, lo + 1, start)) if lo >= 0 else None
    return m.group(1) if m else ""


def opening_heading_subject(scan: str, start: int, base: str) -> str:
    """The subject of the paragraph's opening task heading for a bare measure (``base``: 投资, 规上工业产值) in the
    sentence right after it: 提速增效现代林产业。实现规上工业产值58亿元以上。 -> 现代林产业; 提速综合交通网络建设。完成投资…
    -> 综合交通网络 (audit 45, 普洱 A): the heading's lead verbs and its tail (建设, 水平, 平稳发展) dropped. '' when the
    measure is not bare, the sentence before does not open the paragraph, or the heading has no lead verb."""
    if base not in name_words("heading_measure") or start < 6 or scan[start - 1] != "。":
        return ""
    para = scan.rfind("\n", 0, start - 1) + 1
    heading = scan[para:start - 1]
    if not 4 <= len(heading) <= 16 or not all("\u4e00" <= c <= "\u9fff" for c in heading):
        return ""
    leads = name_words("heading_lead")
    lead = next((w for w in leads if heading.startswith(w)), "")
    if not lead:
        return ""
    subject = heading[len(lead):]
    subject = subject[len(lead2):] if (lead2 := next((w for w in leads if subject.startswith(w)), "")) else subject
    tail = next((w for w in name_words("heading_tail") if subject.endswith(w)), "")
    subject = subject[:len(subject) - len(tail)]
    return subject if len(subject) >= 2 and not subject.endswith(base) else ""
