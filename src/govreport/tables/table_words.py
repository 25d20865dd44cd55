"""The tables' word lists and parameters, each JSON file read and parsed once for every module of ``tables/``.

Its own module (below ``figures.py``, ``stages.py`` and ``phrase_likeness.py``, importing only the lexicon) so that
the modules ``figures.py`` itself imports can share the one parse of ``data/tables_words.json`` instead of each
reading the file again with a cache of its own.
"""
from __future__ import annotations

from typing import Any, Final

from govreport.lexicon import read_json

_ONCE: Final[dict[str, Any]] = {}  # read once (not functools.cache: a direct look-up on each of thousands of calls)


def words() -> dict[str, Any]:
    """The tables' word lists (``data/tables_words.json``)."""
    return _ONCE.get("words") or _ONCE.setdefault("words", read_json("tables_words.json"))


def parameters() -> dict[str, Any]:
    """The tables' thresholds and tolerances (``data/tables_parameters.json``)."""
    return _ONCE.get("parameters") or _ONCE.setdefault("parameters", read_json("tables_parameters.json"))
