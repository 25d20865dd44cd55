"""Regular expressions' compiled programs kept from one run for the next (build/re_programs.marshal).

The package compiles some 1,400 patterns on its way to a corpus worker (imports and warm-up; speed102t):
after charsets.py, parsing and compiling them was still about half of the start-up (callgrind: 2,431 M
instructions, of which ~1,280 M were Python's re parser and compiler). ``make`` records, once, what
Python's compiler gives for each pattern the package compiles (``record``: the pattern, its flags, the
program and its groups, exactly the arguments ``re._compiler.compile`` hands to ``_sre.compile``) and
``install`` puts in front of ``re._compiler.compile`` a look-up of the pattern and flags: a hit is
handed to ``_sre.compile`` as is; any other pattern (changed since the recording, built from a set's
order, a bytes pattern) is compiled by the standard library. The file is used only by the Python (and
``re`` magic number) that recorded it, so a program is the one the compiler gives here; tests/test_programs.py
compares every recorded program with a fresh compile (re.Pattern's equality compares programs).
A missing or unreadable file changes nothing. Imports the standard library only: it runs before the
rest of the package.
"""
from __future__ import annotations

import marshal
import sys
from array import array
from pathlib import Path
from typing import Any

try:
    import _sre
    from re import _compiler, _constants, _parser  # type: ignore[attr-defined]  # (private: typeshed leaves it out)
except ImportError:  # another Python's layout of the re package: its own compiler is kept
    _compiler = None  # type: ignore[assignment]

PROGRAMS = Path(__file__).resolve().parents[2] / "build" / "re_programs.marshal"  # beside src/ in a checkout
_CODE = "I" if array("I").itemsize == 4 else "L"  # _sre's code words are 32 bits
_ORIGINAL: Any = getattr(_compiler, "compile", None)
_programs: dict[tuple[str, int], tuple] = {}
_recorded: dict[tuple[str, int], tuple] | None = None


def _stamp() -> tuple[str, int]:
    return sys.version, _constants.MAGIC


def compile(p: Any, flags: int = 0) -> Any:
    """``re._compiler.compile``: the recorded program of a pattern string and its flags, else Python's own
    compile (recorded as well while ``record`` is on)."""
    if type(p) is str:
        hit = _programs.get((p, flags))
        if hit is not None:
            final, code, groups, groupindex, indexgroup = hit
            return _sre.compile(p, final, array(_CODE, code).tolist(), groups, groupindex, indexgroup)
        if _recorded is not None:
            program = _program(p, flags)
            _recorded[p, flags] = program
            final, code, groups, groupindex, indexgroup = program
            return _sre.compile(p, final, array(_CODE, code).tolist(), groups, groupindex, indexgroup)
    return _ORIGINAL(p, flags)


def _program(pattern: str, flags: int) -> tuple:
    """What ``re._compiler.compile`` hands to ``_sre.compile`` for ``pattern``, as plain values."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = {str(name): int(i) for name, i in parsed.state.groupdict.items()}
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return (int(flags | parsed.state.flags), array(_CODE, [int(c) for c in code]).tobytes(),
            int(parsed.state.groups - 1), groupindex, tuple(indexgroup))


def install(path: Path = PROGRAMS) -> int:
    """Use the programs recorded at ``path`` (when recorded by this Python); how many."""
    global _programs
    if _compiler is None:
        return 0
    try:
        saved = marshal.loads(path.read_bytes())  # one read: marshal.load on a file reads it piece by piece
    except (OSError, ValueError, EOFError, TypeError):
        return 0
    if not isinstance(saved, dict) or saved.get("stamp") != _stamp():
        return 0
    _programs = saved["programs"]
    _compiler.compile = compile
    return len(_programs)


def record() -> None:
    """From now on, remember the program of every pattern string compiled (for ``write``)."""
    global _recorded
    if _compiler is not None:
        _recorded = {}
        _compiler.compile = compile


def write(path: Path = PROGRAMS) -> int:
    """Write the programs recorded to ``path``, whole or not at all; how many."""
    programs = dict(_recorded or {})
    path.parent.mkdir(parents=True, exist_ok=True)
    scratch = path.with_suffix(".tmp")
    scratch.write_bytes(marshal.dumps({"stamp": _stamp(), "programs": programs}))
    scratch.replace(path)
    return len(programs)


def recorded() -> dict[tuple[str, int], tuple]:
    """The programs in use: (pattern, flags) -> the arguments to ``_sre.compile`` after the pattern."""
    return {**_programs, **(_recorded or {})}
