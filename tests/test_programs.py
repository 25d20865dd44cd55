"""Speed round 102t: a recorded regular expression's program (build/re_programs.marshal, govreport/programs.py) is the one
Python's compiler gives: every recorded one, and a recording written and installed again."""
from __future__ import annotations

import marshal
import re
from re import _compiler

import pytest

from govreport import programs


def _fresh(pattern: str, flags: int) -> re.Pattern:
    saved = programs._programs
    programs._programs = {}
    try:
        return programs._ORIGINAL(pattern, flags)
    finally:
        programs._programs = saved


def test_every_recorded_program_is_the_compilers() -> None:
    recorded = programs.recorded()
    if not recorded:
        pytest.skip("no recording (make records one: tools/record_programs.py)")
    for (pattern, flags), _ in recorded.items():
        kept, fresh = programs.compile(pattern, flags), _fresh(pattern, flags)
        assert kept == fresh, pattern  # equal: the same flags, pattern and program
        assert (kept.groups, kept.groupindex) == (fresh.groups, fresh.groupindex), pattern


def test_a_recording_round_trips(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(programs, "_programs", {})
    monkeypatch.setattr(programs, "_recorded", None)
    monkeypatch.setattr(_compiler, "compile", _compiler.compile)
    patterns = [(r"(?P<year>\d{4})年[\u4e00-\u9fff]{2,}(?:增长|下降)(\d+(?:\.\d+)?)%", 0), (r"[^，。；]*?(?i:ab)c$", re.M),
                (r"(?x) a  b  # verbose", 0), (r"(?<=达到)\d+", 0)]
    programs.record()
    made = [re.compile(p, f) for p, f in patterns]
    path = tmp_path / "programs.marshal"
    assert programs.write(path) >= len(patterns)
    monkeypatch.setattr(programs, "_recorded", None)
    assert programs.install(path) >= len(patterns)
    for (p, f), pattern in zip(patterns, made):
        again = programs.compile(p, int(f))
        assert again == pattern == _fresh(p, int(f))
        assert again.groupindex == pattern.groupindex and again.groups == pattern.groups
    assert programs.compile(r"never recorded \d", 0) == _fresh(r"never recorded \d", 0)


def test_another_pythons_recording_is_not_used(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(programs, "_programs", {})
    path = tmp_path / "programs.marshal"
    path.write_bytes(marshal.dumps({"stamp": ("2.7", 0), "programs": {("a", 0): (32, b"", 0, {}, ())}}))
    assert programs.install(path) == 0 and programs._programs == {}
    path.write_bytes(b"not marshal")
    assert programs.install(path) == 0
    assert programs.install(tmp_path / "absent") == 0
