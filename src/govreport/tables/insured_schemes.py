"""Which insurance a coverage rate and an insured count are of (the insured_over_rate check, docs/assumptions.md#consistency-checks)."""
from __future__ import annotations

from govreport.tables.figures import Figure, segment_before, words


def same_scheme(count: Figure, rate: Figure, group: list[Figure]) -> bool:
    """Whether the rate's segment names the count's insurance (基本养老保险参保率 after 职业伤害保障累计参保63.2万人: no):
    the words before its rate word (参保率, 覆盖率) and before the count's 参保 agree (one holds the other), or either names
    none (参保率分别达…; corpus audit 18 C24 C01)."""
    w = words()
    seg = segment_before(rate, group)
    at = max(seg.rfind(k) for k in w["insured_rate_words"])
    scheme = seg[:at] if at > 0 else ""
    if not scheme:
        return True
    insured = segment_before(count, group)
    own = insured[: max(insured.rfind(k) for k in w["insured_words"])]
    return not own or scheme in own or own in scheme
