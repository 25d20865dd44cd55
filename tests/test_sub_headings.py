"""Run-in sub-headings found from their brackets give the offsets the line-start pattern gives."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from govreport.tables.sub_headings import heading_starts, sub_part

PATTERN = re.compile(r"^[ \t\u3000]*[（(][一二三四五六七八九十]{1,3}[）)]", re.MULTILINE)
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def by_pattern(text: str) -> tuple[int, ...]:
    return tuple(m.start() for m in PATTERN.finditer(text))


@pytest.mark.parametrize("text", [
    "（一）抓产业\n  (二)稳投资\n 其中（三）不是\n（十一）\n（一二三四）过长\n（",
    "\u3000（五）全角空格", "（一", "(一", "\r\n（二）", "", "（）", "前言\n\t(九)x\n（十）",
])
def test_the_same_offsets_as_the_line_start_pattern(text: str) -> None:
    assert heading_starts(text) == by_pattern(text)


def test_a_heading_line_starts_at_its_line_and_counts_its_part() -> None:
    text = "三、2023年工作安排\n（一）抓产业。新增100家。\n（二）稳就业。新增1万人。"
    starts = heading_starts(text)
    assert starts == (text.index("（一）"), text.index("（二）"))
    assert sub_part(starts, text.index("100")) == 1 and sub_part(starts, text.index("1万")) == 2


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus not present")
def test_the_same_offsets_on_every_corpus_report() -> None:
    for path in sorted(CORPUS.rglob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert heading_starts(text) == by_pattern(text), path.name
