"""Hand-made quantities frames for the table tests, and the real Jinbi tables.

``make_frame(text, figures)`` builds the columns the table builders read (offsets, value,
unit, role, sentence) from a few sentences and the figures in them, so each rule can be
specified by a sentence and the rows it must give.
"""
from __future__ import annotations

import re
from decimal import Decimal
from functools import cache
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
JINBI = ROOT / "data" / "raw" / "jinbi_2024.txt"
CORPUS = ROOT / ".." / "shared" / "corpus"


def make_frame(text: str, figures: list[tuple], part: str = "") -> pd.DataFrame:
    """A quantities table for ``text``: each figure is (surface, value, unit, role[, qualifier[, kind]]).

    Surfaces are found left to right; sentences are split after 。！？；.
    """
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^。！？；]+[。！？；]?", text)]
    rows, pos = [], 0
    for i, fig in enumerate(figures, 1):
        surface, value, unit, role, *rest = fig
        start = text.index(surface, pos)
        end = start + len(surface)
        pos = end
        s_start, s_end = next((a, b) for a, b in sentences if a <= start < b)
        rows.append({
            "id": i, "start": start, "end": end, "text": surface, "value": Decimal(str(value)),
            "value_high": None, "unit": unit, "qualifier": rest[0] if rest else "", "role": role,
            "year": 2024 if role == "actual" else (2025 if role == "target" else None), "year_from": None,
            "indicator": "", "indicator_en": "", "category": "", "direction": "",
            "kind": rest[1] if len(rest) > 1 else "level",
            "part": part or ("plan" if role == "target" else "review"), "section": "",
            "sentence": text[s_start:s_end], "sentence_start": s_start, "sentence_end": s_end,
        })
    return pd.DataFrame(rows)


@cache
def jinbi_tables() -> dict[str, pd.DataFrame]:
    """The tables of the first report, from the real reader and extractor (built once)."""
    import govreport

    return govreport.build_tables(govreport.read_report(JINBI))


def test_make_frame_keeps_offsets_true() -> None:
    text = "播种农作物12.97万亩,实现产值5.01亿元。"
    q = make_frame(text, [("12.97万亩", "129700", "亩", "actual"), ("5.01亿元", "501000000", "元", "actual")])
    for r in q.itertuples():
        assert text[r.start:r.end] == r.text
        assert r.sentence == text[r.sentence_start:r.sentence_end]
