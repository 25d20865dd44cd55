"""A JSON word-list file read strictly: a key given twice is an error, not a silent override.

Why: json.load keeps the last of two equal keys, so a list added under a name already in use
replaces the older list without a word (tables_words.json had two ``event_counters`` lists;
the first, with its own rule, had been dead since audit 50)."""
from __future__ import annotations

import json
from typing import Any


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise ValueError(f"key {key!r} appears twice")
        seen[key] = value
    return seen


def load_object(text: str, name: str) -> dict:
    """``text`` (the file ``name``) as a JSON object whose keys are each given once."""
    try:
        return json.loads(text, object_pairs_hook=_unique_keys)
    except ValueError as e:
        raise ValueError(f"{name}: {e}") from None
