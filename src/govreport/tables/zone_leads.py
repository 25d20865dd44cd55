"""A target under a paragraph lead that names a zone takes no review figure of no zone (held-out audit 44 怀化 G1).

推动临港产业大发展。…规模以上制造加工企业增至19家，新增限额以上商贸企业5家: the lead scopes the paragraph's figures to the
port zone, though their sentence names none; the city's 新增限额以上商贸企业82家 (under 大抓实体大兴产业) measures the whole
city. A review figure whose sentence, paragraph lead or heading names a word of the zone's group (data/baseline_scopes.json
``zone_leads``: 临港, 陆港 …) stays a baseline (新增…进出口服务类企业32家 under 全力加快陆港建设). Asked only where the plan sets
another target of the same name (新增限额以上商贸企业60家, the city's): a measure the plan states once under a zone lead (货邮吞吐量
under 空港, 新增规上工业企业 under 园区) is most often the city's own, the lead a topic, not a scope."""
from __future__ import annotations

from functools import cache

from govreport.lexicon import read_json
from govreport.tables.figures import Figure
from govreport.tables.project_fields import paragraph_lead


@cache
def _groups() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(ws) for ws in read_json("baseline_scopes.json")["zone_leads"].values())


def zone_of_lead(target: Figure, fig: Figure, text: str, paragraphs: tuple[int, ...]) -> str:
    """The zone word the target's paragraph lead names where the review figure's sentence, name, lead and heading name
    none of that zone's words, else ''."""
    lead = paragraph_lead(target, text, paragraphs)
    if not lead:
        return ""
    for group in _groups():
        zone = next((w for w in group if w in lead), "")
        if zone and not any(w in target.sentence for w in group):
            theirs = fig.sentence + fig.indicator + fig.section + paragraph_lead(fig, text, paragraphs)
            return "" if any(w in theirs for w in group) else zone
    return ""
