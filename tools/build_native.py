"""Compile the extractor's hot modules with mypyc into build/native/ (see govreport/native.py).

Run by `make` (set-up), never imported by the package. The modules are those listed in
pyproject.toml under [tool.govreport] native; they must type-check, which mypyc requires. The
build is made in a scratch folder and moved into place whole, with build/native/stamp.json (the
SHA-256 of every source compiled, the Python and mypyc versions) written last: a half-made build
is never used. When the build fails (no C compiler, say), one line says so and the package runs
as pure Python: slower, the same rows.

    .venv/bin/python tools/build_native.py [-o build/native] [--jobs 2]
"""
from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import os
import shutil
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"


FAILED = "FAILED"  # written into the build folder when the build fails, with what mypyc and the compiler said


def modules() -> list[str]:
    """The modules to compile, from pyproject.toml."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return list(config["tool"]["govreport"]["native"])


def build(out: Path, jobs: int, log: io.StringIO) -> dict:
    """Compile into a scratch folder beside ``out``, then replace ``out`` with it; the stamp.
    What mypyc and the compiler print goes to ``log``."""
    from mypy.version import __version__ as mypyc_version
    from mypyc.build import mypycify
    from setuptools import setup

    names = modules()
    sources = {name: SRC / (name.replace(".", "/") + ".py") for name in names}
    stamp = {"python": sys.version, "mypyc": mypyc_version,  # the sources as they are compiled
             "sources": {name: hashlib.sha256(path.read_bytes()).hexdigest() for name, path in sources.items()}}
    if out.exists():  # a failed build leaves none: never an old build beside a new module list
        shutil.rmtree(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=".native-", dir=out.parent))
    try:
        cwd = os.getcwd()
        os.chdir(SRC)  # module names follow the paths mypyc is given
        try:
            options = ["--ignore-missing-imports", "--follow-imports=silent", "--cache-dir", str(scratch / "cache")]
            paths = [str(p.relative_to(SRC)) for p in sources.values()]
            with contextlib.redirect_stdout(log):  # mypyc's notes and the compiler's commands: shown on failure
                extensions = mypycify(options + paths, opt_level="3", debug_level="0", multi_file=True,
                                      group_name="govreport_native", target_dir=str(scratch / "c"))
                setup(name="govreport-native", ext_modules=extensions, packages=[],
                      script_args=["build_ext", "--build-lib", str(scratch / "lib"),
                                   "--build-temp", str(scratch / "obj"), "--parallel", str(jobs)])
        finally:
            os.chdir(cwd)
        lib = scratch / "lib"
        (lib / "stamp.json").write_text(json.dumps(stamp, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        lib.rename(out)
        return stamp
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--out", type=Path, default=ROOT / "build" / "native")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args(argv)
    log = io.StringIO()
    try:
        stamp = build(args.out, args.jobs, log)
    except (Exception, SystemExit) as error:  # a compiler missing or failing: pure Python still works
        sys.stderr.write(log.getvalue()[-4000:])
        message = str(error).strip().splitlines()[-1:] or [type(error).__name__]
        args.out.mkdir(parents=True, exist_ok=True)  # why, for tests/test_native.py: a type error is a defect to fix
        (args.out / FAILED).write_text(log.getvalue()[-4000:] + "\n" + message[0] + "\n", encoding="utf-8")
        print(f"warning: the compiled build failed ({message[0]}); govreport runs as pure Python", file=sys.stderr)
        return 0
    print(f"compiled {len(stamp['sources'])} modules with mypyc {stamp['mypyc']} into {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
