"""The investment of the plan's own package of tasks, named only by the package (held-out audit 46 渭南 G3, fix114c).

计划总投资20亿元以上，办好今年的十件民生实事: an amount whose name is a bare investment word (``bare_investment_names``) in a
sentence that names a package of the government's own tasks (``package_task_words``: 民生实事) is that package's investment.
The review states the year's package the same way (承诺的十件民生实事全部兑现，完成投资22.5亿元): the one review amount in the
target's unit whose name says 投资 and whose sentence, before it, names the same package word is its baseline.
"""
from __future__ import annotations

from govreport.tables.baselines import BaselineIndex, Match, _form, plausible
from govreport.tables.figures import Figure, words

INVESTMENT: str = "投资"


def _package(fig: Figure) -> str:
    """The package word the figure's sentence names ('' if none)."""
    return next((w for w in words()["package_task_words"] if w in fig.sentence), "")


def package_investment_match(target: Figure, index: BaselineIndex) -> Match | None:
    """The review's investment of the package the target's sentence names, where the target's name is a bare investment
    word; None where none or several."""
    if target.indicator not in words()["bare_investment_names"] or not (package := _package(target)):
        return None
    form = _form(target)
    found = [a for a in index.figures if a.unit == target.unit and _form(a) == form and INVESTMENT in a.indicator
             and a.id not in index.average and package in a.before and plausible(target, a)]
    if len(found) != 1:
        return None
    fig = found[0]
    return Match(fig, "same", 1.0, f"the investment of the package '{package}' both sentences name ({fig.indicator}, {fig.text})", fig.year)
