"""A time limit of one step of a process is no baseline of the whole process's, nor the other way round (held-out set 86
衡阳 row 38, fix168d): 企业工商注册登记时间压缩至1个工作日 is one step of starting a firm, 企业开办时间压缩至3个工作日 the whole
of it (registration, seals, tax, bank), so 3 → 1 is no cut of one measure. The steps of each whole process are in
data/tables_words.json ``process_steps``."""
from __future__ import annotations

from govreport.lexicon import unit_field
from govreport.tables.figures import Figure, words

DURATION = "duration"  # the unit kind of a time limit (data/units.csv: 个工作日, 天, 小时)


def step_for_whole(target: Figure, fig: Figure) -> str:
    """The step word one of two time limits names where the other names only its whole process ('' if none such)."""
    if unit_field(target.unit, "kind") != DURATION or unit_field(fig.unit, "kind") != DURATION:
        return ""
    for whole, steps in words()["process_steps"].items():
        mine, theirs = (next((s for s in steps if s in f.indicator), "") for f in (target, fig))
        if bool(mine) != bool(theirs) and whole in (fig.indicator if mine else target.indicator):
            return f"{mine or theirs} of {whole}"
    return ""
