"""A list adopted before, carried out (audit 28): 落实落细促进民营经济高质量发展195项任务清单 — N项 before 任务清单/清单 in a
clause that opens with 落实 (落细, 执行, 贯彻) is the scope of the work, fixed when the list was made, not an amount to produce."""
from __future__ import annotations

import re
from typing import Final

CARRY_OUT: Final = re.compile(r"^(?:深入|全面|持续|认真|抓好)?(?:落实落细|落实|落细|执行|贯彻)")
LIST_AFTER: Final = ("任务清单", "清单")


def adopted_list(clause_before: str, after: str, unit: str) -> bool:
    """N项 before a task list (``after``) in a clause (``clause_before``) that carries it out."""
    return unit == "项" and after.startswith(LIST_AFTER) and CARRY_OUT.match(clause_before.lstrip("，,、；; ")) is not None
