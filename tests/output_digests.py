"""Digests of every table the package writes, per report: the first report and the corpus.

``tests/fixtures/output_digests.json`` holds the accepted output: first recorded at commit 418c74c,
before the restructure of issue 9 (which left every table byte for byte as it was), and since
re-recorded only by commits that mean to change outputs. test_outputs_unchanged.py compares
today's. A change that is meant to alter outputs updates the file with

    .venv/bin/python tests/output_digests.py --update

and says in its commit which tables changed and why.
"""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "fixtures" / "output_digests.json"
FIRST_REPORT = ROOT / "data" / "raw" / "jinbi_2024.txt"
CORPUS = ROOT.parent / "shared" / "corpus"


def reports() -> dict[str, Path]:
    """The first report and every plain-text corpus report (where the corpus is present), by name."""
    found = {FIRST_REPORT.stem: FIRST_REPORT}
    if CORPUS.is_dir():
        found.update({p.stem: p for p in sorted(CORPUS.glob("*.txt"))})
    return found


def digests(path: Path) -> dict[str, str]:
    """sha256 of each table as the command line writes it (``tables``, UTF-8 CSV)."""
    import govreport

    return digests_of(govreport.build_tables(govreport.read_report(path)))


def digests_of(tables: dict) -> dict[str, str]:
    from govreport.outputs import frame_to_csv

    return {name: hashlib.sha256(frame_to_csv(table).encode("utf-8")).hexdigest() for name, table in tables.items()}


def main(argv: list[str]) -> int:
    if argv != ["--update"]:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    table = {name: digests(path) for name, path in reports().items()}
    FIXTURE.parent.mkdir(parents=True, exist_ok=True)
    FIXTURE.write_text(json.dumps(table, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(table)} reports' digests written to {FIXTURE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
