"""The zh→en glossaries, read once: the words of indicator names (data/glossary.csv) and, for what a reader sees, the
display labels before them (data/labels.csv)."""
from __future__ import annotations

from functools import cache

from govreport.lexicon import read_rows


@cache
def glossary() -> dict[str, str]:
    """Chinese term -> English for the words of indicator names (data/glossary.csv)."""
    return {r["zh"]: r["en"] for r in read_rows("glossary.csv") if r.get("zh")}


@cache
def label_glossary() -> dict[str, str]:
    """Chinese -> English for what a reader sees: the display labels (data/labels.csv: headers,
    chart titles), then the names glossary; the first entry for a term wins.

    Labels live in their own file because the names glossary drives the longest-match English
    names of indicators, where a generic label word like 字 or 合计 would leak in.
    """
    terms: dict[str, str] = {}
    for row in [*read_rows("labels.csv"), *read_rows("glossary.csv")]:
        if row.get("zh") and row.get("en"):
            terms.setdefault(row["zh"], row["en"])
    return terms
