"""The compiled build (govreport/native.py): used only when it matches the sources, and the same
rows either way. The recorded digests (test_outputs_unchanged.py) hold for whichever build runs;
here the pure-Python path is checked too, in a process with the build turned off."""
from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import govreport
from govreport import native
from output_digests import FIRST_REPORT, ROOT, digests

HOT = "govreport.extract.naming"


def _package(tmp_path: Path, source: str) -> Path:
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "mod.py").write_text(source, encoding="utf-8")
    return package


def test_a_changed_source_makes_its_module_stale(tmp_path):
    package = _package(tmp_path, "X = 1\n")
    stamp = {"sources": {"pkg.mod": hashlib.sha256(b"X = 1\n").hexdigest()}}
    assert native.stale_sources(stamp, package) == []
    (package / "mod.py").write_text("X = 2\n", encoding="utf-8")
    assert native.stale_sources(stamp, package) == ["pkg.mod"]
    (package / "mod.py").unlink()
    assert native.stale_sources(stamp, package) == ["pkg.mod"]


def test_no_build_or_another_pythons_build_is_not_used(tmp_path, monkeypatch):
    monkeypatch.delenv("GOVREPORT_PURE", raising=False)
    assert native._choose(tmp_path).startswith("pure Python: no compiled build")
    (tmp_path / native.STAMP).write_text(json.dumps({"python": "2.7.18", "sources": {}}), encoding="utf-8")
    assert native._choose(tmp_path) == "pure Python: the compiled build is for another Python"
    (tmp_path / native.STAMP).write_text("{half", encoding="utf-8")
    assert native._choose(tmp_path).startswith("pure Python: no compiled build")


def test_a_build_without_its_compiled_files_is_not_used(tmp_path, monkeypatch):
    monkeypatch.delenv("GOVREPORT_PURE", raising=False)
    source = (native.PACKAGE / "extract" / "naming.py").read_bytes()
    stamp = {"python": sys.version, "sources": {HOT: hashlib.sha256(source).hexdigest()}}
    (tmp_path / native.STAMP).write_text(json.dumps(stamp), encoding="utf-8")
    assert native._choose(tmp_path) == "pure Python: the compiled build is incomplete"


def test_the_compiled_modules_type_check():
    """mypyc compiles only modules that type-check: a type error would leave the package in pure
    Python (and below the speed floor) with one warning, so it fails here, with mypy's words."""
    failed = native.NATIVE / "FAILED"
    if not failed.is_file():
        return
    log = failed.read_text(encoding="utf-8")
    errors = [line for line in log.splitlines() if ": error:" in line]
    assert not errors, "the compiled build failed on type errors:\n" + "\n".join(errors)
    # mypyc can also stop on a construct it cannot compile (a starred item inside `in (…)`: an AssertionError naming
    # the line, session 47): a failure that names a line of the package is the package's defect, not the machine's
    ours = [line for line in log.splitlines() if re.search(r"govreport/\S+\.py:\d+:", line)]
    assert not ours, "the compiled build failed on a line of the package:\n" + "\n".join(ours)


def test_the_build_make_compiled_is_the_one_in_use():
    stamp_file = native.NATIVE / native.STAMP
    if not stamp_file.is_file():
        pytest.skip("no compiled build here (make compiles it; without a C compiler the package runs as pure Python)")
    if os.environ.get("GOVREPORT_PURE"):
        pytest.skip("GOVREPORT_PURE is set")
    stamp = json.loads(stamp_file.read_text(encoding="utf-8"))
    if native.stale_sources(stamp):
        pytest.skip("sources changed since the build: `make` compiles them again")
    assert native.status().startswith("compiled"), native.status()
    module = sys.modules[HOT]
    assert module.__file__.startswith(str(native.NATIVE)) and not module.__file__.endswith(".py")


def test_pure_python_gives_the_same_tables():
    """The same rows without the build (the recorded digests check the build in use)."""
    script = ("import json, sys; sys.path.insert(0, 'tests'); import govreport; from output_digests import digests; "
              f"print(json.dumps([govreport.native.status(), digests(__import__('pathlib').Path({str(FIRST_REPORT)!r}))]))")
    env = {**os.environ, "GOVREPORT_PURE": "1"}
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    status, pure = json.loads(out.stdout)
    assert status == "pure Python: GOVREPORT_PURE is set"
    assert pure == digests(FIRST_REPORT)
    assert govreport.native.status()  # and this process says which build it runs


# Modules of the extracting stages left pure on purpose: they fork a process, build pandas frames or
# read files, where compiling gains nothing.
LEFT_PURE = {"govreport.extract.two_cores", "govreport.extract.quantity_frame", "govreport.report.reading"}


def test_every_rule_module_of_the_extracting_stages_is_compiled():
    """A rule module a round adds is compiled like the rest (37 had been left pure for a while, ~10 %
    of the extraction's time): listed in pyproject.toml's native modules or, with a reason, above."""
    import tomllib

    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["govreport"]["native"])
    stages = [p for d in ("extract", "report", "tables") for p in (ROOT / "src" / "govreport" / d).glob("*.py")]
    names = {"govreport." + p.relative_to(ROOT / "src" / "govreport").with_suffix("").as_posix().replace("/", ".")
             for p in stages if p.name != "__init__.py"}
    assert names - listed - LEFT_PURE == set()
    assert LEFT_PURE <= names and not LEFT_PURE & listed
