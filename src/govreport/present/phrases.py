"""The words a reader sees around the figures, in Chinese, English or both.

Phrases live in ``data/briefing_phrases.json`` (one entry per sentence, zh and en); this module
fills them in. It sits below display, charts and briefing, which all speak through it.
"""
from __future__ import annotations

import re
from functools import cache
from typing import Literal

from govreport.lexicon import read_json

Lang = Literal["zh", "en", "bi"]
LANGS: tuple[str, ...] = ("zh", "en", "bi")


def check_lang(lang: str) -> str:
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {', '.join(LANGS)}, not {lang!r}")
    return lang


@cache
def phrases() -> dict[str, dict[str, str]]:
    return {k: v for k, v in read_json("briefing_phrases.json").items() if not k.startswith("_")}


PLURAL = re.compile(r"\{(\w+)\|([^|{}]*)\|([^|{}]*)\}")  # {n|check|checks}: the word for the count n


def say(key: str, lang: str, **values: object) -> str:
    """One phrase filled in; ``values`` may be callables of the language (for translated names)."""
    check_lang(lang)

    def fill(one: str) -> str:
        filled = {k: v(one) if callable(v) else v for k, v in values.items()}
        text = PLURAL.sub(lambda m: m[2] if str(filled.get(m[1])) == "1" else m[3], phrases()[key][one])
        return text.format(**filled)

    return fill(lang) if lang != "bi" else f"{fill('zh')}  \n*{fill('en')}*"


def empty(lang: str = "zh") -> str:
    """What an empty table says instead of showing no rows."""
    return say("empty_table", lang)
