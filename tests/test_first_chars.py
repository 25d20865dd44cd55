"""first_chars.gated: the same matches as the pattern it gates (speed round 106t)."""
from __future__ import annotations

import random
import re

import pytest

from govreport.first_chars import gated

PATTERNS = [r"(?<!提)供应|(?<!连续)五年|年均", r"\d{4}年度?|全国|全省", r"(?:建成数|个数|数|量)$", r"(?:计划)(?=(?:实施|建设))|实施|建设",
            r"[一二三]+[、.]|（[一二三]+）", r"(?<=[\u4e00-\u9fff])\0+[\u4e00-\u9fff]{2,}[和及与]$", r"(a|b)\1"]
UNGATED = [r"a*b", r"(?i)ab|cd", r"[^a]b", r"x?y|z"]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_gated_finds_the_same(pattern):
    g = gated(pattern)
    assert g != pattern and g.startswith("(?=[")
    a, b = re.compile(pattern), re.compile(g)
    rng = random.Random(7)
    alphabet = "提供应连续五年均全国省计划实施建设数量个成一二三、.（）和及与ab\0 2024度"
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert a.sub("<>", text) == b.sub("<>", text)
        assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)]
        assert [m.groups() for m in a.finditer(text)] == [m.groups() for m in b.finditer(text)]


@pytest.mark.parametrize("pattern", UNGATED)
def test_left_alone_where_the_opening_is_unknown(pattern):
    assert gated(pattern) == pattern


def test_the_package_patterns_gated():
    from govreport.tables import noun_words

    assert noun_words._verb_noise().pattern.startswith("(?=[")
    assert noun_words._GENERAL.pattern.startswith("(?=[")
