"""The helpers the target tests share: the targets table of a review part and a plan part
written as a report would (a review year, the year after it planned)."""
from __future__ import annotations

import pandas as pd

from govreport import extract_quantities, read_text
from govreport.tables import build_targets


def targets(review: str, plan: str, review_year: int = 2024) -> pd.DataFrame:
    """build_targets of ``review`` under 一、{review_year}年工作回顾 and ``plan`` under the next
    year's 重点工作, indexed by each figure's text (kept as a column too)."""
    text = (f"政府工作报告\n一、{review_year}年工作回顾\n{review}\n"
            f"二、{review_year + 1}年重点工作\n{plan}\n")
    return build_targets(extract_quantities(read_text(text))).set_index("text", drop=False)


def text_targets(text: str) -> pd.DataFrame:
    """The targets of a whole report ``text`` as ``build_tables`` makes them: with the text, where sentences holding
    no figure open the parts; indexed by each figure's text (kept as a column too)."""
    report = read_text(text)
    return build_targets(extract_quantities(report), text=report.text).set_index("text", drop=False)


def baseline_of(t: pd.DataFrame, text: str) -> str:
    """The baseline figure of the last target row written ``text`` ("" when it has none)."""
    got = t.loc[[text]].iloc[-1]["baseline_text"]
    return "" if pd.isna(got) else str(got)


def class_of(t: pd.DataFrame, text: str) -> str:
    """The feasibility class of the last target row written ``text``."""
    return str(t.loc[[text]].iloc[-1]["feasibility"])


def names_by_text(review: str, plan: str, review_year: int = 2024) -> dict[str, list[str]]:
    """The indicator names of each target text of ``plan``, in row order (a figure written twice has two)."""
    t = targets(review, plan, review_year)
    out: dict[str, list[str]] = {}
    for text, name in zip(t["text"], t["indicator"]):
        out.setdefault(str(text), []).append(str(name))
    return out
