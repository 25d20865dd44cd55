"""The one helper the name tests share: the names the extractor gives the figures of a sentence
written as a review paragraph (an actual or a target row each; labels and meta rows left out)."""
from __future__ import annotations

from govreport import extract_quantities, read_text

HEAD = "一、2023年工作回顾\n"


def names(sentence: str) -> dict[str, str]:
    """Figure text -> indicator name, for the actual and target rows of ``sentence``."""
    table = extract_quantities(read_text(HEAD + sentence + "\n"))
    table = table[table.role.isin(["actual", "target"])]
    return dict(zip(table.text, table.indicator))
