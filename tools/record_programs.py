"""Record the compiled programs of the package's regular expressions into build/re_programs.marshal
(see govreport/programs.py): what a corpus worker compiles on its way (the CLI's imports, the warm-up)
and on the reports of data/raw (and ../shared/corpus where present), and what `govreport tables` compiles for them.

Run by `make` (set-up), never imported by the package; a pattern changed later is simply compiled
again by Python until the next recording.

    .venv/bin/python tools/record_programs.py [-o build/re_programs.marshal]
"""
from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--out", type=Path, default=ROOT / "build" / "re_programs.marshal")
    args = parser.parse_args(argv)
    args.out.unlink(missing_ok=True)  # recorded afresh: nothing installed from an earlier recording
    (ROOT / "build" / "re_programs.marshal").unlink(missing_ok=True)
    sys.path.insert(0, str(SRC))
    # loaded on its own and recording before the package is imported: its imports compile most patterns
    spec = importlib.util.spec_from_file_location("_recording_programs", SRC / "govreport" / "programs.py")
    programs = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(programs)  # type: ignore[union-attr]
    programs.record()
    reports = sorted((ROOT / "data" / "raw").glob("*.txt"))
    from govreport import build_tables, read_report

    for path in reports:  # `govreport tables` (frames, with pandas: before the worker's pyarrow without numpy)
        build_tables(read_report(path))
    from govreport.cli import main as _cli  # noqa: F401  (as `python -m govreport` imports it)
    from govreport.corpus.lean import import_arrow_without_numpy

    import_arrow_without_numpy()
    from govreport.corpus.arrow_rows import keep_pandas_away
    from govreport.corpus.resume import send_arrow
    from govreport.corpus.runner import _warm_up, process_report

    keep_pandas_away()
    _warm_up(True)
    corpus = ROOT.parent / "shared" / "corpus"  # the benchmarks' corpus, where it is beside the checkout
    for path in reports + sorted(corpus.glob("*.txt")):  # (what only other reports use is compiled as before)
        send_arrow(process_report(path, path.stem, path.name, rows=True))
    count = programs.write(args.out)
    print(f"{count} regular expressions' programs recorded in {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
