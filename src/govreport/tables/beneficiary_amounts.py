"""An amount stated for the beneficiaries a 享受…N家 list member counts (audit 42 CD22).

享受研发费用加计扣除企业421家、减免税费6.1亿元: the member after 享受<policy><beneficiary>N家 states what those
beneficiaries got under that policy (the R&D deduction's tax relief), not every tax cut of the year; it measures a target
only where the target's sentence names the policy too (减免企业税费16亿元以上 names none: another measure). One substring
test gates the pattern.
"""
from __future__ import annotations

import re
from typing import Final

from govreport.tables.figures import Figure

CUE: Final = "享受"
# 享受 + the policy and who enjoys it + a count of them + 、 + the next member's words up to the figure
BENEFIT: Final = re.compile(r"享受([^，,；;。、\d]{2,30}?)[\d.]+万?(?:家|户|个|人|名)、[^，,；;。、\d]{1,20}$")
POLICY_CHARS: Final = 4  # the policy's first characters the target's sentence must hold (研发费用加计扣除: 研发费用)


def for_beneficiaries(target: Figure, fig: Figure) -> bool:
    """The review figure is the amount of a 享受…N家、 member's beneficiaries under a policy the target's sentence does not name."""
    if CUE not in fig.before:
        return False
    m = BENEFIT.search(fig.before)
    if m is None:
        return False
    policy = m.group(1).replace("\n", "")
    return policy[:POLICY_CHARS] not in target.sentence.replace("\n", "")
