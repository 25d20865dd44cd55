"""Stage 2, extraction: every figure of a ``Report`` as one row of the quantities table.

numerals and scanner find numbers and units; roles says what a figure is (actual, target,
meta, label), its year and period; naming and indicators say what it measures; categories
files it under a policy area; quantities puts the row together with its offsets and sentence.
"""
from __future__ import annotations

from govreport.extract.quantities import extract_quantities

__all__ = ["extract_quantities"]
