"""The compiled build of the extractor's hot modules, used when it matches the sources.

`make` compiles the modules listed in pyproject.toml ([tool.govreport] native) with mypyc into
build/native/ (tools/build_native.py), from the same Python sources: about 1.4x faster
extraction, the same rows (tests/test_native.py). A build is used only while every source it was
compiled from is unchanged (build/native/stamp.json holds their SHA-256), so an edited module is
never shadowed by a stale build: until `make` compiles it again, the package runs as pure Python.
GOVREPORT_PURE=1 in the environment turns the build off. Imports the standard library only: it
runs before the rest of the package is imported.
"""
from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import json
import os
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
NATIVE = PACKAGE.parents[1] / "build" / "native"  # beside src/ in a checkout; absent in an installed copy
STAMP = "stamp.json"

_status = "pure Python: not activated"

try:
    from mypy_extensions import mypyc_attr  # how a compiled module marks a class to stay a Python class
except ImportError:  # installed with mypy, which compiles the build; running the package needs neither
    def mypyc_attr(*attrs: str, **kwattrs: object):  # type: ignore[misc,no-redef]
        return lambda cls: cls


def source_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def stale_sources(stamp: dict, package: Path = PACKAGE) -> list[str]:
    """The modules of ``stamp`` whose source differs from the one compiled (or is gone)."""
    stale = []
    for module, digest in stamp.get("sources", {}).items():
        path = package.parent / (module.replace(".", "/") + ".py")
        if not path.is_file() or source_digest(path) != digest:
            stale.append(module)
    return stale


def _extensions(native: Path) -> dict[str, str]:
    """Module name -> compiled file for every extension module under ``native`` built for this
    interpreter (another Python's builds carry another suffix and are left alone)."""
    suffixes = importlib.machinery.EXTENSION_SUFFIXES
    found = {}
    for path in sorted(native.rglob("*.so")):
        rel = path.relative_to(native).as_posix()
        for suffix in suffixes:
            if rel.endswith(suffix):
                found[rel[: -len(suffix)].replace("/", ".")] = str(path)
                break
    return found


class _Finder:
    """Finds the compiled modules (and mypyc's shared library) in the build, nothing else (a
    meta path finder: the import system asks it first)."""

    def __init__(self, files: dict[str, str]) -> None:
        self.files = files

    def find_spec(self, name, path=None, target=None):  # noqa: ANN001 - the import system's signature
        file = self.files.get(name)
        return importlib.util.spec_from_file_location(name, file) if file else None


def activate(native: Path = NATIVE) -> str:
    """Put the compiled build first on the import path when it is there, for this Python, and
    compiled from the current sources; returns (and remembers) a line saying which is in use."""
    global _status
    if any(isinstance(f, _Finder) for f in sys.meta_path):
        return _status
    _status = _choose(native)
    return _status


def _choose(native: Path) -> str:
    if os.environ.get("GOVREPORT_PURE"):
        return "pure Python: GOVREPORT_PURE is set"
    try:
        stamp = json.loads((native / STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "pure Python: no compiled build (make compiles one)"
    if stamp.get("python") != sys.version:
        return "pure Python: the compiled build is for another Python"
    stale = stale_sources(stamp)
    if stale:
        return f"pure Python: {len(stale)} module(s) changed since the build ({stale[0]} …); make compiles them again"
    files = _extensions(native)
    if not set(stamp["sources"]) <= set(files):
        return "pure Python: the compiled build is incomplete"
    sys.meta_path.insert(0, _Finder(files))
    return f"compiled (mypyc {stamp.get('mypyc', '?')}): {len(stamp['sources'])} modules"


def status() -> str:
    """Which build runs: compiled, or pure Python and why."""
    return _status
